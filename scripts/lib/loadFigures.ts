import type { Result } from 'autocannon'

export type LoadFigures = {
  requestsPerSecond: number
  latencyP50ms: number
  latencyP99ms: number
  requests: number
  errors: number
  timeouts: number
  non2xx: number
  /** CPU the server used per request, when it runs on this machine (scripts/lib/serverCpu). */
  serverCpuMsPerRequest?: number
}

/** The figures the bench reports keep from one autocannon run (and the server's CPU time in it). */
export function loadFigures(result: Result, serverCpuMs?: number): LoadFigures {
  const perRequest = serverCpuMs === undefined ? undefined : serverCpuMs / result.requests.total
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50ms: result.latency.p50,
    latencyP99ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    ...(perRequest === undefined
      ? {}
      : { serverCpuMsPerRequest: Math.round(perRequest * 1000) / 1000 }),
  }
}

/** One console line: throughput, latency, and failures when there were any. */
export function describeFigures(label: string, f: LoadFigures): string {
  const failures = f.non2xx || f.errors ? `  (${f.non2xx} non-2xx, ${f.errors} errors)` : ''
  const cpu =
    f.serverCpuMsPerRequest === undefined ? '' : `  server CPU ${f.serverCpuMsPerRequest} ms/req`
  return `${label} ${String(f.requestsPerSecond).padStart(6)} req/s  p50 ${f.latencyP50ms} ms  p99 ${f.latencyP99ms} ms${cpu}${failures}`
}
