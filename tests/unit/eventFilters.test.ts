import { describe, expect, it } from 'vitest'

import { parseDay } from '@/lib/dates'
import { eventWindow } from '@/lib/eventWindow'
import { parseEventFilters } from '@/lib/filters/eventFilters'

// Wednesday 10 June 2026, 15:20 in Chongqing.
const now = new Date('2026-06-10T07:20:00Z')

describe('event filters', () => {
  it('refuses impossible dates rather than failing', () => {
    expect(parseDay('2026-13-45')).toBeNull()
    expect(parseDay('2026-02-30')).toBeNull()
    expect(parseDay('2026-02-28')).toBe('2026-02-28')
    expect(parseEventFilters({ from: '2026-13-45' }).when).toBe('upcoming')
  })

  it('ignores unknown categories, huge strings and negative pages', () => {
    const filters = parseEventFilters({
      category: 'rave',
      district: 'x'.repeat(5000),
      page: '-3',
      when: 'someday',
    })
    expect(filters).toEqual({
      when: 'upcoming',
      category: undefined,
      district: undefined,
      free: false,
      page: 1,
    })
  })

  it('turns dates into a custom range, swapping them if reversed', () => {
    expect(parseEventFilters({ from: '2026-07-10', to: '2026-07-01' })).toMatchObject({
      when: 'range',
      from: '2026-07-01',
      to: '2026-07-10',
    })
  })

  it('takes only the first of repeated parameters', () => {
    expect(parseEventFilters({ category: ['expo', 'forum'] }).category).toBe('expo')
  })

  it('this weekend is Saturday and Sunday in Chongqing time, from now on', () => {
    expect(eventWindow({ when: 'weekend' }, now)).toEqual({
      from: '2026-06-12T16:00:00.000Z',
      to: '2026-06-14T16:00:00.000Z',
    })
  })

  it('on a Sunday, this weekend is what is left of it', () => {
    const sunday = new Date('2026-06-14T02:30:00Z')
    expect(eventWindow({ when: 'weekend' }, sunday)).toEqual({
      from: '2026-06-14T02:00:00.000Z',
      to: '2026-06-14T16:00:00.000Z',
    })
  })

  it('today ends at midnight in Chongqing; the month at its last day', () => {
    expect(eventWindow({ when: 'today' }, now).to).toBe('2026-06-10T16:00:00.000Z')
    expect(eventWindow({ when: 'month' }, now).to).toBe('2026-06-30T16:00:00.000Z')
  })

  it('hides past events unless asked; the past view runs backwards from now', () => {
    expect(eventWindow({ when: 'upcoming' }, now)).toEqual({ from: '2026-06-10T07:00:00.000Z' })
    expect(eventWindow({ when: 'past' }, now)).toEqual({
      to: '2026-06-10T07:00:00.000Z',
      past: true,
    })
  })
})
