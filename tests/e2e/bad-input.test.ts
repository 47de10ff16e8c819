/**
 * Issue 7: a generated corpus of bad URLs, parameters and bodies on every route of the app (read
 * from app/ and from the Payload config), against the production server. Bad input is the
 * visitor's mistake, so it gets a 4xx (or is ignored), never a 5xx, and nothing it causes ends
 * up as an error in the server's log.
 */
import fs from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'

import { actionProbes, readActionForm } from '../helpers/actionCorpus'
import { appRoutes } from '../helpers/appRoutes'
import { oversizedBody } from '../helpers/badInput'
import { payloadProbes } from '../helpers/payloadCorpus'
import { type Answer, type Probe, send, sendAll } from '../helpers/rawHttp'
import { fillPattern, isPayloadRest, routeProbes } from '../helpers/routeCorpus'
import { serverLogOffset, serverLogSince } from '../helpers/serverLog'

/** Every answer the sweep accepts; which one depends on the route and the mistake. */
const acceptable = [200, 301, 302, 303, 307, 308, 400, 401, 403, 404, 405, 413, 429]

/** What an answer must never carry: a stack frame, a source path, the session secret. */
const leaks = [/\n\s+at \S.*:\d+:\d+/, /node_modules\//, /webpack-internal:/]

const tally = { requests: 0, serverErrors: 0 }
const routes = appRoutes()
const payloadConfig = await config

/** Sends the probes and returns what was wrong with the answers, one line each. */
async function sweep(probes: Probe[]): Promise<string[]> {
  const answers = await sendAll(probes)
  tally.requests += answers.length
  return answers.flatMap(problemsOf)
}

/** GraphQL answers 200 and tells an error's status in the error, `"statusCode":500`. */
const graphqlServerError = /"statusCode":5\d\d/

function problemsOf({ probe, status, body }: Answer): string[] {
  const isGraphqlServerError =
    probe.path.startsWith('/api/graphql') && graphqlServerError.test(body)
  if (status >= 500 || isGraphqlServerError) tally.serverErrors++
  const what = `${probe.method ?? 'GET'} ${probe.path.slice(0, 160)}`
  const problems: string[] = []
  if (!(probe.expect ?? acceptable).includes(status)) problems.push(`${status} ${what}`)
  if (isGraphqlServerError) problems.push(`GraphQL 5xx in ${status} ${what}: ${body.slice(0, 200)}`)
  for (const leak of [...leaks, process.env.PAYLOAD_SECRET!]) {
    if (typeof leak === 'string' ? body.includes(leak) : leak.test(body))
      problems.push(`leak (${leak}) in ${status} ${what}`)
  }
  return problems
}

/** Passes with no problems, or shows the first few and how many there were. */
function expectNone(problems: string[]) {
  expect(problems.length, problems.slice(0, 40).join('\n')).toBe(0)
}

describe('a generated corpus of bad input, on every route', () => {
  let logFrom = 0
  let sweepStarted = 0
  beforeAll(() => {
    logFrom = serverLogOffset()
    sweepStarted = Date.now()
  })
  afterAll(() => {
    console.log(
      `bad-input sweep: ${tally.requests} requests over ${routes.length} routes ` +
        `(${payloadConfig.collections.length} collections, ${payloadConfig.globals.length} globals), ` +
        `${tally.serverErrors} answered 5xx`,
    )
  })

  it('reads every route from app/ and reaches each page with a good URL first', async () => {
    const patterns = routes.map((r) => r.pattern)
    for (const expected of ['/[locale]/events/[slug]/ics', '/api/[...slug]', '/sitemap.xml'])
      expect(patterns).toContain(expected)
    // A probe changes one thing about a working URL, so the working URL must work. The catch-all
    // and the proxy's 404 page (%5Fmissing) are 404s by design.
    const notFoundByDesign = (p: string) => p.includes('...') || p.endsWith('/%5Fmissing')
    for (const route of routes.filter((r) => r.kind === 'page' && !notFoundByDesign(r.pattern))) {
      const { status } = await send({ path: fillPattern(route.pattern) })
      expect(status, route.pattern).toBe(200)
    }
  })

  it('visitor pages, feeds, sitemap, robots, health, preview: bad segments, filters, methods', async () => {
    expectNone(await sweep(routes.filter((r) => !isPayloadRest(r)).flatMap(routeProbes)))
  }, 900_000)

  it('Payload REST and GraphQL: every collection, global and auth operation', async () => {
    expectNone(await sweep(payloadProbes(payloadConfig)))
  }, 900_000)

  it('the contact and partner forms: bad fields, broken action payloads, unknown actions', async () => {
    const forms = await Promise.all(
      ['/en/contact', '/zh/partners/apply'].map((path) => readActionForm(path)),
    )
    expectNone(await sweep(forms.flatMap(actionProbes)))
  }, 300_000)

  it('bad headers: language, cookies, tokens, forwarded addresses', async () => {
    const long = 'a'.repeat(5000)
    const headers: Record<string, string>[] = [
      { 'accept-language': long },
      { 'accept-language': '*;q=x, zz-ZZ;q=2, ;;;' },
      { cookie: `NEXT_LOCALE=${long}` },
      { cookie: 'NEXT_LOCALE=../../etc; payload-token=x.y.z' },
      { authorization: 'JWT x.y.z' },
      { authorization: `Bearer ${long}` },
      { 'x-forwarded-for': 'not-an-address, , ::::' },
      { 'x-forwarded-for': long },
      { origin: 'null' },
      { referer: '::::' },
    ]
    const paths = ['/', '/en', '/events', '/en/contact', '/api/articles', '/api/users/me']
    const probes = paths.flatMap((path) => headers.map((h) => ({ path, headers: h })))
    probes.push(
      ...headers.map((h) => ({ method: 'POST', path: '/preview/exit', headers: h })),
      ...headers.map((h) => ({
        method: 'POST',
        path: '/api/graphql',
        headers: { ...h, 'content-type': 'application/json' },
        body: '{"query":"{ Articles { totalDocs } }"}',
      })),
    )
    expectNone(await sweep(probes))
  }, 300_000)

  it('oversized bodies to every public POST are refused, not crashed on', async () => {
    const body = oversizedBody()
    const json = { 'content-type': 'application/json' }
    const contact = await readActionForm('/en/contact')
    const probes: Probe[] = [
      ...['messages', 'partner-applications', 'users/login', 'users/forgot-password'].map((p) => ({
        method: 'POST',
        path: `/api/${p}`,
        headers: json,
        body,
        expect: [400, 413],
      })),
      { method: 'POST', path: '/api/graphql', headers: json, body, expect: [400, 413] },
      { method: 'POST', path: '/api/internal/revalidate', headers: json, body, expect: [403, 413] },
      {
        method: 'POST',
        path: contact.path,
        headers: { 'next-action': contact.actionId, 'content-type': 'text/plain;charset=UTF-8' },
        body,
        expect: [413],
      },
    ]
    expectNone(await sweep(probes))
  }, 300_000)

  it('answers unknown and overlong pages with the 404 in the visitor language', async () => {
    for (const { code } of locales) {
      const { notFound } = JSON.parse(fs.readFileSync(`messages/${code}.json`, 'utf8'))
      for (const path of [`/${code}/news/${'a'.repeat(5000)}`, `/${code}/%E0%A4%A`]) {
        const answer = await send({ path })
        tally.requests++
        expect(answer.status, path.slice(0, 40)).toBe(404)
        expect(answer.body).toContain(notFound.title)
      }
    }
  })

  it('keeps nothing it rendered on disk, however many addresses were made up', async () => {
    // The sweep above asked for thousands of made-up slugs and search words; each used to leave
    // its own files in Next's cache folders until a restart (next.config.mjs).
    expect((await send({ path: `/en/news/made-up-${Date.now()}` })).status).toBe(404)
    const written = ['.next/server/route-cache', '.next/cache/fetch-cache']
      .filter((dir) => fs.existsSync(dir))
      .flatMap((dir) => fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => fs.statSync(file).mtimeMs >= sweepStarted)
    expect(written.slice(0, 10)).toEqual([])
  })

  it('left no unhandled error in the log, and no error from Payload', () => {
    // Next marks an error that escaped a page or route with ⨯; ENAMETOOLONG was its page cache
    // failing to store an answer on disk. Payload logs a request's mistake as one INFO line
    // (lib/payloadLogger): an ERROR from it here would be a bad request it could not tell apart.
    const unhandled = serverLogSince(logFrom)
      .replace(/\x1b\[[0-9;]*m/g, '')
      .split('\n')
      .filter((line) => /⨯|ENAMETOOLONG|^\[[\d:.]+\] (ERROR|FATAL) \(payload\)/.test(line))
    expect(unhandled.slice(0, 20)).toEqual([])
  })

  it('still answers /api/health with 200 afterwards', async () => {
    const { status } = await send({ path: '/api/health' })
    expect(status).toBe(200)
  })
})
