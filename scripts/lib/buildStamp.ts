import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const sources = [
  'app',
  'access',
  'blocks',
  'collections',
  'components',
  'fields',
  'globals',
  'hooks',
  'i18n',
  'lib',
  'messages',
  'migrations',
  'public',
  'next.config.mjs',
  'payload.config.ts',
  'proxy.ts',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
]

function walk(entry: string, out: string[]) {
  if (!fs.existsSync(entry)) return
  const stat = fs.statSync(entry)
  if (stat.isDirectory())
    for (const name of fs.readdirSync(entry).sort()) walk(path.join(entry, name), out)
  else out.push(entry)
}

/** A hash of everything the build reads, so a start rebuilds only when the source changed. */
export function sourceHash(): string {
  const files: string[] = []
  for (const s of sources) walk(s, files)
  const hash = crypto.createHash('sha256')
  for (const file of files) hash.update(file).update(fs.readFileSync(file))
  return hash.digest('hex')
}

const stampFile = path.join('.next', 'source-hash')

export function buildIsCurrent(): boolean {
  return (
    fs.existsSync(path.join('.next', 'BUILD_ID')) &&
    fs.existsSync(stampFile) &&
    fs.readFileSync(stampFile, 'utf8') === sourceHash()
  )
}

export function stampBuild(): void {
  fs.writeFileSync(stampFile, sourceHash())
}
