import { describe, expect, it } from 'vitest'

import { randomIp } from '../helpers/hostile'
import { anonymous, signedIn } from '../helpers/rest'
import { get, html, waitFor } from '../helpers/site'

describe('filtered lists (lib/filters/filteredLists)', () => {
  it('render each filter combination once and serve it from the cache, whatever the query', async () => {
    const first = await get('/en/attractions?category=museum&free=1')
    expect(first.status).toBe(200)
    // The same filters in another order, another spelling of "yes" and a tracking parameter.
    const again = await get('/en/attractions?free=on&utm_source=newsletter&category=museum')
    expect(again.status).toBe(200)
    expect(again.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(again.headers.get('cache-control')).toMatch(/s-maxage=[1-9]/)
    expect(await again.text()).toBe(await first.text())
  })

  it('set no cookie, so a shared cache keeps them, whatever language the browser asks for', async () => {
    // next-intl remembers a language that is not the browser's in a cookie; a page served to
    // everyone (these, and any other the proxy passes) must not carry it, or nginx will not store
    // it (deploy/nginx.conf).
    for (const path of [
      '/fr/events?free=1',
      '/ja/search?q=hotpot',
      '/zh/attractions?page=1',
      '/de/contact',
    ])
      expect((await get(path, { 'accept-language': 'en' })).headers.get('set-cookie'), path).toBe(
        null,
      )
  })

  it('offer A–Z in languages that write names in Latin letters, and only letters with a business', async () => {
    const letters = (body: string) =>
      [
        ...(/<nav aria-label="A–Z by name"[^>]*>(.*?)<\/nav>/s.exec(body)?.[1] ?? '').matchAll(
          /letter=([a-z])/g,
        ),
      ].map((match) => match[1])
    const english = letters(await html('/en/businesses'))
    expect(english).toContain('c') // Corning, CQAOS, CapitaLand
    expect(english).not.toContain('x')
    expect(english).toEqual([...english].sort())
    expect(await html('/zh/businesses')).not.toContain('按名称首字母')
    expect(await html('/ar/businesses')).not.toContain('letter=c')
  })

  it('offer only the categories that have places in them, and keep one asked for', async () => {
    const options = (body: string) =>
      [
        ...(/<select[^>]*name="category"[^>]*>(.*?)<\/select>/s.exec(body)?.[1] ?? '').matchAll(
          /<option value="([a-z-]*)"/g,
        ),
      ].map((match) => match[1])
    const offered = options(await html('/en/attractions'))
    expect(offered).toEqual(expect.arrayContaining(['', 'industrial-heritage', 'museum']))
    expect(offered).not.toContain('nature') // none seeded
    expect(options(await html('/en/attractions?category=nature'))).toContain('nature')
  })

  it('answer the internal address and an unknown district with a 404', async () => {
    for (const path of [
      '/en/events/_filter/all',
      '/en/news/_filter/page=2',
      '/en/attractions?district=atlantis',
      '/en/businesses?district=atlantis&sector=retail',
    ]) {
      expect((await get(path)).status, path).toBe(404)
    }
  })

  it('show a publish on a filtered list and a search within seconds', async () => {
    const { body } = await anonymous(randomIp()).call<{ docs: { id: number; name: string }[] }>(
      'GET',
      '/api/attractions?where[category][equals]=museum&limit=1&depth=0&locale=en',
    )
    const [museum] = body.docs
    const path = '/en/attractions?category=museum'
    const searched = `/en/search?q=${encodeURIComponent(museum.name)}`
    for (const page of [path, searched]) expect(await html(page)).toContain(museum.name) // cached

    const editor = await signedIn('editor@example.com', randomIp())
    const renamed = `${museum.name} (renamed ${Date.now()})`
    const rename = (name: string) =>
      editor.call('PATCH', `/api/attractions/${museum.id}?locale=en`, { name })
    expect((await rename(renamed)).status).toBe(200)
    try {
      for (const page of [path, searched])
        expect(await waitFor(async () => (await html(page)).includes(renamed), 10_000), page).toBe(
          true,
        )
    } finally {
      await rename(museum.name)
    }
  })
})
