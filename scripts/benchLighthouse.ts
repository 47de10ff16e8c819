/**
 * `npm run bench:lighthouse [-- BASE_URL]`: Lighthouse's mobile audit (its default: a mid-range
 * phone on a slow 4G link, simulated) of one page of each visitor type on a running production
 * build, in en, zh and ar, against DESIGN.md §7's scores (scripts/lib/budgets). Lighthouse is
 * fetched by npx on first use (LIGHTHOUSE, default `lighthouse@12`, the last line that runs on
 * Node 20) rather than kept as a dependency: it is a measuring tool with a hundred packages of its
 * own. Writes bench/lighthouse-<time>.json and exits non-zero when a page misses a target.
 * A site reaches visitors over HTTPS and HTTP/2; `-- https://localhost:8443` audits it so, through
 * scripts/dev/nginx-in-front.sh started with TLS_PORT=8443.
 *
 * Each page is audited LIGHTHOUSE_RUNS times (default 3) and the run with the median performance
 * score counts, as Lighthouse's own guidance on variability advises: its simulated phone scales
 * the CPU time it observes, so one run on a busy machine can lose 20 points to another process.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'

import { pagesFromEnv, seededPages } from './lib/benchPages'
import { writeBenchReport } from './lib/benchReport'
import { benchBase, expectOk, fetchOk, isLoopbackTls } from './lib/benchTarget'
import { budgets } from './lib/budgets'
import { findChromium } from './lib/chromium'

const base = benchBase()
const lighthouse = process.env.LIGHTHOUSE || 'lighthouse@12'
const targets = budgets.lighthouse
const categories = Object.keys(targets) as (keyof typeof targets)[]

const { home, article, attraction, events, event, business, search } = seededPages
// BENCH_PAGES audits another site side by side; its page named "search" is taken as noindex too.
const otherPages = pagesFromEnv()
const searchPage = otherPages ? otherPages.search : search
const pages = otherPages
  ? Object.values(otherPages)
  : [
      ...Object.values({ home, article, attraction, events, event, business, search }),
      article.replace('/en/', '/zh/'),
      attraction.replace('/en/', '/ar/'),
    ]

type Audit = { score: number | null; displayValue?: string; title: string }
type Result = {
  categories: Record<string, { score: number }>
  audits: Record<string, Audit>
}

const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS || 3))
const localTls = isLoopbackTls(base)
const chromeFlags = `--headless=new --no-sandbox${localTls ? ' --ignore-certificate-errors' : ''}`

/** Loads a page once, so that the audits measure it cached, as visitors get it. */
async function warm(url: string): Promise<void> {
  if (!localTls) {
    await fetchOk(url)
    return
  }
  // fetch cannot be told to trust one self-signed certificate; node:https can. A fresh connection
  // each time: nginx closes an idle one after 75 s, and the audits between two pages take longer.
  const status = await new Promise<number>((resolve, reject) =>
    https
      .get(url, { rejectUnauthorized: false, agent: false }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      .on('error', reject),
  )
  expectOk(url, status)
}

function auditOnce(url: string, chrome: string): Result {
  const out = path.join(os.tmpdir(), `lighthouse-${process.pid}.json`)
  execFileSync(
    'npx',
    [
      '--yes',
      lighthouse,
      url,
      `--only-categories=${categories.join(',')}`,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      `--chrome-flags=${chromeFlags}`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chrome } },
  )
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as Result
  fs.rmSync(out)
  return result
}

/** The median run of `runs`; a run Lighthouse itself aborts (e.g. NO_NAVSTART) is retried once. */
function audit(url: string, chrome: string): { result: Result; performance: number[] } {
  const results: Result[] = []
  for (let i = 0; i < runs; i++) {
    try {
      results.push(auditOnce(url, chrome))
    } catch {
      results.push(auditOnce(url, chrome))
    }
  }
  results.sort((a, b) => a.categories.performance.score - b.categories.performance.score)
  const performance = results.map((r) => Math.round(r.categories.performance.score * 100))
  return { result: results[Math.floor(results.length / 2)], performance }
}

async function main() {
  const chrome = findChromium()
  if (!chrome) throw new Error('no Chromium found: apt-get install chromium, or set CHROME_PATH')
  console.log(`lighthouse (mobile) against ${base}, median of ${runs} runs per page`)
  const report: Record<string, unknown> = {}
  const misses: string[] = []
  for (const page of pages) {
    await warm(base + page)
    const { result, performance } = audit(base + page, chrome)
    const scores = Object.fromEntries(
      categories.map((c) => [c, Math.round(result.categories[c].score * 100)]),
    )
    // What cost points, so a miss can be acted on without opening the full report.
    const failing = Object.entries(result.audits)
      .filter(([, a]) => a.score !== null && a.score < 0.9)
      .map(([id, a]) => `${id}${a.displayValue ? ` (${a.displayValue})` : ''}`)
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time']
      .map((id) => `${id.replace(/-/g, ' ')} ${result.audits[id]?.displayValue}`)
      .join(', ')
    report[page] = { scores, performanceRuns: performance, failing, metrics }
    console.log(
      `${page.padEnd(52)} ${categories.map((c) => `${c} ${scores[c]}`).join('  ')}\n  ${metrics}` +
        (runs > 1 ? `; performance runs ${performance.join(', ')}` : ''),
    )
    if (failing.length) console.log(`  below 0.9: ${failing.join(', ')}`)
    for (const c of categories) {
      // Search results say noindex on purpose, which Lighthouse's SEO score counts against them.
      if (c === 'seo' && page === searchPage) continue
      if (scores[c] < targets[c]) misses.push(`${page}: ${c} ${scores[c]} < ${targets[c]}`)
    }
  }
  const summary = { base, date: new Date().toISOString(), lighthouse, runs, pages: report }
  const file = writeBenchReport('lighthouse', summary)
  console.log(`\nwrote ${file}`)
  if (misses.length) {
    console.error(`\nbelow target:\n  ${misses.join('\n  ')}`)
    process.exit(1)
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
