import type { Locale } from '@/i18n/locales'

import { urls } from './urls'

/** The sections a menu may name; the address comes from lib/urls and the label from messages. */
export const navigationTargets = [
  'news',
  'attractions',
  'events',
  'businesses',
  'districts',
  'partners',
  'contact',
  'privacy',
] as const

export type NavTarget = (typeof navigationTargets)[number]

/** The menus before an editor sets them (globals/Navigation), and what search offers instead. */
export const defaultNavigation = {
  main: ['news', 'attractions', 'events', 'businesses', 'districts'],
  footer: ['partners', 'contact', 'privacy'],
} as const satisfies Record<string, readonly NavTarget[]>

export const navHref = (target: NavTarget, locale: Locale): string => urls[target](locale)
