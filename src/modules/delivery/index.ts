import type { CollectionConfig, Endpoint, GlobalConfig, Plugin, TaskConfig } from 'payload'

import type { AppExtensions } from '@/platform/module'

import { publicContentRebuilt } from './cache/generation'
import { checkDeliverySettings } from './config'
import { PublicCacheState } from './globals/PublicCacheState'
import { publicCachePlugin } from './plugin'

/**
 * Delivery: what portals and citizens' browsers read without logging in — the public API v1 and its
 * OpenAPI document, RSS/Atom/JSON feeds, units' calendar feeds, the embeddable widget — behind a
 * response cache shared by every instance, and the fast path the production server answers them on.
 */
export const collections: CollectionConfig[] = []
export const globals: GlobalConfig[] = [PublicCacheState]
export const endpoints: Endpoint[] = []
export const tasks: TaskConfig[] = []
export { messages } from './messages'
export const plugins: Plugin[] = [publicCachePlugin]

export const extensions: Partial<AppExtensions> = {
  configChecks: [checkDeliverySettings],
  bulkRebuilders: [publicContentRebuilt],
}

export { exposeFastPath } from './cache/fastPath'
export { dispatchPublic, matchPublicRoute } from './registry'
