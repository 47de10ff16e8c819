import { allowedOrigins } from '@/lib/urls'

/** Next's own limit for a server action's body (serverActions.bodySizeLimit). */
export const maxActionBody = 1024 * 1024

export type ActionPostProblem = 'tooLarge' | 'forbidden' | 'malformed'

const parsesAs = (text: unknown, check: (value: unknown) => boolean) => {
  if (typeof text !== 'string') return false
  try {
    return check(JSON.parse(text))
  } catch {
    return false
  }
}

/** Next compares the Origin with the Host (or X-Forwarded-Host) it was sent to, or the list. */
function isForeignOrigin(headers: Headers): boolean {
  const origin = headers.get('origin')
  if (origin === null) return false
  if (!URL.canParse(origin)) return true
  const { host, origin: normalized } = new URL(origin)
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0].trim()
  return (
    host !== forwarded && host !== headers.get('host') && !allowedOrigins().includes(normalized)
  )
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/**
 * This site's server actions are its forms (useActionState), so React always posts them as
 * multipart FormData. With JavaScript, row `0` holds the arguments as a JSON array. Without,
 * `$ACTION_<n>:0` names the action and points at its bound arguments (`"bound": "$@1"`), which
 * `$ACTION_<n>:1` holds as a JSON array, and any further rows are JSON.
 */
function isReadableActionForm(form: FormData, isFetch: boolean): boolean {
  if (isFetch) return parsesAs(form.get('0'), Array.isArray)
  for (const [name, value] of form) {
    const row = name.match(/^\$ACTION_\d+:(\d+)$/)?.[1]
    if (row === undefined) continue
    const check =
      row === '0'
        ? (v: unknown) => isObject(v) && typeof v.id === 'string' && typeof v.bound === 'string'
        : row === '1'
          ? Array.isArray
          : () => true
    if (!parsesAs(value, check)) return false
  }
  return true
}

/**
 * A POST to a visitor page is a server action, and Next answers every such post it cannot take
 * (too large, from another origin, not decodable) with a 500. This finds them first.
 */
export async function actionPostProblem(request: Request): Promise<ActionPostProblem | null> {
  if (isForeignOrigin(request.headers)) return 'forbidden'
  if (Number(request.headers.get('content-length') ?? 0) > maxActionBody) return 'tooLarge'
  const body = await request.arrayBuffer()
  if (body.byteLength > maxActionBody) return 'tooLarge'
  const isFetch = request.headers.has('next-action')
  const type = request.headers.get('content-type') ?? ''
  // Not multipart: not a form action (a plain POST renders the page), or a forged fetch action.
  if (!/^multipart\/form-data/i.test(type)) return isFetch ? 'malformed' : null
  const form = await new Request(request.url, {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  })
    .formData()
    .catch(() => null)
  return form && isReadableActionForm(form, isFetch) ? null : 'malformed'
}
