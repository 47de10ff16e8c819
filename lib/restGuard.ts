import type { SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { flattenTopLevelFields } from 'payload'

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>

const geoOperators = new Set(['near', 'within', 'intersects'])
/** Field types whose sub-fields (or related documents) may hold a point: `venue.location`. */
const leadsToPoint = new Set(['group', 'tab', 'array', 'blocks', 'relationship', 'upload', 'join'])

const errorJson = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * A geo operator on a field that cannot hold a point (`where[title][near]=1,2`): Payload's query
 * builder has no such operator for other columns and throws a TypeError (a 500).
 */
export function misplacedGeoOperator(
  search: URLSearchParams,
  collection: SanitizedCollectionConfig,
): boolean {
  for (const key of search.keys()) {
    if (!key.startsWith('where[')) continue
    const parts = [...key.matchAll(/\[([^\]]*)\]/g)]
      .map((m) => m[1])
      .filter((p) => p !== 'and' && p !== 'or' && !/^\d+$/.test(p))
    const operator = parts.at(-1)
    if (!operator || !geoOperators.has(operator) || parts.length < 2) continue
    const [top, ...deeper] = parts[0].replace(/^version\./, '').split('.')
    const field = flattenTopLevelFields(collection.fields).find(
      (f) => 'name' in f && f.name === top,
    )
    // A name the collection does not have is Payload's to refuse (with a 400).
    if (!field && top !== 'id') continue
    const isPoint = field?.type === 'point'
    const intoSubfields = field && leadsToPoint.has(field.type) && deeper.length > 0
    if (!isPoint && !intoSubfields) return true
  }
  return false
}

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Payload's REST API reads a JSON object (or multipart, for uploads), nothing else. Given JSON
 * that is not an object, or a create with a body it does not read, it fails inside its field
 * hooks (a TypeError, a 500) on the collections anyone may write to.
 */
async function unusableBody(request: Request, isCreate: boolean): Promise<boolean> {
  if (!['POST', 'PATCH', 'PUT'].includes(request.method)) return false
  // The admin posts long queries as a form with X-HTTP-Method-Override: GET.
  const override = ['x-http-method-override', 'x-payload-http-method-override']
  if (override.some((name) => request.headers.has(name))) return false
  const type = request.headers.get('content-type') ?? ''
  if (/^application\/json\b/i.test(type)) {
    try {
      const text = await request.clone().text()
      return text.trim() !== '' && !isObject(JSON.parse(text))
    } catch {
      return false // malformed JSON: Payload answers that with a 400 itself
    }
  }
  return isCreate && !/^multipart\/form-data/i.test(type)
}

/**
 * Payload's REST handlers, with the bad requests they answer with a 5xx answered as the client
 * errors they are. (Bad values in ids, paging and `where` are answered 400 by the afterError hook
 * `answerBadValues`; these fail before or outside a query.)
 */
export function withRestGuard(config: Promise<SanitizedConfig>) {
  return <A extends unknown[]>(handler: Handler<A>): Handler<A> =>
    async (request, ...rest) => {
      const url = new URL(request.url)
      const [, api, slug, operation] = url.pathname.split('/')
      const collection =
        api === 'api' ? (await config).collections.find((c) => c.slug === slug) : undefined
      if (collection && misplacedGeoOperator(url.searchParams, collection)) {
        return errorJson(400, 'near, within and intersects only apply to point fields.')
      }
      // Uploads stop at the upload limit inside Payload; JSON bodies it would read whole.
      const { fileSize } = (await config).upload.limits ?? {}
      if (fileSize && Number(request.headers.get('content-length')) > fileSize) {
        const multipart = /^multipart\//i.test(request.headers.get('content-type') ?? '')
        if (!multipart) return errorJson(413, 'The request body is too large.')
      }
      if (await unusableBody(request, request.method === 'POST' && !!collection && !operation)) {
        return errorJson(400, 'Send the document as a JSON object.')
      }
      // The verification route of a collection that does not verify emails queries a column
      // that collection does not have.
      if (collection && operation === 'verify' && !collection.auth?.verify) {
        return errorJson(404, 'Not Found')
      }
      const response = await handler(request, ...rest)
      // Payload's "Cannot GET" for a collection without a REST API (payload-migrations): to a
      // client, a route that is not there.
      return response.status === 501 ? errorJson(404, 'Not Found') : response
    }
}
