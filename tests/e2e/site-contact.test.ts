import type { Browser } from 'playwright-core'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser } from '../helpers/browser'
import { nextClientAddress } from '../helpers/rawHttp'
import { anonymous } from '../helpers/rest'

describe('contact form', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('explains mistakes in the visitor language, next to the fields', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/zh/contact`)
    await page.fill('#contact-email', 'not-an-address')
    await page.click('button[type="submit"]')
    await page.waitForSelector('main [role="alert"]')
    expect(await page.textContent('main [role="alert"]')).toContain('请修改下方标出的内容')
    expect(await page.getAttribute('#contact-name', 'aria-invalid')).toBe('true')
    expect(await page.textContent('#contact-email-error')).toContain('请输入有效的电子邮箱')
    expect(await page.inputValue('#contact-email')).toBe('not-an-address')
    // Focus is on the first field to mend, not lost with the button disabled while sending.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contact-name')
    await page.close()
  })

  it('stores a valid message in the inbox', async () => {
    const subject = `E2E question ${Date.now()}`
    const page = await browser.newPage()
    await page.goto(`${baseUrl()}/en/contact`)
    await page.fill('#contact-name', 'Test Visitor')
    await page.fill('#contact-email', 'visitor@example.com')
    await page.fill('#contact-subject', subject)
    await page.fill('#contact-body', 'Is the cable car open on public holidays?')
    await page.click('button[type="submit"]')
    await page.waitForSelector('text=your message has been sent')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status')
    await page.close()
    if (!process.env.TEST_DATABASE_URL) return
    const db = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
    await db.connect()
    const { rows } = await db.query('select locale from messages where subject = $1', [subject])
    await db.end()
    expect(rows).toEqual([{ locale: 'en' }])
  })

  it('shares one budget per address with posts straight to the API, and says so', async () => {
    const ip = nextClientAddress()
    const message = {
      name: 'Budget test',
      email: 'visitor@test.example',
      subject: 'Hi',
      body: 'Hello',
    }
    for (let i = 0; i < 4; i++) {
      expect((await anonymous(ip).call('POST', '/api/messages', message)).status).toBe(201)
    }
    /** Sends the form from `from`; what the page then says. */
    const send = async (from: string) => {
      const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': from } })
      const page = await context.newPage()
      await page.goto(`${baseUrl()}/en/contact`)
      await page.fill('#contact-name', 'Budget test')
      await page.fill('#contact-email', 'visitor@test.example')
      await page.fill('#contact-subject', 'Opening hours')
      await page.fill('#contact-body', 'Is the museum open on Mondays?')
      await page.click('button[type="submit"]')
      const answer = page.locator('text=/has been sent|Too many messages/')
      await answer.first().waitFor()
      const text = await answer.first().textContent()
      await context.close()
      return text
    }
    expect(await send(ip)).toContain('has been sent')
    // Five in ten minutes, however they came: the form and the API both refuse the sixth.
    expect(await send(ip)).toContain('Too many messages')
    expect((await anonymous(ip).call('POST', '/api/messages', message)).status).toBe(429)
    expect(await send(nextClientAddress())).toContain('has been sent')
  })
})
