import fs from 'node:fs'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

type FileArgs = { params: { filename: string } }

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile()
  } catch {
    // Not there, or a name no file can have (too long, a NUL byte).
    return false
  }
}

/**
 * An upload handler that answers 404 for a file that is not in the upload folder. Payload answers
 * a missing file with a 500 (to it, a document whose file was lost), and so it answers every
 * made-up name a visitor asks for.
 */
export function missingFileNotFound(staticDir: string) {
  const dir = path.resolve(staticDir)
  return (_req: PayloadRequest, { params: { filename } }: FileArgs): Response | void => {
    const file = path.resolve(dir, filename)
    // Payload refuses names that leave the folder itself, with a 400.
    if (!file.startsWith(dir + path.sep)) return
    if (!isFile(file)) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
  }
}
