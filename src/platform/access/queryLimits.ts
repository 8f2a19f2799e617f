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
 * The Local API (the admin's own views, system work) is unchanged.
 */
export const capRead: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local' || isAdminUser(req.user)) return args
  const read = args as ReadArgs
  const limit = Number(read.limit)
  const unbounded = read.pagination === false || !Number.isFinite(limit) || limit <= 0
  if (read.limit !== undefined && (unbounded || limit > MAX_PAGE)) read.limit = MAX_PAGE
  if (read.pagination === false) {
    read.pagination = true
    read.limit = MAX_PAGE
  }
  if (read.depth !== undefined && Number(read.depth) > MAX_DEPTH) read.depth = MAX_DEPTH
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
