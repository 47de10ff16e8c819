/** The part of autocannon's API the bench scripts use (the package ships no types). */
declare module 'autocannon' {
  type Histogram = {
    average: number
    mean: number
    p50: number
    p90: number
    p99: number
    max: number
  }
  export type Result = {
    requests: Histogram & { total: number }
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    duration: number
    statusCodeStats: Record<string, { count: number }>
  }
  type Context = Record<string, unknown>
  type Request = {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
  }
  export type RequestStep = Request & {
    /** Called before each request; returns the request to send. */
    setupRequest?: (request: Request, context: Context) => Request
    onResponse?: (status: number, body: string, context: Context) => void
  }
  type Options = {
    url: string
    connections?: number
    duration?: number
    pipelining?: number
    method?: string
    headers?: Record<string, string>
    body?: string
    requests?: RequestStep[]
    /** Requests per second over all connections: a steady load instead of as fast as possible. */
    overallRate?: number
    /** Worker threads firing the requests (function options then need file paths). */
    workers?: number
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
