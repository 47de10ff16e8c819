import pg from 'pg'

export type Dump = { createdAt: string; tables: Record<string, unknown[]> }

/** Payload's own bookkeeping is rebuilt by the migrations on restore, not copied. */
const skipped = new Set(['payload_migrations'])

async function tablesOf(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>(
    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name",
  )
  return rows.map((r) => r.table_name).filter((t) => !skipped.has(t))
}

/**
 * Every table as JSON rows. Going through JSON rather than pg_dump keeps backups independent of
 * the client tools' major version (the embedded server is 17, distributions ship older pg_dump).
 */
export async function dumpDatabase(url: string): Promise<Dump> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const tables: Dump['tables'] = {}
    await client.query('begin isolation level repeatable read read only')
    for (const table of await tablesOf(client)) {
      const { rows } = await client.query(
        `select coalesce(json_agg(t), '[]'::json) as rows from "${table}" t`,
      )
      tables[table] = rows[0].rows
    }
    await client.query('commit')
    return { createdAt: new Date().toISOString(), tables }
  } finally {
    await client.end()
  }
}

/** Loads a dump into a migrated, empty database, then moves every id sequence past its rows. */
export async function loadDump(url: string, dump: Dump): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const counts: Record<string, number> = {}
  try {
    await client.query('begin')
    // Foreign keys are checked by the source database already; load tables in any order.
    await client.query('set local session_replication_role = replica')
    const present = new Set(await tablesOf(client))
    for (const [table, rows] of Object.entries(dump.tables)) {
      if (!present.has(table))
        throw new Error(`the backup has a table "${table}" this schema lacks`)
      const { rows: existing } = await client.query(`select count(*)::int as n from "${table}"`)
      if (existing[0].n > 0) throw new Error(`restore needs an empty database; "${table}" has rows`)
      if (rows.length) {
        await client.query(
          `insert into "${table}" select * from json_populate_recordset(null::"${table}", $1::json)`,
          [JSON.stringify(rows)],
        )
      }
      counts[table] = rows.length
    }
    const { rows: sequences } = await client.query<{ table_name: string; column_name: string }>(
      "select table_name, column_name from information_schema.columns where table_schema = 'public' and column_default like 'nextval(%'",
    )
    for (const { table_name, column_name } of sequences) {
      await client.query(
        `select setval(pg_get_serial_sequence('"${table_name}"', '${column_name}'), coalesce((select max("${column_name}") from "${table_name}"), 0) + 1, false)`,
      )
    }
    await client.query('commit')
    return counts
  } catch (error) {
    await client.query('rollback').catch(() => {})
    throw error
  } finally {
    await client.end()
  }
}
