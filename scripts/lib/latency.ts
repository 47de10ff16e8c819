export type Latency = { runs: number; p50: number; p95: number; max: number; mean: number }

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]
}

const round = (ms: number) => Math.round(ms * 10) / 10

export function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    runs: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted.at(-1) ?? 0),
    mean: round(sorted.reduce((sum, ms) => sum + ms, 0) / (sorted.length || 1)),
  }
}

/**
 * Times `work` `runs` times in a row (after `warm` untimed calls): milliseconds per run, and this
 * process's CPU time per run, which on a shared machine tells work from waiting.
 */
export async function timeRuns(work: () => Promise<unknown>, runs: number, warm = 2) {
  for (let i = 0; i < warm; i++) await work()
  const samples: number[] = []
  const cpu = process.cpuUsage()
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await work()
    samples.push(performance.now() - started)
  }
  const { user, system } = process.cpuUsage(cpu)
  return { samples, cpuMs: round((user + system) / 1000 / runs) }
}
