/**
 * What the XSS sweep writes into each field, per locale: the hostile pieces that fit the field's
 * maximum length, after words a visitor could search for.
 */
import { hostileRichText, hostileText } from './hostile'

export const sweepLocales = ['en', 'zh', 'ar'] as const
export type SweepLocale = (typeof sweepLocales)[number]

export function sweepContent(marker: string) {
  const lead: Record<SweepLocale, string> = {
    en: `${marker} Hotpot night`,
    zh: `${marker} 火锅之夜`,
    ar: `${marker} ليلة الحساء الحار`,
  }
  // A summary also tries to start new iCalendar properties (bare CR, LF) and uses its escapes.
  const icsBait = "a\\b\rX-XSS-INJECTED:1\nATTACH:javascript:__xss('ics')"
  return {
    lead,
    event: (l: SweepLocale, mediaId?: number) => ({
      title: hostileText(`et.${l}`, `${lead[l]};`, 160),
      summary: hostileText(`es.${l}`, `${lead[l]}, ${icsBait}`, 400),
      description: hostileRichText(`ed.${l}`, lead[l], { mediaId }),
      address: hostileText(`ea.${l}`, lead[l], 300),
      audience: hostileText(`eu.${l}`, lead[l], 200),
      seo: {
        title: hostileText(`eo.${l}`, '', 70),
        description: hostileText(`ep.${l}`, lead[l], 200),
      },
    }),
    business: (l: SweepLocale) => ({
      name: hostileText(`bn.${l}`, lead[l], 160),
      description: hostileRichText(`bd.${l}`, lead[l]),
      address: hostileText(`ba.${l}`, lead[l], 300),
      seo: {
        title: hostileText(`bo.${l}`, '', 70),
        description: hostileText(`bp.${l}`, lead[l], 200),
      },
    }),
    media: (l: SweepLocale) => ({
      alt: hostileText(`ma.${l}`, lead[l], 300),
      caption: hostileText(`mc.${l}`, lead[l], 500),
    }),
    /** Editors write articles, not partners; they are here for the news feed's escaping. */
    article: (l: SweepLocale) => ({
      title: hostileText(`at.${l}`, lead[l], 160),
      // A control character XML 1.0 does not allow: the feed must stay well-formed.
      excerpt: hostileText(`ae.${l}`, `${lead[l]} \u0007 R&D`, 400),
      content: hostileRichText(`ac.${l}`, lead[l]),
    }),
  }
}

/** Plain URL values that are valid web addresses but carry markup in their query. */
export const hostileButValidUrl = (code: string) =>
  `https://tickets.example.com/buy?seat="><img src=x onerror=__xss('${code}')>`
