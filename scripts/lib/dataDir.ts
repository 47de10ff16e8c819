import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** `.data/`: the embedded cluster, the demo secret and the demo password. Git-ignored. */
export const dataDir = path.resolve(process.env.DATA_DIR || '.data')

/** A value generated once and kept in `.data/<name>`. */
export function keptSecret(name: string, bytes = 32): string {
  const file = path.join(dataDir, name)
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(dataDir, { recursive: true })
  const value = crypto.randomBytes(bytes).toString('base64url')
  fs.writeFileSync(file, value + '\n', { mode: 0o600 })
  return value
}
