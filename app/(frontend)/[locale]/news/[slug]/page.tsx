import type { Metadata } from 'next'

import type { Attraction, Business, Event } from '@/payload-types'
import { getTranslations } from 'next-intl/server'

import { AttractionCard } from '@/components/AttractionCard'
import { BusinessCard } from '@/components/BusinessCard'
import { EventCard } from '@/components/EventCard'
import { FallbackNotice } from '@/components/FallbackNotice'
import { JsonLd } from '@/components/JsonLd'
import { PageHeader } from '@/components/PageHeader'
import { RelatedCards } from '@/components/RelatedCards'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import { RichText } from '@/components/RichText'
import { ShareLinks } from '@/components/ShareLinks'
import type { Locale } from '@/i18n/locales'
import { formatDate, formatDateTime } from '@/lib/format'
import { newsArticleLd } from '@/lib/jsonLd'
import { picture } from '@/lib/media'
import { populatedList } from '@/lib/populatedList'
import { getArticle } from '@/lib/queries/articles'
import { getSiteSettings } from '@/lib/queries/globals'
import { detailMetadata, loadDetail } from '@/lib/detailPage'
import { urls } from '@/lib/urls'
import { fallbackLang } from '@/lib/withFallback'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

/** None at build time; each document renders on its first visit and is then served from the
 * cache (ISR) until a publish revalidates its tag. Without this the page renders per request. */
export function generateStaticParams() {
  return []
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return detailMetadata(params, getArticle, (doc, slug) => ({
    path: (l) => urls.article(slug, l),
    title: doc.seo?.title || doc.title,
    description: doc.seo?.description || doc.excerpt,
    image: picture(doc.seo?.image || doc.heroImage, 'og'),
    type: 'article',
  }))
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug, found, doc } = await loadDetail(params, getArticle)
  const [t, settings] = await Promise.all([getTranslations(), getSiteSettings(locale)])
  const hero = picture(doc.heroImage, 'hero')
  const published = doc.publishedAt ?? doc.createdAt
  const updatedLater = formatDate(doc.updatedAt, locale) !== formatDate(published, locale)
  const attractions = populatedList<Attraction>(doc.relatedAttractions)
  const events = populatedList<Event>(doc.relatedEvents)
  const businesses = populatedList<Business>(doc.relatedBusinesses)
  const path = urls.article(slug, locale)
  return (
    <article>
      <JsonLd data={newsArticleLd(doc, path, locale, settings.siteName)} />
      <PageHeader
        title={doc.title}
        titleLang={fallbackLang(found, 'title')}
        lead={doc.excerpt}
        leadLang={fallbackLang(found, 'excerpt')}
        eyebrow={t(`taxonomy.articleCategories.${doc.category}`)}
        breadcrumbs={[
          { name: t('nav.home'), href: urls.home(locale) },
          { name: t('news.title'), href: urls.news(locale) },
          { name: doc.title, href: path },
        ]}
      >
        <p className="mt-6 flex flex-wrap gap-x-6 gap-y-1 text-sm text-white/80">
          <span>
            {t('news.published')}{' '}
            <time dateTime={published} title={formatDateTime(published, locale)}>
              {formatDate(published, locale)}
            </time>
          </span>
          {updatedLater && (
            <span>
              {t('news.updated')}{' '}
              <time dateTime={doc.updatedAt}>{formatDate(doc.updatedAt, locale)}</time>
            </span>
          )}
        </p>
      </PageHeader>
      <div className="shell grid gap-12 py-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div>
          {hero && (
            <figure className="mb-8">
              <ResponsiveImage
                image={hero}
                priority
                sizes="(min-width: 1024px) 760px, 100vw"
                className="w-full rounded-2xl"
              />
            </figure>
          )}
          <FallbackNotice fields={found.fallback} />
          <RichText data={doc.content} locale={locale} lang={fallbackLang(found, 'content')} />
        </div>
        <div>
          <div className="lg:sticky lg:top-6">
            <ShareLinks path={path} title={doc.title} />
          </div>
        </div>
      </div>
      {/* Below the story rather than beside it: a dozen cards in a narrow column ran far past
          the text and left it a long empty margin on wide screens. */}
      <RelatedCards
        id="related"
        title={t('news.related')}
        className="shell pb-12"
        cards={[
          ...events.map((e) => <EventCard key={`e-${e.id}`} event={e} locale={locale} />),
          ...attractions.map((a) => (
            <AttractionCard key={`a-${a.id}`} attraction={a} locale={locale} />
          )),
          ...businesses.map((b) => <BusinessCard key={`b-${b.id}`} business={b} locale={locale} />),
        ]}
      />
    </article>
  )
}
