/**
 * `npm run restore -- DIR`: migrates the (empty) target database, loads the backup's rows and
 * puts its media files back. Refuses a database that already has content.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import nextEnv from '@next/env'

import { demoSecret, openDatabase } from './lib/database'
import { loadDump, type Dump } from './lib/dump'
import { migrate, withPayload } from './lib/withPayload'

nextEnv.loadEnvConfig(process.cwd())
const dir = process.argv[2] && path.resolve(process.argv[2])
if (!dir || !fs.existsSync(path.join(dir, 'database.json.gz'))) {
  console.error('usage: npm run restore -- <backup folder containing database.json.gz>')
  process.exit(2)
}

const db = await openDatabase(() => {})
try {
  const dump = JSON.parse(
    zlib.gunzipSync(fs.readFileSync(path.join(dir, 'database.json.gz'))).toString(),
  ) as Dump
  await withPayload(db.url, db.embedded ? demoSecret() : process.env.PAYLOAD_SECRET || '', migrate)
  const counts = await loadDump(db.url, dump)
  const media = path.join(dir, 'media')
  if (fs.existsSync(media))
    fs.cpSync(media, path.resolve(process.env.MEDIA_DIR || 'media'), { recursive: true })
  const rows = Object.values(counts).reduce((n, c) => n + c, 0)
  console.log(
    `restored ${rows} rows in ${Object.keys(counts).length} tables from ${dir} (made ${dump.createdAt})`,
  )
} finally {
  await db.stop()
}
process.exit(0)
