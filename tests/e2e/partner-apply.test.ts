/** The public partner application form, with JavaScript off as some visitors (and bots) have it. */
import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations } from '../helpers/axe'
import { baseUrl, launchBrowser } from '../helpers/browser'

describe('/{locale}/partners/apply', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('works without JavaScript: localized errors, then a thank-you', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl()}/zh/partners/apply`)
    expect(await page.locator('h1').innerText()).toBe('成为合作伙伴')

    await page.fill('#apply-email', 'not-an-email')
    await page.click('button[type="submit"]')
    await page.waitForSelector('[role="alert"]')
    expect(await page.locator('[role="alert"]').innerText()).toBe('请修改下方标出的内容。')
    expect(await page.locator('#apply-company-error').innerText()).toBe('请填写此栏。')
    expect(await page.locator('#apply-email').getAttribute('aria-invalid')).toBe('true')
    expect(await page.inputValue('#apply-email')).toBe('not-an-email')

    await page.fill('#apply-company', `E2E 火锅实验室 ${Date.now()}`)
    await page.fill('#apply-contact', '王芳')
    await page.fill('#apply-email', 'wangfang@test.example')
    await page.click('button[type="submit"]')
    await page.waitForSelector('[role="status"]')
    expect(await page.locator('[role="status"]').innerText()).toContain('谢谢，我们已收到您的申请')
    await context.close()
  })

  it('renders in every language with the page in that language', async () => {
    for (const [locale, heading] of [
      ['en', 'Become a partner'],
      ['ar', 'انضم إلينا كشريك'],
      ['ru', 'Станьте партнёром'],
    ]) {
      const html = await (await fetch(`${baseUrl()}/${locale}/partners/apply`)).text()
      expect(html).toContain(heading)
    }
  })

  it('has no accessibility violations, with and without errors, left-to-right and right-to-left', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    const found: string[] = []
    for (const locale of ['en', 'zh', 'ar']) {
      await page.goto(`${baseUrl()}/${locale}/partners/apply`, { waitUntil: 'load' })
      found.push(...(await axeViolations(page)).map((v) => `/${locale}: ${v}`))
      await page.fill('#apply-email', 'nope')
      await page.click('button[type="submit"]')
      await page.waitForSelector('[role="alert"]')
      found.push(...(await axeViolations(page)).map((v) => `/${locale} (errors): ${v}`))
    }
    expect(found).toEqual([])
    await page.close()
  })
})
