import { spawnSync } from 'node:child_process'

/**
 * Runs `scripts/<name>.ts` as `npm run <name>` would and returns what it printed. A failure says
 * how it ended as well as what it printed: a child killed by a signal prints nothing.
 */
export function runScript(name: string, args: string[], env: Record<string, string>): string {
  const result = spawnSync('node_modules/.bin/tsx', [`scripts/${name}.ts`, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })
  if (result.status === 0) return result.stdout
  const ended = result.error
    ? `could not run: ${result.error.message}`
    : result.signal
      ? `killed by ${result.signal}`
      : `exit code ${result.status}`
  throw new Error(`${name} failed (${ended}):\n${result.stdout}\n${result.stderr}`)
}
