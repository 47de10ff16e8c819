import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConvertersFunction,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'

import type {
  GalleryBlock,
  ImageBlock,
  KeyFiguresBlock,
  QuoteBlock,
  RelatedItemBlock,
} from '@/payload-types'

import type { Locale } from '@/i18n/locales'
import { isDocCollection } from '@/lib/docCollections'
import { safeHref } from '@/lib/safeUrl'
import { docUrl } from '@/lib/urls'
import { fallbackMark } from '@/lib/withFallback'

import { Gallery } from './blocks/Gallery'
import { ImageFigure } from './blocks/ImageFigure'
import { PullQuote } from './blocks/PullQuote'
import { RelatedItem } from './blocks/RelatedItem'
import { KeyFigures } from './KeyFigures'

type Block<T> = { node: { fields: T } }

function converters(locale: Locale): JSXConvertersFunction {
  return ({ defaultConverters }) => ({
    ...defaultConverters,
    link: ({ node, nodesToJSX }) => {
      const children = nodesToJSX({ nodes: node.children })
      const fields = node.fields as {
        linkType?: string
        url?: string
        newTab?: boolean
        doc?: { relationTo: string; value: unknown }
      }
      const target = fields.doc?.value as { slug?: string } | undefined
      const href =
        fields.linkType === 'internal' && target?.slug && isDocCollection(fields.doc?.relationTo)
          ? docUrl(fields.doc.relationTo, target.slug, locale)
          : safeHref(fields.url)
      if (!href) return <>{children}</>
      return fields.newTab ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        <a href={href}>{children}</a>
      )
    },
    autolink: ({ node, nodesToJSX }) => {
      const children = nodesToJSX({ nodes: node.children })
      const href = safeHref((node.fields as { url?: string }).url)
      return href ? <a href={href}>{children}</a> : <>{children}</>
    },
    upload: ({ node }) => <ImageFigure media={(node as { value: unknown }).value} />,
    blocks: {
      image: ({ node }: Block<ImageBlock>) => (
        <ImageFigure media={node.fields.image} caption={node.fields.caption} />
      ),
      gallery: ({ node }: Block<GalleryBlock>) => <Gallery images={node.fields.images ?? []} />,
      quote: ({ node }: Block<QuoteBlock>) => (
        <PullQuote text={node.fields.text} cite={node.fields.cite} />
      ),
      keyFigures: ({ node }: Block<KeyFiguresBlock>) => (
        <div className="my-8">
          <KeyFigures items={node.fields.items ?? []} locale={locale} />
        </div>
      ),
      relatedItem: ({ node }: Block<RelatedItemBlock>) => (
        <RelatedItem item={node.fields.item} locale={locale} />
      ),
    },
  })
}

type Props = { data: unknown; locale: Locale; lang?: 'en'; className?: string }

/** Lexical JSON rendered as React elements (never as raw HTML), with the portal's blocks. */
export function RichText({ data, locale, lang, className = 'prose-city' }: Props) {
  if (!data || typeof data !== 'object') return null
  return (
    <div {...fallbackMark(lang)} className={className}>
      <LexicalRichText
        data={data as SerializedEditorState}
        converters={converters(locale)}
        disableContainer
      />
    </div>
  )
}
