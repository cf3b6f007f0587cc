import type { ReactNode } from 'react'

const CONSENT = true

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        {CONSENT && <script src="https://consent.example.com/cmp.js" data-cbid="x" />}
        <script type="module" src="/app/boot.mjs" />
        <script dangerouslySetInnerHTML={{ __html: 'document.documentElement.className = "js"' }} />
      </head>
      <body>
        <noscript>Enable JavaScript.</noscript>
        <script src="/before-children.js"></script>
        {children}
        <footer>
          <p>© Example</p>
        </footer>
        <script src="/last.js" async />
      </body>
    </html>
  )
}
