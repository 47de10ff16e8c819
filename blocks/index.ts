import type { Block } from 'payload'

/** Blocks an editor can place inside article text. */
export const ImageBlock: Block = {
  slug: 'image',
  interfaceName: 'ImageBlock',
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'text', localized: true },
  ],
}

export const GalleryBlock: Block = {
  slug: 'gallery',
  interfaceName: 'GalleryBlock',
  fields: [{ name: 'images', type: 'upload', relationTo: 'media', hasMany: true, required: true }],
}

export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  fields: [
    { name: 'text', type: 'textarea', localized: true, required: true },
    { name: 'cite', type: 'text', localized: true },
  ],
}

export const KeyFiguresBlock: Block = {
  slug: 'keyFigures',
  interfaceName: 'KeyFiguresBlock',
  fields: [
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      maxRows: 12,
      fields: [
        { name: 'value', type: 'number', required: true },
        { name: 'unit', type: 'text', localized: true },
        { name: 'label', type: 'text', localized: true, required: true },
        { name: 'change', type: 'number', admin: { description: 'Change in percent, e.g. 32.2' } },
      ],
    },
  ],
}

export const RelatedItemBlock: Block = {
  slug: 'relatedItem',
  interfaceName: 'RelatedItemBlock',
  fields: [
    {
      name: 'item',
      type: 'relationship',
      relationTo: ['attractions', 'events', 'businesses', 'articles'],
      required: true,
    },
  ],
}

export const articleBlocks = [ImageBlock, GalleryBlock, QuoteBlock, KeyFiguresBlock, RelatedItemBlock]
