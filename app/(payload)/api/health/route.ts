import { checkDatabase } from '@/lib/health'

export const dynamic = 'force-dynamic'

/** 200 only when the database answers; load balancers and compose healthchecks poll it. */
export async function GET() {
  const db = await checkDatabase()
  return Response.json(
    {
      status: db.ok ? 'ok' : 'unavailable',
      database: db.ok ? 'up' : 'down',
      latencyMs: db.latencyMs,
    },
    { status: db.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}
