/* Payload's GraphQL route (from its blank template), wrapped by the platform's guard: request ids,
 * a body that must be a GraphQL request, no bare 500 (src/platform/errors). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardedGraphql } from '@/platform/errors/routes'

export const POST = guardedGraphql(GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)
