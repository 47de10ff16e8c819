import type { CollectionBeforeChangeHook } from 'payload'

/** The account made on the admin's "create first user" screen runs the site. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) data.roles = ['admin']
  return data
}
