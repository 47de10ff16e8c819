import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Article, Event } from '@/payload-types'

import { cardSelect } from '@/lib/cardSelect'

import { createBusiness, createEvent, unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

const context = { disableRevalidate: true }

/** The fields a populated relation came with, besides its id. */
const fieldsOf = (related: unknown) =>
  Object.keys(related as object)
    .filter((key) => key !== 'id')
    .sort()
const cardFieldsOf = (collection: keyof typeof cardSelect) =>
  Object.keys(cardSelect[collection]).sort()

describe('a document reached through a relation carries what its card shows (lib/cardSelect)', () => {
  let payload: Payload
  let event: Event
  let article: Article

  beforeAll(async () => {
    payload = await testPayload()
    const venue = await payload.create({
      collection: 'attractions',
      data: {
        name: 'Beicang Cultural Park',
        slug: `beicang-${unique()}`,
        category: 'industrial-heritage',
        address: '1 Beicang Road, Jiangbei',
        admission: { isFree: true },
        _status: 'published',
      },
      context,
    })
    const organizer = await createBusiness(payload, 'Riverside Forum Company')
    await payload.update({
      collection: 'businesses',
      id: organizer.id,
      data: { website: 'https://forum.example.cn' },
      context,
    })
    const created = await createEvent(payload, organizer.id, true, {
      venue: venue.id,
      price: 80,
      address: 'Hall 2',
    })
    const written = await payload.create({
      collection: 'articles',
      data: {
        title: 'A week of forums',
        slug: `forums-${unique()}`,
        category: 'economy',
        relatedEvents: [created.id],
        relatedAttractions: [venue.id],
        relatedBusinesses: [organizer.id],
        _status: 'published',
      },
      context,
    })
    event = await payload.findByID({ collection: 'events', id: created.id, depth: 1 })
    article = await payload.findByID({ collection: 'articles', id: written.id, depth: 1 })
  })

  it("gives an event's venue and organizer what its page, JSON-LD and .ics read", () => {
    const venue = event.venue as Exclude<Event['venue'], number>
    expect(fieldsOf(venue)).toEqual(cardFieldsOf('attractions'))
    expect(venue).toMatchObject({
      address: '1 Beicang Road, Jiangbei',
      admission: { isFree: true },
    })
    const organizer = event.organizer as Exclude<Event['organizer'], number>
    expect(fieldsOf(organizer)).toEqual(cardFieldsOf('businesses'))
    expect(organizer).toMatchObject({ website: 'https://forum.example.cn' })
  })

  it("gives an article's related items every field their cards show", () => {
    const [related] = article.relatedEvents as Exclude<Event, number>[]
    expect(fieldsOf(related)).toEqual(cardFieldsOf('events'))
    expect(related).toMatchObject({ price: 80, address: 'Hall 2' })
    expect(fieldsOf(article.relatedAttractions?.[0])).toEqual(cardFieldsOf('attractions'))
    expect(fieldsOf(article.relatedBusinesses?.[0])).toEqual(cardFieldsOf('businesses'))
  })
})
