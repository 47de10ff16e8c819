import fs from 'node:fs'

/** The e2e server's output, which scripts/test.ts also writes to this file. */
function logPath(): string {
  if (!process.env.E2E_SERVER_LOG)
    throw new Error('e2e tests need E2E_SERVER_LOG; run them through `npm test`.')
  return process.env.E2E_SERVER_LOG
}

/** Where the log ends now, to read only what a test's own requests make the server write. */
export const serverLogOffset = (): number => fs.statSync(logPath()).size

export function serverLogSince(offset: number): string {
  const fd = fs.openSync(logPath(), 'r')
  try {
    const size = fs.fstatSync(fd).size
    const buffer = Buffer.alloc(Math.max(0, size - offset))
    fs.readSync(fd, buffer, 0, buffer.length, offset)
    return buffer.toString('utf8')
  } finally {
    fs.closeSync(fd)
  }
}
