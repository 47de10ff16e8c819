import { chromium, type Browser, type Page } from 'playwright-core'

export const baseUrl = () => {
  if (!process.env.E2E_BASE_URL)
    throw new Error('e2e tests need E2E_BASE_URL; run them through `npm test`.')
  return process.env.E2E_BASE_URL
}

/** Debian's Chromium, headless, with nothing that phones home (this machine has no way out). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  })
}

export async function signIn(page: Page, email: string, password = process.env.SEED_PASSWORD!) {
  await page.goto(`${baseUrl()}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
}
