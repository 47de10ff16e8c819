/**
 * Longer path segments are never real addresses (slugs stop at 80 characters): answered at once,
 * rather than rendered and cached under that name. Measured encoded, so it also bounds the decoded
 * name in bytes.
 */
export const maxSegmentLength = 200

export type PathProblem = 'undecodable' | 'overlong' | 'control'

/** What is wrong with a raw (still percent-encoded) path, before Next tries to route it. */
export function pathProblem(pathname: string): PathProblem | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return 'undecodable'
  }
  if (pathname.split('/').some((s) => s.length > maxSegmentLength)) return 'overlong'
  // A NUL or other control character is never part of an address; Next would drop it and answer
  // for the shorter path.
  return /[\u0000-\u001f\u007f]/.test(decoded) ? 'control' : null
}
