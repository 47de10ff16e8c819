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
import { withRetryAfter } from '@/lib/retryAfter'

export const GET = withOutageAnswer(REST_GET(config))
export const POST = withOutageAnswer(withRetryAfter(REST_POST(config)))
export const DELETE = withOutageAnswer(REST_DELETE(config))
export const PATCH = withOutageAnswer(REST_PATCH(config))
export const PUT = withOutageAnswer(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
