import { feedRoutes } from '@/modules/delivery/feeds'
import { openApiRoutes } from './openapi'
import type { PublicRoute } from '@/modules/delivery/types'
import { operationRoutes } from './operation'
import { apiOperations } from './routes'

/**
 * Portal delivery, read side: the public API v1 (/api/public/v1/…), its OpenAPI document and docs
 * page, and the article and FAQ feeds (/feeds/…). All shared: the same bytes for every caller.
 */
export const publicApiRoutes: PublicRoute[] = [
  ...operationRoutes(apiOperations),
  ...openApiRoutes(apiOperations),
  ...feedRoutes,
]
