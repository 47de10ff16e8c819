import type { Result } from 'autocannon'

export type LoadFigures = {
  requestsPerSecond: number
  latencyP50ms: number
  latencyP99ms: number
  requests: number
  errors: number
  timeouts: number
  non2xx: number
}

/** The figures the bench reports keep from one autocannon run. */
export function loadFigures(result: Result): LoadFigures {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50ms: result.latency.p50,
    latencyP99ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  }
}

/** One console line: throughput, latency, and failures when there were any. */
export function describeFigures(label: string, f: LoadFigures): string {
  const failures = f.non2xx || f.errors ? `  (${f.non2xx} non-2xx, ${f.errors} errors)` : ''
  return `${label} ${String(f.requestsPerSecond).padStart(6)} req/s  p50 ${f.latencyP50ms} ms  p99 ${f.latencyP99ms} ms${failures}`
}
