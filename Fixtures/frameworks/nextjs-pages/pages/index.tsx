import Head from 'next/head'
import Script from 'next/script'
import type { NextPage } from 'next'

const GA_ID = process.env.NEXT_PUBLIC_GA_ID

const Home: NextPage<{ posts: { slug: string; title: string }[] }> = ({ posts }) => {
  const visible = posts.filter((p) => /^[a-z0-9-]+$/i.test(p.slug) && p.title.length > 0)
  return (
    <>
      <Head>
        <title>Home</title>
        <script src="/js/legacy-carousel.js"></script>
      </Head>
      <Script src={`https://www.googletagmanager.com/gtag/js?id=${GA_ID}`} strategy="afterInteractive" />
      <Script id="ga-init" strategy="afterInteractive">
        {`
          window.dataLayer = window.dataLayer || [];
          function gtag(){dataLayer.push(arguments);}
          gtag('js', new Date());
          gtag('config', '${GA_ID}');
        `}
      </Script>
      <main>
        {visible.length > 0 ? (
          <ul>
            {visible.map((p) => (
              <li key={p.slug}>{p.title}</li>
            ))}
          </ul>
        ) : (
          <p>No posts yet — check back soon.</p>
        )}
      </main>
      <Script src="https://embed.example.com/comments.js" strategy="lazyOnload" />
    </>
  )
}

export default Home
