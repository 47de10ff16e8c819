/**
 * `npm test`: unit, then integration (Local API on a fresh database), then end-to-end (Chromium
 * against a production build with its own fresh, seeded database). `npm test -- unit int` runs a
 * subset. Databases are created for the run and dropped after it, on DATABASE_URL's server, the
 * machine's PostgreSQL on 127.0.0.1:5432, or an embedded one — the first that answers.
 * Any other argument narrows the run to matching test files: `npm test -- e2e outage`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureBuild } from './lib/build'
import { createDatabase, dropDatabase } from './lib/databases'
import { openDatabaseServer } from './lib/databaseServer'
import { freePort } from './lib/embeddedPostgres'
import { findChromium } from './lib/chromium'
import { startNextServer } from './lib/nextServer'
import { run } from './lib/run'

type Stage = 'unit' | 'int' | 'e2e'
type Result = {
  stage: Stage
  passed: number
  failed: number
  skipped: number
  seconds: number
  note?: string
  /** "file › test" of each failed test, so the summary at the end of a long log names them. */
  failures: string[]
}

const wanted = process.argv.slice(2).filter((a): a is Stage => ['unit', 'int', 'e2e'].includes(a))
const stages: Stage[] = wanted.length ? wanted : ['unit', 'int', 'e2e']
const fileFilters = process.argv.slice(2).filter((a) => !['unit', 'int', 'e2e'].includes(a))
const results: Result[] = []
const cleanups: (() => Promise<void>)[] = []
const log = (line: string) => console.log(`\n[test] ${line}`)
const secret = 'test-secret-' + 'x'.repeat(40)
const seedPassword = 'portal-test-password'
process.env.NEXT_TELEMETRY_DISABLED = '1'

async function vitest(stage: Stage, env: Record<string, string>): Promise<void> {
  fs.mkdirSync('tmp', { recursive: true })
  const report = path.join('tmp', `vitest-${stage}.json`)
  fs.rmSync(report, { force: true })
  const started = Date.now()
  let failedRun = false
  try {
    await run(
      'node_modules/.bin/vitest',
      [
        'run',
        '--project',
        stage,
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
        '--passWithNoTests',
        ...fileFilters,
      ],
      {
        env: { ...process.env, ...env },
      },
    )
  } catch {
    failedRun = true
  }
  const json = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, 'utf8')) : null
  const result: Result = {
    stage,
    passed: json?.numPassedTests ?? 0,
    failed: json?.numFailedTests ?? 0,
    skipped: (json?.numPendingTests ?? 0) + (json?.numTodoTests ?? 0),
    seconds: (Date.now() - started) / 1000,
    failures: failedTests(json),
  }
  if (failedRun && result.failed === 0) {
    result.failed = 1
    result.note = 'the runner failed outside any test (see its output above)'
  }
  results.push(result)
}

type VitestReport = {
  testResults?: {
    name: string
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[]
  }[]
}

function failedTests(json: VitestReport | null): string[] {
  return (json?.testResults ?? []).flatMap((file) =>
    (file.assertionResults ?? [])
      .filter((t) => t.status === 'failed')
      .map((t) => {
        const reason = t.failureMessages?.[0]?.split('\n')[0] ?? ''
        return `${path.relative(process.cwd(), file.name)} › ${t.fullName}${reason ? `\n      ${reason}` : ''}`
      }),
  )
}

async function freshDatabase(base: string, label: string, template?: string): Promise<string> {
  const name = `cq_${label}_${Date.now()}_${process.pid}`
  const url = await createDatabase(base, name, template)
  cleanups.push(() => dropDatabase(base, name))
  return url
}

async function main() {
  if (stages.includes('unit')) {
    log('unit tests')
    await vitest('unit', {})
  }
  if (!stages.includes('int') && !stages.includes('e2e')) return

  const server = await openDatabaseServer(log)
  cleanups.push(server.stop)
  const base = server.url
  const template = await freshDatabase(base, 'template')
  log(`migrating a fresh template database on ${new URL(base).host}`)
  const migrateEnv = {
    ...process.env,
    DATABASE_URL: template,
    PAYLOAD_SECRET: secret,
    PAYLOAD_JOBS_AUTORUN: 'false',
  }
  await run('node_modules/.bin/tsx', ['scripts/migrate.ts'], { env: migrateEnv })
  const templateName = new URL(template).pathname.slice(1)

  if (stages.includes('int')) {
    log('integration tests')
    const url = await freshDatabase(base, 'int', templateName)
    const media = fs.mkdtempSync(path.join(os.tmpdir(), 'cq-int-media-'))
    cleanups.push(async () => fs.rmSync(media, { recursive: true, force: true }))
    await vitest('int', { TEST_DATABASE_URL: url, PAYLOAD_SECRET: secret, MEDIA_DIR: media })
  }

  if (stages.includes('e2e')) {
    const chromium = findChromium()
    if (!chromium) {
      const how = 'install it with: apt-get install -y chromium (or set CHROME_PATH)'
      if (process.env.CI) throw new Error(`e2e tests need Chromium and none was found; ${how}`)
      console.warn(`\n\x1b[41m E2E NOT RUN \x1b[0m no Chromium found; ${how}\n`)
      results.push({
        stage: 'e2e',
        passed: 0,
        failed: 0,
        skipped: 0,
        seconds: 0,
        note: 'NOT RUN: no Chromium',
        failures: [],
      })
      return
    }
    log('end-to-end tests: seeding a fresh database')
    const url = await freshDatabase(base, 'e2e', templateName)
    const env = {
      ...process.env,
      DATABASE_URL: url,
      PAYLOAD_SECRET: secret,
      SEED_PASSWORD: seedPassword,
    }
    await run('node_modules/.bin/tsx', ['scripts/seed.ts'], { env: { ...env, NODE_ENV: 'test' } })
    await ensureBuild(env, (l) => log(l))
    // The server's output also goes to a file, so a test can check what it logged.
    const serverLog = path.resolve('tmp', 'e2e-server.log')
    const site = await startNextServer(await freePort(), env, { logFile: serverLog })
    cleanups.push(async () => site.stop())
    log(`end-to-end tests against ${site.url} with ${chromium}`)
    await vitest('e2e', {
      // Not BASE_URL: Vite owns that name and sets it to "/" inside Vitest.
      E2E_BASE_URL: site.url,
      CHROME_PATH: chromium,
      SEED_PASSWORD: seedPassword,
      TEST_DATABASE_URL: url,
      PAYLOAD_SECRET: secret,
      E2E_SERVER_LOG: serverLog,
    })
  }
}

let crashed: unknown
try {
  await main()
} catch (error) {
  crashed = error
  console.error(error)
}
for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => console.error('cleanup:', e))

console.log('\n[test] summary')
for (const r of results) {
  console.log(
    `  ${r.stage.padEnd(5)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped in ${r.seconds.toFixed(1)} s${r.note ? ` — ${r.note}` : ''}`,
  )
  for (const failure of r.failures) console.log(`    ✗ ${failure}`)
}
const passed = results.reduce((n, r) => n + r.passed, 0)
const failed = results.reduce((n, r) => n + r.failed, 0) + (crashed ? 1 : 0)
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
