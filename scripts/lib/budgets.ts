/**
 * DESIGN.md §7's performance budgets, as the bench scripts check them.
 *
 * One departs from DESIGN.md. It asks for first-load JavaScript <= 130 kB gzipped, reasoning that
 * React and the Next runtime alone are ~116 kB, which left ~14 kB for the portal's own code. On
 * the Next this project runs (16.4, Turbopack) that runtime, the chunks its build manifest lists
 * as `rootMainFiles`, is 129 kB before any page code: 130 kB would leave ~1 kB, less than a
 * language switcher. What DESIGN.md meant to hold down is what we add, so the budget is that
 * 14 kB on top of the runtime, and the bench reports the whole figure beside it. The split errs
 * against us: Next's client code outside `rootMainFiles` (its layout router, ~3.5 kB) counts as ours.
 */
export const budgets = {
  /** Gzipped JavaScript a first visit loads beyond Next's runtime, on every page type. */
  ownJavaScriptKB: 14,
  /**
   * p99 latency of every page the bench loads, at 10 and 50 connections. DESIGN.md sets it for
   * the site as deployed, behind the caching proxy (scripts/dev/nginx-in-front.sh measures that
   * here); the bench holds the app alone to it as well, which on a machine the load tool shares
   * tells a slow path from a fast one: a search passes the proxy (proxy.ts), a document does not.
   */
  p99Ms: 100,
  /** p95 of any one search query, and of all of them, over 10,000 documents. */
  searchP95Ms: 100,
  /** Lighthouse's mobile audit, per category, on every page type. */
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
} as const
