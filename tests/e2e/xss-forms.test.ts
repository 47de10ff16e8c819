/**
 * Issue 7, the anonymous side: what a visitor types into the contact form is shown back to them
 * as text and read by staff in the admin without running; a partner application's texts reach
 * the admin, and once accepted and published, the public business page, just as harmlessly.
 */
import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser, signIn } from '../helpers/browser'
import {
  escapedMarkup,
  hostileText,
  markupProblems,
  randomIp,
  shownMarkup,
} from '../helpers/hostile'
import { anonymous, signedIn, type Rest } from '../helpers/rest'
import { hostileButValidUrl } from '../helpers/xssContent'
import { executed, inspect, trappedContext, visit, watch } from '../helpers/xssProbe'

const run = Date.now().toString(36)
const marker = `xss${run}`
const message = {
  name: hostileText('mn', 'سارة', 120),
  email: `xss-visitor-${run}@test.example`,
  subject: hostileText('ms', marker, 200),
  body: hostileText('mb', `${marker} 你好\n`, 5000),
}
const application = {
  company: hostileText('ac', `${marker} Co`, 160),
  contact: hostileText('an', '', 120),
  email: `xss-applicant-${run}@test.example`,
  phone: `"><svg onload=__xss('ap')>`,
  website: hostileButValidUrl('aw'),
  message: hostileText('am', marker, 3000),
  locale: 'zh',
}

describe('hostile text from the public forms is shown, never run', () => {
  let browser: Browser
  let admin: Rest
  let editor: Rest
  const ids = { message: 0, application: 0, business: 0, user: 0 }
  let businessSlug = ''

  beforeAll(async () => {
    browser = await launchBrowser()
    admin = await signedIn('admin@example.com', randomIp())
    editor = await signedIn('editor@example.com', randomIp())
  })

  afterAll(async () => {
    await browser?.close()
    for (const [collection, id] of [
      ['users', ids.user],
      ['businesses', ids.business],
      ['partner-applications', ids.application],
      ['messages', ids.message],
    ] as const) {
      if (!id) continue
      const { status } = await admin.call('DELETE', `/api/${collection}/${id}`)
      if (status !== 200) console.warn(`cleanup: deleting ${collection} ${id} answered ${status}`)
    }
  })

  it('the contact form shows hostile input back as text, then stores it', async () => {
    const context = await trappedContext(browser, {
      extraHTTPHeaders: { 'x-forwarded-for': randomIp() },
    })
    const page = await context.newPage()
    const seen = watch(page)
    await page.goto(`${baseUrl()}/ar/contact`)
    await page.fill('#contact-name', message.name)
    await page.fill('#contact-email', 'not-an-address')
    await page.fill('#contact-subject', message.subject)
    await page.fill('#contact-body', message.body)
    await page.click('button[type="submit"]')
    await page.waitForSelector('main [role="alert"]')
    const problems = executed('/ar/contact with errors', await inspect(page, seen))
    expect(await page.inputValue('#contact-subject')).toBe(message.subject)

    await page.fill('#contact-email', message.email)
    await page.click('button[type="submit"]')
    await page.waitForSelector('main [role="status"]')
    problems.push(...executed('/ar/contact sent', await inspect(page, seen)))
    await context.close()
    expect(problems).toEqual([])

    const stored = await editor.call<{ docs: { id: number; subject: string }[] }>(
      'GET',
      `/api/messages?where[email][equals]=${encodeURIComponent(message.email)}&depth=0`,
    )
    expect(stored.body.docs.map((d) => d.subject)).toEqual([message.subject])
    ids.message = stored.body.docs[0].id
  })

  it('an accepted application reaches the public business page as text', async () => {
    const created = await anonymous(randomIp()).call(
      'POST',
      '/api/partner-applications',
      application,
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    ids.application = (created.body as { doc: { id: number } }).doc.id

    const accepted = await editor.call<{ doc: { business: number; partner: number } }>(
      'PATCH',
      `/api/partner-applications/${ids.application}?depth=0`,
      { status: 'accepted' },
    )
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    ids.business = accepted.body.doc.business
    ids.user = accepted.body.doc.partner

    const published = await editor.call<{ doc: { slug: string; name: string } }>(
      'PATCH',
      `/api/businesses/${ids.business}`,
      { _status: 'published', sector: 'retail' },
    )
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect(published.body.doc.name).toBe(application.company)
    businessSlug = published.body.doc.slug

    const context = await trappedContext(browser)
    const problems: string[] = []
    for (const l of ['en', 'zh', 'ar']) {
      const path = `/${l}/businesses/${businessSlug}`
      const body = await (await fetch(baseUrl() + path)).text()
      problems.push(...markupProblems(body).map((p) => `${path}: ${p}`))
      if (!body.includes(escapedMarkup)) problems.push(`${path}: no escaped hostile text`)
      const report = await visit(context, baseUrl() + path)
      problems.push(...executed(path, report))
      if (!report.text.includes(shownMarkup)) problems.push(`${path}: hostile text not shown`)
      // A valid address with markup in its query is still a working link.
      if (!report.links.some((a) => a.href.startsWith('https://tickets.example.com/buy?')))
        problems.push(`${path}: the website link is missing`)
    }
    await context.close()
    expect(problems).toEqual([])
  }, 180_000)

  it('staff read the message and the application in the admin without running any of it', async () => {
    const context = await trappedContext(browser)
    const login = await context.newPage()
    await signIn(login, 'editor@example.com')
    await login.close()
    const problems: string[] = []
    for (const [path, ready] of [
      [`/admin/collections/messages/${ids.message}`, '#field-subject'],
      ['/admin/collections/messages', 'table'],
      [`/admin/collections/partner-applications/${ids.application}`, '#field-company'],
      ['/admin/collections/partner-applications', 'table'],
    ]) {
      const report = await visit(context, baseUrl() + path, ready)
      problems.push(...executed(path, report))
      // Lists show the subject and company as text (edit views hold them in inputs).
      if (path.endsWith('s') && !report.text.includes(marker)) problems.push(`${path}: not listed`)
    }
    await context.close()
    expect(problems).toEqual([])
  }, 180_000)
})
