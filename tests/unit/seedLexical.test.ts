import { describe, expect, it } from 'vitest'

import type { Block } from '@/seed/data/types'
import { toLexical } from '@/seed/lexical'

const body: Block[] = [
  { type: 'h2', text: { en: 'Beyond the landmarks', zh: '地标之外', ja: 'ランドマークの先へ' } },
  { type: 'p', text: { en: 'Beicang kept its warehouses.', zh: '北仓保留了仓库。' } },
  { type: 'figures', items: [{ value: 31, label: { en: 'projects', zh: '个项目' } }] },
]

describe('seed rich text (toLexical)', () => {
  it('writes a body in a language that has every block of it', () => {
    const { children } = toLexical(body, 'zh')!.root
    expect(children.map((child) => child.type)).toEqual(['heading', 'paragraph', 'block'])
  })

  it('writes none in a language that lacks a block, so the English shows with its notice', () => {
    expect(toLexical(body, 'ja')).toBeUndefined()
    expect(toLexical(body, 'ko')).toBeUndefined()
  })
})
