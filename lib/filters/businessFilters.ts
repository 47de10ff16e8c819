import { businessSectors, type BusinessSector } from '@/lib/taxonomy'

import { oneOfParam, pageParam, param, slugParam, type SearchParams } from './params'

export const letters = 'abcdefghijklmnopqrstuvwxyz'.split('')

export type BusinessFilters = {
  sector?: BusinessSector
  district?: string
  /** ISO 3166-1 alpha-2 of the investor's country. */
  origin?: string
  /** A–Z by the Latin name the slug is made from. */
  letter?: string
  page: number
}

export function parseBusinessFilters(params: SearchParams): BusinessFilters {
  const origin = param(params, 'origin')?.toUpperCase()
  const letter = param(params, 'letter')?.toLowerCase()
  return {
    sector: oneOfParam(params, 'sector', businessSectors),
    district: slugParam(params, 'district'),
    origin: origin && /^[A-Z]{2}$/.test(origin) ? origin : undefined,
    letter: letter && letters.includes(letter) ? letter : undefined,
    page: pageParam(params),
  }
}
