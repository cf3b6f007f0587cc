import type { Metadata } from 'next'
import Script from 'next/script'
import './globals.css'

export const metadata: Metadata = { title: 'Acme', description: 'The Acme store' }

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script src="https://cdn.example.com/consent/v2/banner.js" data-domain="acme.example" />
        <Script id="theme" strategy="beforeInteractive">{`document.documentElement.classList.add('js')`}</Script>
      </head>
      <body>
        <Script src="https://checkout.example.com/v1/checkout.js" strategy="beforeInteractive" />
        {children}
        <Script src="/analytics.js" strategy="lazyOnload" />
      </body>
    </html>
  )
}
