/** One page of each visitor type, all from the demo content (`npm run seed`). */
export const seededPages = {
  home: '/en',
  newsList: '/en/news',
  article: '/en/news/chongqing-international-metropolis-2021',
  attractions: '/en/attractions',
  attraction: '/en/attractions/super-80-street',
  events: '/en/events',
  event: '/en/events/super-80-street-open-air-movie-nights',
  businesses: '/en/businesses',
  business: '/en/businesses/cqaos',
  district: '/en/districts/yuzhong',
  search: '/en/search?q=chongqing',
  contact: '/en/contact',
}
