import type { CollectionConfig, FieldAccess } from 'payload'

import { businessIdsOf } from '@/access/businessIdsOf'
import { isStaff, isStaffField } from '@/access/isStaff'
import { createEvents, deleteEvents, readEvents, updateEvents } from '@/access/ownEvents'
import { hasRole, isStaffUser } from '@/access/roles'
import { addressField } from '@/fields/address'
import { locationField } from '@/fields/location'
import { priceFields } from '@/fields/price'
import { richTextField } from '@/fields/richText'
import { seoField } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'
import { adminLabel, reviewStatusKey } from '@/i18n/adminTranslations'
import { cardSelect } from '@/lib/cardSelect'
import { timeZone } from '@/lib/dates'
import { maxExtraStarts } from '@/lib/eventOccurrences'
import { idOf } from '@/lib/idOf'
import { eventCategories, eventStatuses, options, reviewStatuses } from '@/lib/taxonomy'
import { previewUrl } from '@/lib/urls'

import { publishable } from '../shared'
import { expandOccurrences } from './hooks/expandOccurrences'
import { guardPartnerChanges } from './hooks/guardPartnerChanges'
import { notifyReview } from './hooks/notifyReview'
import { recordReview } from './hooks/recordReview'
import { validateExtraStart, validateUntil } from './validateRepeat'

/** The review fields are for staff and the event's own partners, not for the public API. */
const staffOrOwnPartner: FieldAccess = ({ req: { user }, doc }) =>
  isStaffUser(user) ||
  (hasRole(user, 'partner') && businessIdsOf(user).includes(Number(idOf(doc?.organizer))))

/**
 * Times are typed in Chongqing time whatever the editor's own clock says: a partner in Frankfurt
 * typing 19:30 means 19:30 in Chongqing, which is what visitors are shown.
 */
const chongqingTime = {
  defaultTimezone: timeZone,
  supportedTimezones: [{ label: 'Chongqing (UTC+8)', value: timeZone }],
}

export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  access: {
    read: readEvents,
    create: createEvents,
    update: updateEvents,
    delete: deleteEvents,
    readVersions: isStaff,
  },
  defaultPopulate: cardSelect.events,
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'category', 'organizer', 'reviewStatus', '_status'],
    listSearchableFields: ['title', 'slug'],
    preview: (doc, { locale }) => previewUrl('events', doc?.slug as string, locale),
    components: {
      edit: {
        // Partners get "Submit for review" where staff get "Publish", and no "Unpublish".
        PublishButton: '@/components/admin/ReviewPublishButton#ReviewPublishButton',
        UnpublishButton: '@/components/admin/StaffUnpublishButton#StaffUnpublishButton',
      },
    },
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 160 },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
    richTextField('description'),
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
                  timezone: chongqingTime,
                },
                {
                  name: 'endsAt',
                  type: 'date',
                  index: true,
                  admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
                  timezone: chongqingTime,
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
              // The public contract's zone of record; the date inputs above are pinned to it.
              name: 'timezone',
              type: 'text',
              defaultValue: timeZone,
              admin: { readOnly: true },
            },
            {
              name: 'recurrence',
              type: 'group',
              admin: {
                description:
                  'Optional: repeat the times above daily, weekly or monthly until a day, and/or add extra start times. Each repeat lasts as long as the first.',
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'frequency',
                      type: 'select',
                      options: options(['daily', 'weekly', 'monthly']),
                    },
                    {
                      name: 'until',
                      label: 'Last day',
                      type: 'date',
                      admin: { description: 'The last day it may repeat on (included).' },
                      timezone: chongqingTime,
                      validate: validateUntil,
                    },
                  ],
                },
                {
                  name: 'dates',
                  label: 'Extra starts',
                  type: 'array',
                  labels: { singular: 'Extra start', plural: 'Extra starts' },
                  maxRows: maxExtraStarts,
                  fields: [
                    {
                      name: 'date',
                      type: 'date',
                      required: true,
                      admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' } },
                      timezone: chongqingTime,
                      validate: validateExtraStart,
                    },
                  ],
                },
              ],
            },
            {
              // Every start and end the fields above give (hooks/expandOccurrences), so a
              // calendar view finds a repeating event in any window it takes place in.
              name: 'occurrences',
              type: 'array',
              admin: { hidden: true },
              fields: [
                { name: 'startsAt', type: 'date', required: true, index: true },
                { name: 'endsAt', type: 'date', required: true, index: true },
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
            urlField('ticketUrl'),
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
      // Partners pick among their own businesses; guardPartnerChanges enforces it on the server.
      // Payload also validates a value against these, so server code (no user) may pick any.
      filterOptions: ({ user }) =>
        !user || isStaffUser(user) ? true : { id: { in: businessIdsOf(user as never) } },
    },
    {
      name: 'reviewStatus',
      label: adminLabel('reviewStatus'),
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: reviewStatuses.map((value) => ({
        value,
        label: adminLabel(reviewStatusKey[value]),
      })),
      // Partners choose between draft and pending (and see the current state); see the hooks.
      filterOptions: ({ options, req, siblingData }) =>
        isStaffUser(req.user)
          ? options
          : options.filter((o) => {
              const value = typeof o === 'string' ? o : o.value
              return value === 'draft' || value === 'pending' || value === siblingData?.reviewStatus
            }),
      hooks: { beforeDuplicate: [() => 'draft'] },
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewNote',
      label: adminLabel('reviewNote'),
      type: 'textarea',
      maxLength: 1000,
      access: { read: staffOrOwnPartner, create: isStaffField, update: isStaffField },
      hooks: { beforeDuplicate: [() => null] },
      admin: {
        position: 'sidebar',
        description: 'Why a submission was rejected; the partner sees it.',
      },
    },
    {
      name: 'reviewedBy',
      label: adminLabel('reviewedBy'),
      type: 'relationship',
      relationTo: 'users',
      // Set by hooks/recordReview only.
      access: { read: isStaffField, create: () => false, update: () => false },
      hooks: { beforeDuplicate: [() => null] },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'reviewedAt',
      label: adminLabel('reviewedAt'),
      type: 'date',
      access: { read: staffOrOwnPartner, create: () => false, update: () => false },
      hooks: { beforeDuplicate: [() => null] },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' },
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
  hooks: {
    ...publishable.hooks,
    beforeChange: [
      ...publishable.hooks.beforeChange,
      guardPartnerChanges,
      recordReview,
      expandOccurrences,
    ],
    afterChange: [...publishable.hooks.afterChange, notifyReview],
  },
  // No autosave here: a review workflow wants deliberate saves ("Save draft", "Submit for
  // review", "Publish"), and autosave would create an empty event the moment a partner opens
  // "Create new" and save half-typed rejection reasons.
  versions: { maxPerDoc: publishable.versions.maxPerDoc, drafts: { schedulePublish: true } },
}
