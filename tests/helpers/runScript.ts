import { spawnSync } from 'node:child_process'

/**
 * A script that failed. `crashed`: it died rather than reported a failure, killed by a signal
 * (tsx ends with 128 + the signal's number when its child is) or ending without a word.
 */
export class ScriptFailed extends Error {
  constructor(
    message: string,
    readonly crashed: boolean,
  ) {
    super(message)
  }
}

/**
 * Runs `scripts/<name>.ts` as `npm run <name>` would and returns what it printed. A failure says
 * how it ended as well as what it printed.
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
  const printed = `${result.stdout ?? ''}${result.stderr ?? ''}`
  const killed = Boolean(result.signal) || (result.status ?? 0) > 128
  throw new ScriptFailed(`${name} failed (${ended}):\n${printed}`, killed || !printed.trim())
}
