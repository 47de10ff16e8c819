import { describe, expect, it } from 'vitest'

import { adminTranslations } from '@/i18n/adminTranslations'
import { localeCodes } from '@/i18n/locales'

describe('admin translations of the review workflow', () => {
  const english = Object.keys(adminTranslations.en.custom).sort()

  for (const locale of localeCodes) {
    it(`${locale} has every key, none empty, and keeps the {{count}} placeholders`, () => {
      const custom = adminTranslations[locale].custom
      expect(Object.keys(custom).sort()).toEqual(english)
      for (const [key, value] of Object.entries(custom)) {
        expect(value.trim(), key).not.toBe('')
        const placeholders = (s: string) => s.match(/\{\{\w+\}\}/g) ?? []
        expect(placeholders(value), key).toEqual(
          placeholders(adminTranslations.en.custom[key as keyof typeof custom]),
        )
      }
    })
  }
})
