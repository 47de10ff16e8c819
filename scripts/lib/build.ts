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
