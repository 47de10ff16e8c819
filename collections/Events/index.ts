import type { CollectionConfig } from 'payload'

import { createEvents, deleteEvents, readEvents, updateEvents } from '@/access/ownEvents'
import { isStaff, isStaffField } from '@/access/isStaff'
import { addressField } from '@/fields/address'
import { locationField } from '@/fields/location'
import { priceFields } from '@/fields/price'
import { seoField } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { validateUrl } from '@/fields/validateUrl'
import { eventCategories, eventStatuses, options, reviewStatuses } from '@/lib/taxonomy'
import { previewUrl } from '@/lib/urls'

import { publishable } from '../shared'
import { guardPartnerChanges } from './hooks/guardPartnerChanges'
import { recordReview } from './hooks/recordReview'

export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  access: {
    read: readEvents,
    create: createEvents,
    update: updateEvents,
    delete: deleteEvents,
    readVersions: isStaff,
  },
  defaultPopulate: {
    title: true,
    slug: true,
    summary: true,
    startsAt: true,
    endsAt: true,
    allDay: true,
    eventStatus: true,
    category: true,
    images: true,
    isFree: true,
  },
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'category', 'organizer', 'reviewStatus', '_status'],
    listSearchableFields: ['title', 'slug'],
    preview: (doc, { locale }) => previewUrl('events', doc?.slug as string, locale),
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 160 },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
    { name: 'description', type: 'richText', localized: true },
    { name: 'images', type: 'upload', relationTo: 'media', hasMany: true },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'When',
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'startsAt',
                  type: 'date',
                  required: true,
                  index: true,
                  admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
                },
                {
                  name: 'endsAt',
                  type: 'date',
                  index: true,
                  admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
                  validate: (
                    value: unknown,
                    { siblingData }: { siblingData: { startsAt?: string } },
                  ) => {
                    if (!value || !siblingData?.startsAt) return true
                    return new Date(value as string) > new Date(siblingData.startsAt)
                      ? true
                      : 'The end must be after the start.'
                  },
                },
              ],
            },
            { name: 'allDay', type: 'checkbox', defaultValue: false },
            {
              name: 'timezone',
              type: 'text',
              defaultValue: 'Asia/Shanghai',
              admin: { readOnly: true },
            },
            {
              name: 'recurrence',
              type: 'group',
              admin: { description: 'Optional: a simple repeat rule, or a list of extra dates.' },
              fields: [
                {
                  name: 'frequency',
                  type: 'select',
                  options: options(['daily', 'weekly', 'monthly']),
                },
                { name: 'until', type: 'date' },
                {
                  name: 'dates',
                  type: 'array',
                  fields: [{ name: 'date', type: 'date', required: true }],
                },
              ],
            },
            {
              name: 'eventStatus',
              type: 'select',
              required: true,
              defaultValue: 'scheduled',
              options: options(eventStatuses),
            },
          ],
        },
        {
          label: 'Where',
          fields: [
            {
              name: 'venue',
              type: 'relationship',
              relationTo: 'attractions',
              admin: { description: 'A place on the portal, or leave empty and give an address.' },
            },
            addressField(),
            locationField(),
          ],
        },
        {
          label: 'Tickets',
          fields: [
            ...priceFields(),
            { name: 'ticketUrl', type: 'text', validate: validateUrl },
            { name: 'audience', type: 'text', localized: true, maxLength: 200 },
          ],
        },
        { label: 'SEO', fields: [seoField()] },
      ],
    },
    slugField('title'),
    {
      name: 'category',
      type: 'select',
      required: true,
      options: options(eventCategories),
      admin: { position: 'sidebar' },
    },
    {
      name: 'organizer',
      type: 'relationship',
      relationTo: 'businesses',
      index: true,
      admin: { position: 'sidebar' },
      validate: (
        value: unknown,
        { req }: { req: { user?: { roles?: string[] | null } | null } },
      ) =>
        !value && req.user?.roles?.includes('partner') && !req.user.roles.includes('editor')
          ? 'Choose which of your businesses organises this event.'
          : true,
    },
    {
      name: 'reviewStatus',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: options(reviewStatuses),
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewNote',
      type: 'textarea',
      maxLength: 1000,
      access: { create: isStaffField, update: isStaffField },
      admin: {
        position: 'sidebar',
        description: 'Why a submission was rejected; the partner sees it.',
      },
    },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      access: { update: isStaffField, create: isStaffField },
      admin: { position: 'sidebar' },
    },
  ],
  ...publishable,
  hooks: {
    ...publishable.hooks,
    beforeChange: [...publishable.hooks.beforeChange, guardPartnerChanges, recordReview],
  },
}
