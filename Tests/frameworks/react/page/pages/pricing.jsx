import Head from 'next/head'

export default function Pricing() {
  return (
    <>
      <Head>
        <title>Pricing</title>
        <script src="https://js.payments.example.com/v3/" />
      </Head>
      <section>
        <h1>Pricing</h1>
        <div className="widget">
          <script src="/widgets/calculator.js" />
          Plans start at $5.
        </div>
      </section>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: '{"@type":"Product"}' }} />
    </>
  )
}
