/**
 * Sections whose index page reads the query string (filters, paging, the search terms), and so
 * is rendered per request; every other page is rendered once and cached. Its own module because
 * the language switcher, a client component, needs it without the rest of lib/urls.
 */
export const querySections = ['news', 'attractions', 'events', 'businesses', 'search']
