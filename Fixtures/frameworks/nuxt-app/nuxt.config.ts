// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2024-11-01',
  devtools: { enabled: true },
  app: {
    head: {
      htmlAttrs: { lang: 'en' },
      link: [{ rel: 'icon', type: 'image/x-icon', href: '/favicon.ico' }],
      script: [
        { src: 'https://cdn.example.com/chat-widget/loader.js' },
        { src: '/js/stats.js', defer: true },
        { src: '/js/cookie-banner.js', tagPosition: 'bodyClose' },
      ],
    },
  },
  modules: ['@nuxt/image'],
})
