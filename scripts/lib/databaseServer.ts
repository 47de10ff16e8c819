import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { canConnect, withDatabase } from './databases'
import { freePort, startEmbeddedPostgres } from './embeddedPostgres'

export type DatabaseServer = {
  /** A URL to the server's `postgres` database; scratch databases are created beside it. */
  url: string
  /** Stops and removes an embedded server started for this run; nothing otherwise. */
  stop: () => Promise<void>
}

/**
 * A PostgreSQL server to create scratch databases on: DATABASE_URL's server, the machine's on
 * 127.0.0.1:5432, or an embedded one in a temporary folder — the first that answers.
 * TEST_DATABASE_SERVER=embedded skips the other two, to prove the path a bare machine takes.
 */
export async function openDatabaseServer(log = console.log): Promise<DatabaseServer> {
  const forceEmbedded = process.env.TEST_DATABASE_SERVER === 'embedded'
  const none = async () => {}
  if (process.env.DATABASE_URL && !forceEmbedded)
    return { url: withDatabase(process.env.DATABASE_URL, 'postgres'), stop: none }
  const local = 'postgres://postgres@127.0.0.1:5432/postgres'
  if (!forceEmbedded && (await canConnect(local))) return { url: local, stop: none }
  log(
    `${forceEmbedded ? 'as asked' : 'no PostgreSQL answered'}; starting an embedded one for this run`,
  )
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cq-pg-'))
  fs.chmodSync(dir, 0o755)
  const pg = await startEmbeddedPostgres(dir, await freePort())
  return {
    url: pg.url('postgres'),
    stop: async () => {
      await pg.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
