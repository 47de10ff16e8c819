import { draftMode } from 'next/headers'

/** Leaves draft mode (a POST from the preview banner) and goes back to where the editor was. */
export async function POST(request: Request) {
  ;(await draftMode()).disable()
  const referer = request.headers.get('referer') ?? ''
  // A Referer is whatever the client sent: only a parseable one from this site is followed.
  const back =
    URL.canParse(referer) && new URL(referer).origin === new URL(request.url).origin ? referer : '/'
  return Response.redirect(new URL(back, request.url), 303)
}
