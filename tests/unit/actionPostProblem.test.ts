import { describe, expect, it } from 'vitest'

import { actionPostProblem, maxActionBody } from '@/lib/requests/actionPostProblem'

const site = 'http://localhost:3000'
const id = 'a'.repeat(42)

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request(`${site}/en/contact`, {
    method: 'POST',
    headers: { host: 'localhost:3000', origin: site, ...headers },
    body,
  })
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.append(name, value)
  return data
}

const noScript = (overrides: Record<string, string> = {}) =>
  form({
    $ACTION_REF_1: '',
    '$ACTION_1:0': JSON.stringify({ id, bound: '$@1' }),
    '$ACTION_1:1': '[{"status":"idle"}]',
    email: 'x@example.com',
    ...overrides,
  })

describe('actionPostProblem', () => {
  it('lets the forms through as a browser posts them, with and without JavaScript', async () => {
    expect(await actionPostProblem(post(noScript()))).toBeNull()
    const withScript = form({ '0': '[{"status":"idle"},"$K1"]', '1_email': 'x@example.com' })
    expect(await actionPostProblem(post(withScript, { 'next-action': id }))).toBeNull()
    // A post that is no action at all renders the page, as Next does.
    expect(await actionPostProblem(post('a=1'))).toBeNull()
  })

  it('refuses another origin, a null origin and an unparseable one', async () => {
    for (const origin of ['https://evil.example', 'null', '::::'])
      expect(await actionPostProblem(post(noScript(), { origin })), origin).toBe('forbidden')
    expect(
      await actionPostProblem(post(noScript(), { origin: 'http://127.0.0.1:3000' })),
    ).toBeNull()
  })

  it('refuses a body over the server-action limit, by header or by count', async () => {
    const big = 'x'.repeat(maxActionBody + 1)
    expect(await actionPostProblem(post(noScript({ email: big })))).toBe('tooLarge')
    const declared = { 'content-length': String(maxActionBody + 1) }
    expect(await actionPostProblem(post(noScript(), declared))).toBe('tooLarge')
  })

  it('refuses action fields React could not decode', async () => {
    const broken: Record<string, string>[] = [
      { '$ACTION_1:1': '[' },
      { '$ACTION_1:1': 'null' },
      { '$ACTION_1:0': '{' },
      { '$ACTION_1:0': JSON.stringify({ id }) },
    ]
    for (const fields of broken)
      expect(await actionPostProblem(post(noScript(fields))), JSON.stringify(fields)).toBe(
        'malformed',
      )
    const fetchAction = { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8' }
    expect(await actionPostProblem(post('[1,2]', fetchAction))).toBe('malformed')
    expect(await actionPostProblem(post(form({ '0': '[' }), { 'next-action': id }))).toBe(
      'malformed',
    )
  })
})
