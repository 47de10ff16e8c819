import { describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'
import { type EmailTemplate, renderEmail } from '@/lib/email/renderEmail'

const templates: EmailTemplate[] = [
  'invitation',
  'submitted',
  'reviewRequested',
  'approved',
  'rejected',
  'resetPassword',
]
const values = {
  name: 'Li <Wei>',
  company: 'Acme',
  title: 'Night market',
  partner: 'Li Wei',
  business: 'Acme',
  reason: 'Add the address.',
  days: 7,
  adminUrl: 'https://example.com/admin',
}

describe('renderEmail', () => {
  for (const locale of localeCodes) {
    it(`renders every template in ${locale} with its values and link`, () => {
      for (const template of templates) {
        const mail = renderEmail(template, locale, values, { url: 'https://example.com/x?a=1&b=2' })
        expect(mail.subject).not.toMatch(/emails\.|\{|\}/)
        expect(mail.text).toContain('https://example.com/x?a=1&b=2')
        expect(mail.html).toContain('href="https://example.com/x?a=1&#38;b=2"')
        expect(mail.text).not.toMatch(/\{[a-z]+\}/)
      }
    })
  }

  it('escapes values in the HTML part', () => {
    const mail = renderEmail('approved', 'en', values, { url: 'https://example.com' })
    expect(mail.html).toContain('Li &#60;Wei&#62;')
    expect(mail.html).not.toContain('<Wei>')
  })

  it('writes the rejection reason into the email in the partner’s language', () => {
    const zh = renderEmail('rejected', 'zh', values, { url: 'https://example.com' })
    expect(zh.subject).toBe('“Night market”需要修改')
    expect(zh.text).toContain('Add the address.')
  })

  it('falls back to English for an unknown language', () => {
    expect(renderEmail('approved', 'xx', values, { url: 'u' }).subject).toBe(
      '“Night market” is now live',
    )
  })
})
