import { describe, expect, it } from 'vitest'

import { trimSrcSet } from '@/lib/trimSrcSet'

const url = (w: number) => `/_next/image?url=%2Fapi%2Fmedia%2Ffile%2Fa.webp&w=${w}&q=75`
const srcSet = (widths: number[]) => widths.map((w) => `${url(w)} ${w}w`).join(', ')

describe('trimSrcSet', () => {
  it('keeps candidates up to the first that covers the source, and falls back to it', () => {
    const all = [384, 640, 750, 828, 1080, 1200, 1920, 2048, 3840]
    expect(trimSrcSet({ src: url(3840), srcSet: srcSet(all) }, 720)).toEqual({
      src: url(750),
      srcSet: srcSet([384, 640, 750]),
    })
  })

  it('keeps every candidate when the source is larger than all of them', () => {
    const props = { src: url(1920), srcSet: srcSet([640, 1080, 1920]) }
    expect(trimSrcSet(props, 4000)).toEqual(props)
  })

  it('leaves density descriptors and missing srcsets alone', () => {
    const dense = { src: url(384), srcSet: `${url(384)} 1x, ${url(750)} 2x` }
    expect(trimSrcSet(dense, 200)).toBe(dense)
    expect(trimSrcSet({ src: '/a.png' }, 100)).toEqual({ src: '/a.png' })
  })
})
