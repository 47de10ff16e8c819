import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { ownMedia } from '@/access/ownMedia'
import { signedIn } from '@/access/signedIn'
import { revalidateMedia } from '@/hooks/revalidate'
import { stampUploader } from '@/hooks/stampUploader'
import { missingFileNotFound } from '@/lib/missingFileNotFound'

export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif']
/** Where uploaded files are written (relative to the working directory unless absolute). */
export const mediaDir = process.env.MEDIA_DIR || 'media'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  access: {
    read: anyone,
    create: signedIn,
    update: ownMedia,
    delete: ownMedia,
  },
  admin: {
    group: 'Content',
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'uploadedBy', 'updatedAt'],
  },
  upload: {
    staticDir: mediaDir,
    handlers: [missingFileNotFound(mediaDir)],
    mimeTypes: imageMimeTypes,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    formatOptions: { format: 'webp', options: { quality: 82 } },
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, formatOptions: { format: 'webp' } },
      { name: 'card', width: 720, height: 480, formatOptions: { format: 'webp' } },
      { name: 'hero', width: 1600, height: 900, formatOptions: { format: 'webp' } },
      { name: 'og', width: 1200, height: 630, formatOptions: { format: 'jpeg' } },
    ],
  },
  fields: [
    { name: 'alt', type: 'text', localized: true, required: true, maxLength: 300 },
    { name: 'caption', type: 'text', localized: true, maxLength: 500 },
    { name: 'credit', type: 'text', maxLength: 200 },
    { name: 'licence', type: 'text', maxLength: 200 },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
  hooks: {
    beforeChange: [stampUploader],
    afterChange: [({ doc, req, context }) => (revalidateMedia({ req, context }), doc)],
    afterDelete: [({ doc, req, context }) => (revalidateMedia({ req, context }), doc)],
  },
}
