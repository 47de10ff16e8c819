/**
 * The security headers of every response, in one place (next.config.mjs applies them).
 *
 * Scripts: public pages are cached and shared between visitors, so a per-request nonce cannot be
 * part of their HTML, and Next's inline bootstrap scripts change with every page, so hashes
 * cannot be listed ahead of time either; `script-src` therefore allows inline scripts from this
 * origin only. What makes that safe enough: rich text is rendered from Lexical JSON by
 * components (never as HTML), links are limited to http(s)/mailto/tel, and no third-party
 * script is loaded at all.
 */
export function securityHeaders({ production, siteUrl }) {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${production ? '' : ' ws: wss:'}`,
    "frame-src 'self'",
    // Live preview frames the site inside the admin, which is the same origin.
    "frame-ancestors 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
  ].join('; ')
  const headers = [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    },
  ]
  if (production && siteUrl?.startsWith('https://')) {
    headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' })
  }
  return headers
}
