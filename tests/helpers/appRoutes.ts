import fs from 'node:fs'
import path from 'node:path'

export const httpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
export type HttpMethod = (typeof httpMethods)[number]

export type AppRoute = {
  /** The URL pattern with route groups removed: `/[locale]/events/[slug]/ics`. */
  pattern: string
  kind: 'page' | 'route' | 'metadata'
  /** The methods a route.ts exports (pages answer GET, and POST for server actions). */
  methods: HttpMethod[]
}

const exportedMethods = (source: string): HttpMethod[] =>
  httpMethods.filter((m) =>
    new RegExp(`export\\s+(?:async\\s+function|const|function)\\s+${m}\\b`).test(source),
  )

/**
 * Every route of the app, read from the files under `app/`, so a route added later is swept
 * without anyone remembering to list it. Metadata files (sitemap.ts, robots.ts) become their
 * `.xml` / `.txt` URLs.
 */
export function appRoutes(root = path.resolve('app')): AppRoute[] {
  const found: AppRoute[] = []
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        const group = /^\(.*\)$/.test(entry.name)
        walk(full, group ? segments : [...segments, entry.name])
        continue
      }
      // A filtered list's or search's page (lib/filters/filteredLists) is served at its list's
      // address.
      const pattern = ('/' + segments.join('/')).replace(/\/%5Ffilter\/\[query\]$/, '')
      if (/^page\.tsx?$/.test(entry.name)) {
        // A list and its filtered page share an address: one route.
        if (!found.some((r) => r.pattern === pattern)) {
          found.push({ pattern, kind: 'page', methods: ['GET'] })
        }
      } else if (/^route\.tsx?$/.test(entry.name))
        found.push({
          pattern,
          kind: 'route',
          methods: exportedMethods(fs.readFileSync(full, 'utf8')),
        })
      else if (segments.length === 0 && /^(sitemap|robots)\.ts$/.test(entry.name))
        found.push({
          pattern: entry.name.startsWith('sitemap') ? '/sitemap.xml' : '/robots.txt',
          kind: 'metadata',
          methods: ['GET'],
        })
    }
  }
  walk(root, [])
  return found.sort((a, b) => a.pattern.localeCompare(b.pattern))
}

/** The dynamic segments of a pattern: `[locale]`, `[slug]`, `[...rest]`, `[[...segments]]`. */
export const dynamicSegments = (pattern: string): string[] => pattern.match(/\[+[^\]]+\]+/g) ?? []
