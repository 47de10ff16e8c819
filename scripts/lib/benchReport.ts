import fs from 'node:fs'
import path from 'node:path'

/** Writes bench/<kind>-<date>.json (git ignores them) and returns its path. */
export function writeBenchReport(kind: string, report: { date: string }): string {
  fs.mkdirSync('bench', { recursive: true })
  const file = path.join('bench', `${kind}-${report.date.replace(/[:.]/g, '-')}.json`)
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n')
  return file
}
