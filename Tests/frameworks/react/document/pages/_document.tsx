import Document, { Html, Head, Main, NextScript } from 'next/document'

const GA_ID = 'G-TEST'
const isProd = true

export default class MyDocument extends Document {
  render() {
    return (
      <Html lang="en">
        <Head>
          {GA_ID && (
            <>
              <script async src={`https://www.googletagmanager.com/gtag/js?id=${GA_ID}`} />
              <script
                dangerouslySetInnerHTML={{
                  __html: `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','${GA_ID}')`,
                }}
              />
            </>
          )}
          {isProd ? <script src="/prod/error-reporter.js" /> : null}
          <script async={false} src="/sync-despite-async-prop.js" />
          <script defer="" src="/deferred.js"></script>
          <script noModule src="/legacy-polyfills.js" />
          <script type="module" src="/modern.js" />
          <script src="/blocking-with-text.js">{''}</script>
        </Head>
        <body>
          <script src="/before-app.js" />
          <Main />
          <div id="portal" />
          <NextScript />
          <script src="/analytics.js" defer />
        </body>
      </Html>
    )
  }
}
