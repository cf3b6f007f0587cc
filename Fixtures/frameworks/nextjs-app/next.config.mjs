const nextConfig = { experimental: { typedRoutes: true } }
export default nextConfig
