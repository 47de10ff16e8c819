/**
 * `npm run backup [-- --out DIR]`: a timestamped folder with the database (gzipped JSON of every
 * table) and a copy of the media folder. Restore it with `npm run restore -- DIR`.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import nextEnv from '@next/env'

import { openDatabase } from './lib/database'
import { dumpDatabase } from './lib/dump'

nextEnv.loadEnvConfig(process.cwd())
const outIndex = process.argv.indexOf('--out')
const root = path.resolve(outIndex > 0 ? process.argv[outIndex + 1] : 'backups')
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const dir = path.join(root, `backup-${stamp}`)

const db = await openDatabase(() => {})
try {
  const started = Date.now()
  const dump = await dumpDatabase(db.url)
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'database.json.gz'), zlib.gzipSync(JSON.stringify(dump)))
  const media = path.resolve(process.env.MEDIA_DIR || 'media')
  if (fs.existsSync(media)) fs.cpSync(media, path.join(dir, 'media'), { recursive: true })
  const rows = Object.values(dump.tables).reduce((n, t) => n + t.length, 0)
  console.log(
    `backup written to ${dir}: ${Object.keys(dump.tables).length} tables, ${rows} rows (${Date.now() - started} ms)`,
  )
} finally {
  await db.stop()
}
process.exit(0)
