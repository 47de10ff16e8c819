import fs from 'node:fs'

/** Debian's Chromium (or CHROME_PATH): the e2e tests never download a browser. */
export function findChromium(): string | null {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]
  return candidates.find((p): p is string => Boolean(p && fs.existsSync(p))) ?? null
}
