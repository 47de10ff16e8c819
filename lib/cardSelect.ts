/**
 * The fields a card shows of each kind of document (components/*Card). A list selects them, and
 * they are each collection's `defaultPopulate`, which is all Payload gives a relation to the
 * document: so a card reached through a relation (an article's related items, the home page's
 * picks) shows what the same card on a list shows, and an event's venue and organizer carry what
 * the event page and its JSON-LD and .ics read of them.
 */
export const cardSelect = {
  articles: {
    title: true,
    slug: true,
    excerpt: true,
    heroImage: true,
    category: true,
    publishedAt: true,
    updatedAt: true,
  },
  attractions: {
    name: true,
    slug: true,
    summary: true,
    images: true,
    category: true,
    district: true,
    location: true,
    admission: true,
    address: true,
  },
  events: {
    title: true,
    slug: true,
    summary: true,
    images: true,
    category: true,
    startsAt: true,
    endsAt: true,
    allDay: true,
    recurrence: true,
    eventStatus: true,
    isFree: true,
    price: true,
    venue: true,
    address: true,
    location: true,
    updatedAt: true,
  },
  businesses: {
    name: true,
    slug: true,
    sector: true,
    logo: true,
    originCountry: true,
    district: true,
    address: true,
    website: true,
  },
} as const
