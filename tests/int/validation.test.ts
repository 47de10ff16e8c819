import type { Payload } from 'payload'

import { ValidationError } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

/** Bad input is refused with a field-level error and nothing is written. */
describe('validation', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  async function refused(
    collection: 'events' | 'attractions' | 'media' | 'businesses',
    create: () => Promise<unknown>,
    field: string,
  ) {
    const before = (await payload.count({ collection })).totalDocs
    const error = await create().then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ValidationError)
    const paths = (error as ValidationError).data.errors.map((e) => e.path)
    expect(paths).toContain(field)
    expect((await payload.count({ collection })).totalDocs).toBe(before)
  }

  const start = '2026-12-05T10:00:00.000Z'
  // The data below is deliberately incomplete or wrong, so it cannot satisfy the generated types.
  const createInvalid = (args: Record<string, unknown>) => payload.create(args as never)

  it('refuses an event that ends before it starts', () =>
    refused(
      'events',
      () =>
        createInvalid({
          collection: 'events',
          data: {
            title: 'Backwards',
            category: 'forum',
            startsAt: start,
            endsAt: '2026-12-05T09:00:00.000Z',
          },
        }),
      'endsAt',
    ))

  it('refuses a latitude of 200', () =>
    refused(
      'attractions',
      () =>
        createInvalid({
          collection: 'attractions',
          data: { name: 'Nowhere', category: 'landmark', location: { lat: 200, lng: 106.5 } },
        }),
      'location.lat',
    ))

  it('refuses a website that is not an http(s) address', () =>
    refused(
      'attractions',
      () =>
        createInvalid({
          collection: 'attractions',
          data: { name: 'Bad link', category: 'landmark', website: 'javascript:alert(1)' },
        }),
      'website',
    ))

  it('refuses an unknown category', () =>
    refused(
      'events',
      () =>
        createInvalid({
          collection: 'events',
          data: { title: 'Odd', category: 'rodeo' as never, startsAt: start },
        }),
      'category',
    ))

  it('refuses an image without alt text', () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    )
    return refused(
      'media',
      () =>
        createInvalid({
          collection: 'media',
          data: {} as never,
          file: {
            data: png,
            mimetype: 'image/png',
            name: `noalt-${unique()}.png`,
            size: png.length,
          },
        }),
      'alt',
    )
  })

  it('normalizes a typed slug to lowercase ASCII with hyphens', async () => {
    const slug = `Not A Slug ${unique()}`
    const doc = await payload.create({
      collection: 'businesses',
      data: { name: 'Slug test', sector: 'retail', slug },
      draft: true,
    })
    expect(doc.slug).toBe(slug.toLowerCase().replace(/ /g, '-'))
  })

  it('refuses a second document with the same slug', async () => {
    const slug = `twin-${unique()}`
    await payload.create({
      collection: 'businesses',
      data: { name: 'Twin one', sector: 'retail', slug },
      draft: true,
    })
    await refused(
      'businesses',
      () =>
        createInvalid({
          collection: 'businesses',
          data: { name: 'Twin two', sector: 'retail', slug },
          draft: true,
        }),
      'slug',
    )
  })

  it('refuses an SVG upload', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    const before = (await payload.count({ collection: 'media' })).totalDocs
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'Not an image we accept' },
        file: {
          data: svg,
          mimetype: 'image/svg+xml',
          name: `evil-${unique()}.svg`,
          size: svg.length,
        },
      }),
    ).rejects.toThrow()
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('refuses an origin country that is not an ISO code', () =>
    refused(
      'businesses',
      () =>
        createInvalid({
          collection: 'businesses',
          data: { name: 'Country test', sector: 'retail', originCountry: 'France' },
        }),
      'originCountry',
    ))
})
