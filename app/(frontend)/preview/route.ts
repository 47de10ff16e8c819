import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isStaffUser } from '@/access/roles'
import { isLocale } from '@/i18n/locales'
import { getPayload } from '@/lib/payload'
import { isSlug } from '@/lib/slugify'
import { isDocCollection } from '@/lib/docCollections'
import { docUrl } from '@/lib/urls'

/**
 * The admin's preview button lands here: a signed-in editor or admin is switched into draft mode
 * and sent to the page, which then reads the latest draft. The target is built from validated
 * parts, never taken from the query string, so this cannot redirect elsewhere.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const collection = params.get('collection')
  const slug = params.get('slug')
  const locale = params.get('locale')
  if (!isDocCollection(collection) || !isSlug(slug) || !isLocale(locale)) {
    return new Response('Bad preview request', { status: 400 })
  }
  const payload = await getPayload()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !isStaffUser(user)) {
    return new Response('Sign in to the admin as an editor to preview drafts.', { status: 403 })
  }
  ;(await draftMode()).enable()
  redirect(docUrl(collection, slug, locale))
}
