import type { GroupField } from 'payload'

/** WGS-84 coordinates as plain numbers: enough for maps and "nearby" without PostGIS. */
export function locationField(overrides: Partial<GroupField> = {}): GroupField {
  return {
    name: 'location',
    type: 'group',
    admin: { description: 'WGS-84 latitude and longitude, e.g. 29.5630, 106.5516.' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'lat', label: 'Latitude', type: 'number', min: -90, max: 90 },
          { name: 'lng', label: 'Longitude', type: 'number', min: -180, max: 180 },
        ],
      },
    ],
    ...overrides,
  } as GroupField
}
