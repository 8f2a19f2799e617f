import type { CollectionBeforeOperationHook, Plugin } from 'payload'

import { isAdminUser } from '@/platform/roles'

/** The most documents one API read returns (the admin's largest page is 100). */
export const MAX_PAGE = 100
/** How deep relationships are filled in for anyone but an admin. */
export const MAX_DEPTH = 2

type ReadArgs = { limit?: number; depth?: number; pagination?: boolean }

/**
 * REST and GraphQL reads by anyone but an admin: at most `MAX_PAGE` documents a page (asking for
 * more, for 0 or for no pagination gets a page of that size) and relationships `MAX_DEPTH` deep.
 * Only what the client asked for is capped: over REST the values that came in the URL, over GraphQL
 * the query's arguments. The app's own reads (custom endpoints and exports through `asUser`, system
 * work, the public API's delivery layer, the admin's server-side views) keep theirs.
 */
export const capRead: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
  overrideAccess,
}) => {
  const read = args as ReadArgs & { overrideAccess?: boolean }
  if (operation !== 'read' || overrideAccess === true || read.overrideAccess === true) return args
  if (req.payloadAPI === 'local' || isAdminUser(req.user)) return args
  // Relationships filled in for a read already capped (Payload's batched loader) pass.
  if ((args as { currentDepth?: number }).currentDepth) return args
  const graphql = req.payloadAPI === 'GraphQL'
  const asked = (name: string, value: unknown) =>
    graphql || (req.searchParams?.get(name) ?? null) === String(value)
  const limit = Number(read.limit)
  if (
    read.limit !== undefined &&
    asked('limit', read.limit) &&
    (!Number.isFinite(limit) || limit <= 0 || limit > MAX_PAGE)
  )
    read.limit = MAX_PAGE
  if (read.pagination === false && asked('pagination', false)) {
    read.pagination = true
    read.limit = MAX_PAGE
  }
  if (read.depth !== undefined && asked('depth', read.depth) && Number(read.depth) > MAX_DEPTH)
    read.depth = MAX_DEPTH
  return args
}

export const queryLimitsPlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [capRead, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
