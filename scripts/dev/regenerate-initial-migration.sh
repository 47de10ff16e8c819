#!/usr/bin/env bash
# Before the first release only: rebuild migrations/0001_initial from the current config, on a
# scratch database of the local PostgreSQL. After a release, add migrations with
# `npm run migrate:create -- name` instead, never rewrite this one.
set -euo pipefail
cd "$(dirname "$0")/../.."
server=${SCRATCH_PG:-postgres://postgres@127.0.0.1:5432}
db=cq_scratch_$$
psql "$server/postgres" -qc "create database $db"
trap 'psql "$server/postgres" -qc "drop database if exists $db with (force)"' EXIT
rm -f migrations/*.ts migrations/*.json
echo 'export const migrations = []' > migrations/index.ts
DATABASE_URL="$server/$db" PAYLOAD_JOBS_AUTORUN=false node_modules/.bin/payload migrate:create initial --skip-empty >/dev/null
for f in migrations/*_initial.*; do mv "$f" "migrations/0001_initial.${f##*.}"; done
cat > migrations/index.ts <<'TS'
import * as migration_0001_initial from './0001_initial'

export const migrations = [
  { up: migration_0001_initial.up, down: migration_0001_initial.down, name: '0001_initial' },
]
TS
DATABASE_URL="$server/$db" node_modules/.bin/payload generate:types >/dev/null
node_modules/.bin/payload generate:importmap >/dev/null
echo "migrations/0001_initial.ts, payload-types.ts and the admin import map regenerated"
