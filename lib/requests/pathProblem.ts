/**
 * Longer path segments are never real addresses (slugs stop at 80 characters), and Next's page
 * cache, which stores a page under its path, cannot write a name longer than 255 bytes. Measured
 * encoded, so it also bounds the decoded name in bytes.
 */
export const maxSegmentLength = 200

export type PathProblem = 'undecodable' | 'overlong'

/** What is wrong with a raw (still percent-encoded) path, before Next tries to route it. */
export function pathProblem(pathname: string): PathProblem | null {
  try {
    decodeURIComponent(pathname)
  } catch {
    return 'undecodable'
  }
  return pathname.split('/').some((s) => s.length > maxSegmentLength) ? 'overlong' : null
}
