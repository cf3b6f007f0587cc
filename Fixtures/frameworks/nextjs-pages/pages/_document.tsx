import Document, { Html, Head, Main, NextScript } from 'next/document'
import Script from 'next/script'

// The theme must be known before the first paint, so it is read from localStorage in <head>.
const themeScript = `
  (function () {
    var t = localStorage.getItem('theme') || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
    document.documentElement.dataset.theme = t;
  })();
`

export default class MyDocument extends Document {
  render() {
    return (
      <Html lang="en">
        <Head>
          <link rel="preconnect" href="https://cdn.jsdelivr.net" />
          <script src="https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js"></script>
          <script dangerouslySetInnerHTML={{ __html: themeScript }} />
          <Script src="https://polyfill.example.com/v3/polyfill.min.js?features=IntersectionObserver" strategy="beforeInteractive" />
        </Head>
        <body className="antialiased">
          <Main />
          <NextScript />
          <script async src="https://widget.example.com/chat.js" />
        </body>
      </Html>
    )
  }
}
