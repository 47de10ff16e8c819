import { describe, expect, it } from 'vitest'

import type { Event } from '@/payload-types'

import { breadcrumbListLd, eventLd } from '@/lib/jsonLd'

describe('schema.org JSON-LD', () => {
  const event = {
    id: 1,
    title: 'Night run',
    slug: 'night-run',
    startsAt: '2026-06-12T11:30:00.000Z',
    endsAt: '2026-06-12T13:30:00.000Z',
    eventStatus: 'cancelled',
    isFree: true,
    address: 'Nanbin Road',
    location: { lat: 29.5495, lng: 106.5855 },
    organizer: { id: 2, name: 'Runners Club', website: 'https://example.org' },
    category: 'sport',
    reviewStatus: 'approved',
    updatedAt: '',
    createdAt: '',
  } as unknown as Event

  it('describes an event with its status, place, offer and organiser', () => {
    const ld = eventLd(event, '/en/events/night-run')
    expect(ld).toMatchObject({
      '@type': 'Event',
      eventStatus: 'https://schema.org/EventCancelled',
      location: { '@type': 'Place', geo: { latitude: 29.5495 } },
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'CNY' },
      organizer: { '@type': 'Organization', name: 'Runners Club' },
    })
  })

  it('leaves out web addresses that are not http(s)', () => {
    const ld = eventLd(
      {
        ...event,
        ticketUrl: 'JaVaScRiPt:alert(1)',
        organizer: { id: 2, name: 'Club', website: ' javascript:alert(2)' },
      } as unknown as Event,
      '/en/events/night-run',
    ) as { offers: { url: string }; organizer: { url?: string } }
    expect(ld.offers.url).toMatch(/^https?:\/\/.+\/en\/events\/night-run$/)
    expect(ld.organizer.url).toBeUndefined()
  })

  it('numbers breadcrumb items from one with absolute URLs', () => {
    const ld = breadcrumbListLd([
      { name: 'Home', href: '/en' },
      { name: 'Events', href: '/en/events' },
    ]) as { itemListElement: { position: number; item: string }[] }
    expect(ld.itemListElement.map((i) => i.position)).toEqual([1, 2])
    expect(ld.itemListElement[1].item).toMatch(/^https?:\/\/.+\/en\/events$/)
  })
})
