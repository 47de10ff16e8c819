import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withOutageAnswer } from '@/lib/outage/withOutageAnswer'
import { withJsonBody } from '@/lib/withJsonBody'

export const POST = withOutageAnswer(withJsonBody(GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)
