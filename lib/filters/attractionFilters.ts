import { attractionCategories, type AttractionCategory } from '@/lib/taxonomy'

import { flagParam, oneOfParam, pageParam, slugParam, type SearchParams } from './params'

export type AttractionFilters = {
  category?: AttractionCategory
  district?: string
  free: boolean
  page: number
}

export function parseAttractionFilters(params: SearchParams): AttractionFilters {
  return {
    category: oneOfParam(params, 'category', attractionCategories),
    district: slugParam(params, 'district'),
    free: flagParam(params, 'free'),
    page: pageParam(params),
  }
}
