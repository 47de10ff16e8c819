import fs from 'node:fs'
import path from 'node:path'

import { buildIsCurrent, stampBuild } from './buildStamp'
import { run } from './run'

/** `next build` unless the last build is of the same source. Keeps .next/cache for speed. */
export async function ensureBuild(env: NodeJS.ProcessEnv, log = console.log): Promise<void> {
  if (buildIsCurrent()) {
    log('✓ build is current')
    return
  }
  log('… building the site (about a minute the first time)')
  const started = Date.now()
  await run('node_modules/.bin/next', ['build'], { env: { ...env, NODE_ENV: 'production' } })
  stampBuild()
  log(`✓ built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

/**
 * Next keeps its data cache (.next/cache/fetch-cache) and the pages it rendered on demand
 * (.next/server/route-cache) on disk, keyed by query and path, not by database. A server started
 * against another (or a reseeded) database must not serve those answers, so every start begins
 * with both empty; they refill on the first requests.
 */
export function clearRenderCaches(): void {
  for (const dir of ['cache/fetch-cache', 'server/route-cache'])
    fs.rmSync(path.join('.next', dir), { recursive: true, force: true })
}
