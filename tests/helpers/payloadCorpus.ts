import type { SanitizedConfig } from 'payload'

import { formatNames } from 'payload'

import { badJsonBodies, badSegments, badShapes, badValues, wrongTypes } from './badInput'
import type { Probe } from './rawHttp'

const json = { 'content-type': 'application/json' }
const long = 'a'.repeat(5000)

/** Options Payload's REST API reads from the query string of a list. */
const listOptions = ['page', 'limit', 'depth', 'sort', 'locale', 'fallback-locale', 'draft']
const whereOperators = ['equals', 'in', 'greater_than', 'like', 'near', 'exists']
const whereValues = ['zzz', '-3', '1e99', '2026-13-45', '%00', long]
const whereShapes = [
  'where=x',
  'where[and]=x',
  'where[or]=x',
  'where[or][0]=x',
  'where[and][0][id]=x',
  'where[id]=x',
  'where[id][nonsense]=1',
  'where[no_such_field][equals]=1',
]

type Fields = SanitizedConfig['collections'][number]['fields']

/** The top-level fields a `where` or a create can name. */
const fieldNames = (fields: Fields): string[] => [
  'id',
  ...fields.flatMap((f) => ('name' in f && f.name ? [f.name] : [])),
]

/** One field of each type: how Payload builds a query depends on the type, not the name. */
const oneFieldPerType = (fields: Fields): string[] => [
  'id',
  ...new Map(
    fields.flatMap((f) => ('name' in f && f.name ? [[f.type, f.name] as const] : [])),
  ).values(),
]

/** Every public POST of the auth API, with the fields it reads. */
const authOperations: Record<string, string[]> = {
  login: ['email', 'password'],
  'forgot-password': ['email'],
  'reset-password': ['token', 'password'],
  'refresh-token': [],
  logout: [],
  unlock: ['email'],
  'first-register': ['email', 'password'],
  'verify/x': [],
}

function collectionProbes(collection: SanitizedConfig['collections'][number]): Probe[] {
  const base = `/api/${collection.slug}`
  const probes: Probe[] = []
  for (const option of listOptions) {
    for (const value of badValues) probes.push({ path: `${base}?${option}=${value}` })
    for (const shape of badShapes(option)) probes.push({ path: `${base}?${shape}` })
  }
  for (const field of oneFieldPerType(collection.fields)) {
    for (const op of whereOperators) {
      for (const value of whereValues) {
        probes.push({ path: `${base}?where[${field}][${op}]=${value}` })
      }
    }
  }
  for (const shape of whereShapes) {
    probes.push({ path: `${base}?${shape}` }, { path: `${base}/count?${shape}` })
  }
  for (const segment of badSegments) {
    probes.push(
      { path: `${base}/${segment}` },
      { method: 'PATCH', path: `${base}/${segment}`, headers: json, body: '{}' },
      { method: 'DELETE', path: `${base}/${segment}` },
      { path: `${base}/versions/${segment}` },
    )
  }
  for (const body of badJsonBodies) {
    probes.push(
      { method: 'POST', path: base, headers: json, body },
      { method: 'PATCH', path: `${base}?where[id][equals]=1`, headers: json, body },
    )
  }
  probes.push(
    { method: 'POST', path: base, headers: { 'content-type': 'text/plain' }, body: 'x' },
    {
      method: 'POST',
      path: base,
      headers: { 'content-type': 'multipart/form-data; boundary=zz' },
      body: '--zz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{\r\n--zz--',
    },
  )
  // Anonymous creates of the public collections get past access, so wrong types reach validation.
  const writable = fieldNames(collection.fields).filter((f) => f !== 'id')
  for (const body of wrongTypes(writable)) {
    probes.push({ method: 'POST', path: base, headers: json, body: JSON.stringify(body) })
  }
  if (collection.auth) {
    for (const [operation, fields] of Object.entries(authOperations)) {
      const path = `${base}/${operation}`
      for (const body of badJsonBodies) probes.push({ method: 'POST', path, headers: json, body })
      for (const body of wrongTypes(fields)) {
        probes.push({ method: 'POST', path, headers: json, body: JSON.stringify(body) })
      }
      // Addresses no account has: nothing is locked out and no email is sent to anyone real.
      probes.push({
        method: 'POST',
        path,
        headers: json,
        body: JSON.stringify({ email: `sweep-${long.slice(0, 300)}@test.example`, password: long }),
      })
    }
    for (const get of ['me', 'init', 'access']) {
      probes.push(
        { path: `${base}/${get}`, headers: { authorization: `JWT ${long}` } },
        { path: `${base}/${get}`, headers: { cookie: `payload-token=%E0%A4%A${long}` } },
      )
    }
  }
  return probes
}

