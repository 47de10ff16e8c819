import type { Block } from 'payload'
// The rich text holding these blocks is localized as a whole, so their fields are not.

/** Blocks an editor can place inside article text. */
export const ImageBlock: Block = {
  slug: 'image',
  interfaceName: 'ImageBlock',
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'text' },
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
    { name: 'text', type: 'textarea', required: true },
    { name: 'cite', type: 'text' },
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
        { name: 'unit', type: 'text' },
        { name: 'label', type: 'text', required: true },
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

export const articleBlocks = [
  ImageBlock,
  GalleryBlock,
  QuoteBlock,
  KeyFiguresBlock,
  RelatedItemBlock,
]
