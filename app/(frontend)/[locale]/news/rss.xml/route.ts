import { getTranslations } from 'next-intl/server'

import { isLocale, localeInfo } from '@/i18n/locales'
import { withOutageAnswer } from '@/lib/outage/withOutageAnswer'
import { getArticleList } from '@/lib/queries/articles'
import { getSiteSettings } from '@/lib/queries/globals'
import { rssFeed } from '@/lib/rss'
import { absoluteUrl, urls } from '@/lib/urls'

type Context = { params: Promise<{ locale: string }> }

/** The latest twenty stories in one language. */
async function feed(_request: Request, { params }: Context) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const [settings, t, { docs }] = await Promise.all([
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'news' }),
    getArticleList(locale, { page: 1 }, 20),
  ])
  const body = rssFeed({
    title: t('rssTitle', { site: settings.siteName }),
    link: absoluteUrl(urls.news(locale)),
    description: t('lead'),
    language: localeInfo(locale).hreflang,
    self: absoluteUrl(urls.newsRss(locale)),
    items: docs.map((article) => ({
      title: article.title,
      link: absoluteUrl(urls.article(article.slug, locale)),
      guid: absoluteUrl(urls.article(article.slug, locale)),
      description: article.excerpt,
      pubDate: article.publishedAt ?? article.updatedAt,
    })),
  })
  return new Response(body, {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600',
    },
  })
}

export const GET = withOutageAnswer(feed)
