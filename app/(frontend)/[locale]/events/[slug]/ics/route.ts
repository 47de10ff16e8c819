import { isLocale } from '@/i18n/locales'
import { eventIcs } from '@/lib/eventIcs'
import { icsCalendar } from '@/lib/ics'
import { getEvent } from '@/lib/queries/events'
import { isSlug } from '@/lib/slugify'

type Context = { params: Promise<{ locale: string; slug: string }> }

/** "Add to calendar": one event as an .ics download. */
export async function GET(_request: Request, { params }: Context) {
  const { locale, slug } = await params
  const found = isLocale(locale) && isSlug(slug) ? await getEvent(slug, locale) : null
  if (!found || !isLocale(locale)) return new Response('Not found', { status: 404 })
  const body = icsCalendar(found.doc.title, [eventIcs(found.doc, locale)])
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}.ics"`,
      'Cache-Control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600',
    },
  })
}
