import fs from 'node:fs'

/** Linux counts process CPU time in clock ticks of 1/100 s (`getconf CLK_TCK`). */
const tickMs = 10

/**
 * The processes listening on a local base URL's port (nginx's workers share its master's
 * socket), read from /proc; none when the server is elsewhere or this is not Linux.
 *
 * Its CPU time per request is the bench's steadiest figure: on a shared two-core machine,
 * requests per second move by a third between runs with whatever else is busy, and the load
 * tool's own CPU counts against the server's; the server's CPU per request moves by a few percent.
 */
export function localServerPids(base: string): number[] {
  const url = new URL(base)
  if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) return []
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80))
  const pids: number[] = []
  try {
    const sockets = new Set<string>()
    for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
      for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
        const [, local, , state, , , , , , inode] = line.trim().split(/\s+/)
        // 0A: listening.
        if (state === '0A' && parseInt(local?.split(':')[1] ?? '', 16) === port)
          sockets.add(`socket:[${inode}]`)
      }
    }
    for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      let fds: string[] = []
      try {
        fds = fs.readdirSync(`/proc/${pid}/fd`)
      } catch {
        continue // gone, or not ours to read
      }
      const listens = fds.some((fd) => {
        try {
          return sockets.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))
        } catch {
          return false // closed meanwhile
        }
      })
      if (listens) pids.push(Number(pid))
    }
  } catch {
    return [] // no /proc
  }
  return pids
}

/** User and system CPU time, in ms, that these processes have used so far. */
export function cpuMs(pids: number[]): number {
  let ticks = 0
  for (const pid of pids) {
    // The fields after the command name, which may itself hold spaces and parentheses.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    ticks += Number(fields[11]) + Number(fields[12])
  }
  return ticks * tickMs
}
