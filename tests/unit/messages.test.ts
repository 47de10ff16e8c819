import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((out, [key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key
    return typeof value === 'string'
      ? { ...out, [name]: value }
      : { ...out, ...flatten(value, name) }
  }, {})
}

const load = (locale: string) =>
  flatten(JSON.parse(fs.readFileSync(path.join('messages', `${locale}.json`), 'utf8')))

describe('messages', () => {
  const english = load('en')

  it('has a message file for every locale and no other', () => {
    const files = fs
      .readdirSync('messages')
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace('.json', ''))
    expect(files.sort()).toEqual([...localeCodes].sort())
  })

  for (const locale of localeCodes) {
    it(`${locale} has exactly the English keys and no empty values`, () => {
      const messages = load(locale)
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort())
      const empty = Object.entries(messages)
        .filter(([, v]) => !v.trim())
        .map(([k]) => k)
      expect(empty).toEqual([])
    })
  }
})
