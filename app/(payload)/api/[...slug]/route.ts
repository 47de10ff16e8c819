import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { withOutageAnswer } from '@/lib/outage/withOutageAnswer'
import { withRestGuard } from '@/lib/restGuard'
import { withRetryAfter } from '@/lib/retryAfter'

const guard = withRestGuard(config)

export const GET = withOutageAnswer(guard(REST_GET(config)))
export const POST = withOutageAnswer(guard(withRetryAfter(REST_POST(config))))
export const DELETE = withOutageAnswer(guard(REST_DELETE(config)))
export const PATCH = withOutageAnswer(guard(REST_PATCH(config)))
export const PUT = withOutageAnswer(guard(REST_PUT(config)))
export const OPTIONS = REST_OPTIONS(config)
