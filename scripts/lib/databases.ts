import pg from 'pg'

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}

async function onServer<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

export async function databaseExists(url: string, name: string): Promise<boolean> {
  return onServer(
    url,
    async (c) =>
      (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1,
  )
}

export async function createDatabase(
  url: string,
  name: string,
  template?: string,
): Promise<string> {
  await onServer(url, (c) =>
    c.query(`create database "${name}"${template ? ` template "${template}"` : ''}`),
  )
  return withDatabase(url, name)
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await onServer(url, (c) => c.query(`drop database if exists "${name}" with (force)`))
}

export async function canConnect(url: string): Promise<boolean> {
  try {
    await onServer(url, (c) => c.query('select 1'))
    return true
  } catch {
    return false
  }
}
