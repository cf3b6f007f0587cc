import Script from 'next/script'

export default function Dashboard() {
  return (
    <>
      <script src="https://third-party-script.js"></script>
      <div>Hello World</div>
      <Script src="https://partytown.example.com/heavy.js" strategy="worker" />
    </>
  )
}
