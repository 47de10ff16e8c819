import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

import { securityHeaders } from './security-headers.mjs'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs the standalone server; `npm start` runs `next start`, which refuses it.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Next hashes every page it sends, character by character, for its ETag; lib/http/sendStringBodies
  // tags each page once instead (instrumentation.ts).
  generateEtags: false,
  // Pages and data rendered on demand are kept in memory only (lib/cache/memoryCacheHandler.mjs),
  // within this size: the demo's every page in every language is ~120 MB.
  cacheHandler: fileURLToPath(new URL('./lib/cache/memoryCacheHandler.mjs', import.meta.url)),
  cacheMaxMemorySize: 256 * 1024 * 1024,
  images: {
    formats: ['image/avif', 'image/webp'],
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  async headers() {
    const headers = securityHeaders({
      production: process.env.NODE_ENV === 'production',
      siteUrl: process.env.SITE_URL,
    })
    return [{ source: '/:path*', headers }]
  },
}

const config = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
const payloadHeaders = config.headers

const portalConfig = {
  ...config,
  // Payload asks for the colour-scheme client hint on every path with Critical-CH, so a browser
  // without the hint loads each first page twice (Lighthouse: ~650 ms on a phone), and Vary on it
  // splits shared caches. Only the admin's theme reads it.
  async headers() {
    return (await payloadHeaders()).map((rule) =>
      rule.headers.some((header) => header.key === 'Critical-CH')
        ? { ...rule, source: '/admin/:path*' }
        : rule,
    )
  },
}

export default portalConfig
