import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createDatabase } from '@/scripts/lib/databases'
import { freePort, startEmbeddedPostgres, type Embedded } from '@/scripts/lib/embeddedPostgres'
import { startNextServer, type NextServer } from '@/scripts/lib/nextServer'

import ko from '@/messages/ko.json'
import ru from '@/messages/ru.json'

import { launchBrowser } from '../helpers/browser'
import { runScript, ScriptFailed } from '../helpers/runScript'
import { seeded } from '../helpers/site'

/**
 * The database goes away under a running site and comes back. The site runs against a
 * PostgreSQL of this test's own (a restored backup of the e2e database), so stopping it disturbs
 * no other test; the build is the one the other e2e tests use.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cq-outage-'))
fs.chmodSync(tmp, 0o755)
const pgDir = path.join(tmp, 'pg-data')
const media = path.join(tmp, 'media')
let pgPort: number
let database: Embedded
let site: NextServer
let databaseUrl: string

const get = (p: string, headers: Record<string, string> = {}) =>
  fetch(`${site.url}${p}`, { headers, redirect: 'manual' })

/** Polls fresh uncached pages until one answers `status`; returns the time and what was seen. */
async function until(status: number, timeoutMs = 45_000) {
  const started = Date.now()
  const seen: number[] = []
  while (Date.now() - started < timeoutMs) {
    seen.push((await get(uncached('en')).catch(() => null))?.status ?? 0)
    if (seen.at(-1) === status) return { ms: Date.now() - started, seen: seen.join(' ') }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`still no ${status} after ${timeoutMs} ms; answers seen: ${seen.join(' ')}`)
}

/** A search no one has made: never in any cache, so it needs the database. */
const uncached = (locale: string) => `/${locale}/search?q=outage${Date.now()}${Math.random()}`
// `/ko` also caches what every Korean page's header and footer show; a filtered list is a
// rewrite (lib/requests/cachedPageRewrite), served through the proxy's inner request.
const cachedPages = [
  '/en',
  '/ko',
  `/en/news/${seeded.article}`,
  `/zh/attractions/${seeded.attraction}`,
  '/fr/events?free=1',
]
const leaks = /\bat .+\(.+:\d+:\d+\)|ECONNREFUSED|node_modules|DrizzleQueryError|postgres:\/\//

beforeAll(async () => {
  pgPort = await freePort()
  database = await startEmbeddedPostgres(pgDir, pgPort)
  const backups = path.join(tmp, 'backups')
  runScript('backup', ['--out', backups], { DATABASE_URL: process.env.TEST_DATABASE_URL! })
  const [backup] = fs.readdirSync(backups)
  const restore = async (name: string) => {
    databaseUrl = await createDatabase(database.url('postgres'), name)
    runScript('restore', [path.join(backups, backup)], {
      DATABASE_URL: databaseUrl,
      MEDIA_DIR: media,
    })
  }
  // This is setup, not the subject: a restore that died (without a word, once in CI, 2026-11-29)
  // is tried once more on a new database. One that reports its failure fails the test.
  await restore('outage').catch(async (error) => {
    if (!(error instanceof ScriptFailed && error.crashed)) throw error
    console.warn(`${error.message}\ntrying the restore once more`)
    await restore('outage_again')
  })
  // Quiet: every failed query below would print its SQL.
  site = await startNextServer(
    await freePort(),
    { ...process.env, DATABASE_URL: databaseUrl, MEDIA_DIR: media },
    { stderr: 'ignore' },
  )
}, 180_000)

afterAll(async () => {
  site?.stop()
  await database?.stop()
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('database outage', () => {
  it('keeps cached pages, answers a localized 503 elsewhere, and recovers by itself', async () => {
    for (const p of cachedPages) {
      expect((await get(p)).status, p).toBe(200)
      expect((await get(p)).status, p).toBe(200)
    }

    const stoppedAt = Date.now()
    await database.stop()
    const down = await until(503)

    const en = await get(uncached('en'))
    expect(en.status).toBe(503)
    expect(en.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(en.headers.get('cache-control')).toContain('no-store')
    const enBody = await en.text()
    expect(enBody).toContain('<html lang="en" dir="ltr">')
    expect(enBody).toContain('Back in a moment')
    expect(enBody).not.toMatch(leaks)

    const zh = await (await get(uncached('zh'))).text()
    expect(zh).toContain('<html lang="zh-Hans" dir="ltr">')
    expect(zh).toContain('请稍候再来')
    const ar = await get(uncached('ar'))
    expect(ar.status).toBe(503)
    expect(await ar.text()).toContain('<html lang="ar" dir="rtl">')

    for (const p of cachedPages) {
      const res = await get(p)
      expect(res.status, `${p} is cached and must still be served`).toBe(200)
      expect(await res.text()).toContain('</html>')
    }

    // A document never rendered before: its GET skips the proxy (proxy.ts), so its failed
    // render is Next's error page, answered 503 (lib/outage/serveFailuresAsUnavailable). It
    // explains the outage in the visitor's language: inside the site's header and footer where
    // they are cached (Korean, opened above), else in place of the whole page (global-error).
    const browser = await launchBrowser()
    try {
      for (const [locale, title] of [
        ['ko', ko.outage.title],
        ['ru', ru.outage.title],
      ]) {
        const page = await browser.newPage()
        const res = await page.goto(`${site.url}/${locale}/news/never-rendered-${Date.now()}`)
        expect(res?.status(), locale).toBe(503)
        expect(res?.headers()['retry-after'], locale).toMatch(/^\d+$/)
        // React renders the error page once the page's scripts run.
        await page.waitForSelector(`main h1:has-text("${title}")`)
        expect(await page.textContent('main')).not.toMatch(leaks)
        await page.close()
      }
    } finally {
      await browser.close()
    }

    // Feeds bypass the proxy; their routes answer the outage themselves, unless served from cache.
    for (const feed of [
      '/en/news/rss.xml',
      `/en/events.ics?from=2031-01-0${(Date.now() % 9) + 1}`,
    ]) {
      const res = await get(feed)
      expect([200, 503], feed).toContain(res.status)
      if (res.status === 503) expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
    }

    const health = await get('/api/health')
    expect(health.status).toBe(503)
    expect(await health.json()).toMatchObject({ database: 'down' })

    const api = await get('/api/articles?limit=1', { 'accept-language': 'fr' })
    expect(api.status).toBe(503)
    expect(api.headers.get('retry-after')).toMatch(/^\d+$/)
    const apiBody = await api.text()
    expect(JSON.parse(apiBody).errors[0].message).toMatch(/temporairement indisponible/)
    expect(apiBody).not.toMatch(leaks)

    const downFor = Date.now() - stoppedAt
    const restartedAt = Date.now()
    database = await startEmbeddedPostgres(pgDir, pgPort)
    const up = await until(200)
    // Straight from the outage's 503 to the page: never a 500 on the way back.
    expect(up.seen).toMatch(/^(503 )*200$/)
    expect((await get('/api/health')).status).toBe(200)
    expect((await get('/api/articles?limit=1')).status).toBe(200)
    expect((await get(`/en/news/${seeded.article}`)).status).toBe(200)

    console.log(
      `[outage] first 503 ${down.ms} ms after the database stopped (answers: ${down.seen}); ` +
        `down for ${downFor} ms; uncached pages rendered again ${up.ms} ms after it restarted ` +
        `(answers: ${up.seen}; ${Date.now() - restartedAt} ms with the checks); no app restart`,
    )
  })
})
