import type { GroupField } from 'payload'

export const weekDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type WeekDay = (typeof weekDays)[number]

const time = /^([01]\d|2[0-3]):[0-5]\d$/
const validTime = (value: unknown) =>
  value == null || value === '' || (typeof value === 'string' && time.test(value))
    ? true
    : 'Use 24-hour HH:MM, e.g. 09:30.'

/** Structured weekly hours (for "open now" and schema.org) plus a free-text localized note. */
export function openingHoursField(): GroupField {
  return {
    name: 'openingHours',
    type: 'group',
    fields: [
      {
        name: 'hours',
        type: 'array',
        labels: { singular: 'Time slot', plural: 'Time slots' },
        fields: [
          {
            name: 'days',
            type: 'select',
            hasMany: true,
            required: true,
            options: weekDays.map((d) => ({ label: d.toUpperCase(), value: d })),
          },
          {
            type: 'row',
            fields: [
              { name: 'opens', type: 'text', required: true, validate: validTime },
              { name: 'closes', type: 'text', required: true, validate: validTime },
            ],
          },
        ],
      },
      { name: 'note', type: 'text', localized: true, maxLength: 200 },
    ],
  }
}
