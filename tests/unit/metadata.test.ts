import { describe, expect, it } from 'vitest'

import { pageMetadata } from '@/lib/metadata'
import { urls } from '@/lib/urls'

describe('page metadata', () => {
  const metadata = pageMetadata({
    locale: 'zh',
    path: (l) => urls.article('chips-and-trains', l),
    title: '芯片与班列',
    description: '摘要',
    siteName: '重庆城市门户',
    image: { src: '/api/media/file/x-1200x630.jpg', width: 1200, height: 630, alt: 'x' },
    type: 'article',
  })

  it('has a canonical URL and alternates for all nine locales plus x-default', () => {
    expect(metadata.alternates?.canonical).toBe('/zh/news/chips-and-trains')
    const languages = metadata.alternates?.languages as Record<string, string>
    expect(Object.keys(languages).sort()).toEqual(
      ['ar', 'de', 'en', 'es', 'fr', 'ja', 'ko', 'ru', 'x-default', 'zh-Hans'].sort(),
    )
    expect(languages['zh-Hans']).toBe('/zh/news/chips-and-trains')
    expect(languages['x-default']).toBe('/en/news/chips-and-trains')
  })

  it('shares with the og image on Open Graph and Twitter', () => {
    expect(metadata.openGraph).toMatchObject({
      locale: 'zh_Hans',
      images: [{ url: '/api/media/file/x-1200x630.jpg', width: 1200 }],
    })
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' })
  })
})
