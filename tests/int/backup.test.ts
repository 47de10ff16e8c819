import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createDatabase, dropDatabase } from '@/scripts/lib/databases'

import { unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { runScript } from '../helpers/runScript'

const source = process.env.TEST_DATABASE_URL!
const targetName = `cq_restore_${unique()}`
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cq-backup-'))

async function rowCounts(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = 'public' and table_name <> 'payload_migrations'",
  )
  const counts: Record<string, number> = {}
  for (const { table_name } of rows) {
    counts[table_name] = (
      await client.query(`select count(*)::int as n from "${table_name}"`)
    ).rows[0].n
  }
  await client.end()
  return counts
}

describe('backup and restore', () => {
  let target: string
  let articleId: number
  let slug: string

  beforeAll(async () => {
    const payload = await testPayload()
    slug = `backup-${unique()}`
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Cableway over the Yangtze', category: 'travel', slug, _status: 'published' },
      context: { disableRevalidate: true },
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'zh',
      data: { title: '长江索道' },
      context: { disableRevalidate: true },
    })
    articleId = article.id
    fs.mkdirSync(process.env.MEDIA_DIR!, { recursive: true })
    fs.writeFileSync(path.join(process.env.MEDIA_DIR!, 'kept.txt'), 'a media file')
    const server = new URL(source)
    server.pathname = '/postgres'
    target = await createDatabase(server.toString(), targetName)
  })

  afterAll(async () => {
    const server = new URL(source)
    server.pathname = '/postgres'
    await dropDatabase(server.toString(), targetName)
    fs.rmSync(tmp, { recursive: true, force: true })
  })

  it('round-trips the database and the media folder into an empty database', async () => {
    runScript('backup', ['--out', tmp], { DATABASE_URL: source })
    const [backup] = fs.readdirSync(tmp)
    expect(backup).toMatch(/^backup-\d{4}-\d{2}-\d{2}T/)
    const restoredMedia = path.join(tmp, 'restored-media')
    runScript('restore', [path.join(tmp, backup)], {
      DATABASE_URL: target,
      MEDIA_DIR: restoredMedia,
    })

    expect(await rowCounts(target)).toEqual(await rowCounts(source))
    expect(fs.readFileSync(path.join(restoredMedia, 'kept.txt'), 'utf8')).toBe('a media file')

    const client = new pg.Client({ connectionString: target })
    await client.connect()
    const { rows } = await client.query(
      'select l._locale, l.title from articles a join articles_locales l on l._parent_id = a.id where a.id = $1 order by l._locale',
      [articleId],
    )
    const next = await client.query(
      "select nextval(pg_get_serial_sequence('articles', 'id'))::int as id",
    )
    await client.end()
    expect(rows).toEqual([
      { _locale: 'en', title: 'Cableway over the Yangtze' },
      { _locale: 'zh', title: '长江索道' },
    ])
    // New documents after a restore must not collide with restored ids.
    expect(next.rows[0].id).toBeGreaterThan(articleId)
  }, 120_000)

  it('refuses to restore over a database that has content', () => {
    const [backup] = fs.readdirSync(tmp).filter((f) => f.startsWith('backup-'))
    expect(() => runScript('restore', [path.join(tmp, backup)], { DATABASE_URL: source })).toThrow(
      /empty database/,
    )
  }, 120_000)
})
