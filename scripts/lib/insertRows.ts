/** Payload's pg pool (payload.db.pool), or any pg client. */
export type Sql = {
  query: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

/**
 * Bulk insert: each chunk is one statement with one JSON parameter, which PostgreSQL turns into
 * rows of the table's own type, so enums, timestamps and numbers need no casts here. Columns the
 * rows leave out get their defaults. Explicit ids move the table's sequence past them.
 */
export async function insertRows(
  pool: Sql,
  table: string,
  rows: Record<string, unknown>[],
  chunk = 5000,
): Promise<void> {
  if (rows.length === 0) return
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))]
  const list = columns.map((c) => `"${c}"`).join(', ')
  for (let start = 0; start < rows.length; start += chunk) {
    await pool.query(
      `insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", $1)`,
      [JSON.stringify(rows.slice(start, start + chunk))],
    )
  }
  if (columns.includes('id'))
    await pool.query(
      `select setval(pg_get_serial_sequence('"${table}"', 'id'), (select max(id) from "${table}"))`,
    )
}