function globalProbes(global: SanitizedConfig['globals'][number]): Probe[] {
  const base = `/api/globals/${global.slug}`
  const probes: Probe[] = []
  for (const option of ['locale', 'fallback-locale', 'depth', 'draft']) {
    for (const value of badValues) probes.push({ path: `${base}?${option}=${value}` })
  }
  for (const segment of badSegments) probes.push({ path: `${base}/versions/${segment}` })
  for (const body of badJsonBodies) probes.push({ method: 'POST', path: base, headers: json, body })
  return probes
}

/** Queries that pass GraphQL validation, so the bad values reach Payload's resolvers. */
function graphqlQueries(config: SanitizedConfig): string[] {
  const queries: string[] = []
  for (const { slug } of config.collections) {
    const { singular, plural: maybePlural } = formatNames(slug)
    const plural = singular === maybePlural ? `all${singular}` : maybePlural
    for (const n of [-3, 0, 2147483647]) {
      queries.push(
        // Apart: a limit below 1 turns paging off, and with it the page's offset.
        `{ ${plural}(page: ${n}) { totalDocs } }`,
        `{ ${plural}(limit: ${n}) { totalDocs } }`,
        `{ ${singular}(id: ${n}) { id } }`,
        `{ ${plural}(where: { id: { equals: ${n} } }) { totalDocs } }`,
      )
    }
    queries.push(
      `{ ${plural}(locale: xx) { totalDocs } }`,
      `{ ${plural}(sort: "${long}") { totalDocs } }`,
    )
  }
  return queries
}

function graphqlProbes(config: SanitizedConfig): Probe[] {
  const path = '/api/graphql'
  const bodies = [
    ...badJsonBodies,
    ...wrongTypes(['query', 'variables', 'operationName']).map((b) => JSON.stringify(b)),
    JSON.stringify({ query: '{'.repeat(5000) }),
    JSON.stringify({ query: `{ ${'Articles { docs { '.repeat(200)}` }),
    JSON.stringify({
      query: 'query($p: Int) { Articles(page: $p) { totalDocs } }',
      variables: { p: 'x' },
    }),
    ...graphqlQueries(config).map((query) => JSON.stringify({ query })),
  ]
  return [
    ...bodies.map((body) => ({ method: 'POST', path, headers: json, body })),
    // GraphQL over HTTP takes JSON: other media types are refused as such.
    ...['application/graphql', 'text/plain'].map((type) => ({
      method: 'POST',
      path,
      headers: { 'content-type': type },
      body: '{',
      expect: [400, 415],
    })),
    { path: `${path}?query=${encodeURIComponent('{ Articles { totalDocs } }')}` },
  ]
}

/** The whole Payload API, generated from the config: every collection, global and GraphQL. */
export function payloadProbes(config: SanitizedConfig): Probe[] {
  return [
    ...config.collections.flatMap(collectionProbes),
    ...config.globals.flatMap(globalProbes),
    ...badSegments.flatMap((segment) => [
      { path: `/api/${segment}` },
      { path: `/api/globals/${segment}` },
      { path: `/api/${segment}/${segment}` },
    ]),
    ...graphqlProbes(config),
  ]
}
