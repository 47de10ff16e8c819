import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { outagePage } from '@/lib/outage/outageResponse'
import { refusalPage, unroutablePage } from '@/lib/requests/refusalPage'

const htmlTag = async (res: Response) => /<html[^>]*>/.exec(await res.text())?.[0]

describe('the raw pages answered before any page renders', () => {
  for (const { code, hreflang, dir } of locales) {
    it(`declares ${code} with <html lang="${hreflang}" dir="${dir}"> on the unroutable 404`, async () => {
      expect(await htmlTag(unroutablePage(code))).toBe(`<html lang="${hreflang}" dir="${dir}">`)
    })
  }

  it('gives Arabic visitors a right-to-left 404 in Arabic, with the way home', async () => {
    const res = unroutablePage('ar')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const body = await res.text()
    expect(body).toContain('<html lang="ar" dir="rtl">')
    expect(body).toContain('<title>الصفحة غير موجودة</title>')
    expect(body).toContain('<a href="/ar">')
  })

  it('refuses a form post in the visitor’s language and direction', async () => {
    const zh = refusalPage('zh', 'forbidden')
    expect(zh.status).toBe(403)
    const body = await zh.text()
    expect(body).toContain('<html lang="zh-Hans" dir="ltr">')
    expect(body).toContain('<h1>请求被拒绝</h1>')
    expect(await htmlTag(refusalPage('ar', 'tooLarge'))).toBe('<html lang="ar" dir="rtl">')
  })

  it('marks the outage page with the visitor’s language too', async () => {
    expect(await htmlTag(outagePage('ar'))).toBe('<html lang="ar" dir="rtl">')
  })
})
