import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

import { docCollections } from '../docCollections'
import { searchedFields, searchSources } from '../searchSources'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/**
 * Indexes Payload does not make, declared in its schema so that `migrate:create` keeps them
 * (migrations/0002_read_indexes creates them).
 */
export const addIndexes: SchemaHook = ({ schema, extendTable }) => {
  // Payload reads a document's translations by `_parent_id` alone, which its unique
  // (`_locale`, `_parent_id`) index cannot serve: each read scanned that index whole. The same
  // holds for the versions' translations, which drafts, previews and the admin read.
  const translationTables = [
    ...[...docCollections, 'media'].map((collection) => `${collection}_locales`),
    ...docCollections.map((collection) => `_${collection}_v_locales`),
  ]
  for (const name of translationTables) {
    extendTable({
      table: schema.tables[name],
      extraConfig: (table) => ({
        parent: index(`${name}_parent_id_idx`).on(table._parentID),
      }),
    })
  }
  // Trigrams (pg_trgm) let `like` (ILIKE '%word%') look the search's words up instead of
  // reading every translation. A word under three characters (a two-character Chinese word)
  // has no trigram; the locale's rows are then read, as before.
  for (const [type, source] of Object.entries(searchSources)) {
    const name = `${type}_locales`
    const fields = searchedFields(source)
    extendTable({
      table: schema.tables[name],
      extraConfig: (table) =>
        Object.fromEntries(
          fields.map((field) => [
            field,
            index(`${name}_${field}_trgm_idx`).using('gin', table[field].op('gin_trgm_ops')),
          ]),
        ),
    })
  }
  return schema
}
