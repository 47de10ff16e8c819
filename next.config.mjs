import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

import { securityHeaders } from './security-headers.mjs'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs the standalone server; `npm start` runs `next start`, which refuses it.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
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

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
