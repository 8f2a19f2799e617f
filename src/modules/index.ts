import type { AppModule } from '@/platform/module'
import * as platform from '@/platform'

import * as campaigns from './campaigns'
import * as content from './content'
import * as delivery from './delivery'
import * as messaging from './messaging'
import * as organisation from './organisation'

/**
 * The application's bounded contexts, in dependency order: platform ← organisation ← messaging ←
 * content, campaigns ← delivery. `payload.config.ts` assembles the app from this list.
 */
export const appModules: readonly AppModule[] = [
  platform,
  organisation,
  messaging,
  content,
  campaigns,
  delivery,
]
