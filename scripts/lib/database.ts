import { dataDir, keptSecret } from './dataDir'
import { databaseExists, createDatabase } from './databases'
import { startEmbeddedPostgres } from './embeddedPostgres'

export type Database = {
  url: string
  embedded: boolean
  stop: () => Promise<void>
}

const embeddedPort = Number(process.env.EMBEDDED_PG_PORT || 54329)

/**
 * DATABASE_URL when set (never an embedded server then); otherwise the embedded PostgreSQL in
 * `.data/`, started here or joined if `npm start` already runs it.
 */
export async function openDatabase(log = console.log): Promise<Database> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }
  const started = Date.now()
  const pg = await startEmbeddedPostgres(dataDir, embeddedPort)
  const name = 'chongqing'
  const server = pg.url('postgres')
  if (!(await databaseExists(server, name))) await createDatabase(server, name)
  log(
    `✓ embedded PostgreSQL on 127.0.0.1:${embeddedPort} (${Date.now() - started} ms${pg.started ? '' : ', already running'})`,
  )
  return { url: pg.url(name), embedded: true, stop: pg.stop }
}

/** In demo mode the session secret is generated once and kept in `.data/`. */
export function demoSecret(): string {
  return process.env.PAYLOAD_SECRET || keptSecret('payload-secret', 48)
}
