import type {
  CollectionBeforeOperationHook,
  FlattenedField,
  PayloadRequest,
  Plugin,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import { asSystem, asUser } from '@/platform/access/asUser'
import { refused } from '@/platform/i18n'
import { fieldLabel } from '@/platform/input/labels'

type WriteArgs = {
  id?: number | string
  where?: Where
  data?: Record<string, unknown>
  overrideAccess?: boolean
  draft?: boolean
}

/** How many documents a bulk write looks at when it compares what it may change (the admin sends 100). */
const BULK_CHECK_LIMIT = 1000

/** Made for a caller through the API (REST, GraphQL, the admin), not system work. */
const callerMade = (args: WriteArgs, req: PayloadRequest): boolean =>
  args.overrideAccess !== true && Boolean(req.payloadAPI !== 'local' || req.user)

/** A value as stored, whatever form it arrived in: `{ id }` objects and polymorphic links as ids. */
const normalise = (value: unknown): unknown => {
  // Empty in any form is the same (an unticked box, an empty list, a cleared text).
  if (value === undefined || value === '' || value === false) return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalise)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('relationTo' in record && 'value' in record)
      return `${String(record.relationTo)}:${String(normalise(record.value))}`
    if ('id' in record && Object.keys(record).length > 1) return String(record.id)
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, normalise(record[key])]),
    )
  }
  if (typeof value === 'number') return String(value)
  return value
}

const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(normalise(a)) === JSON.stringify(normalise(b))

/**
 * Fields the caller sent but may not change (their `access.update` says no) and that differ from the
 * stored value: Payload would drop them silently and answer 200; they are refused instead. An
 * unchanged value (the admin sends every field of its form, read-only ones too) passes.
 */
const forbiddenChange = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  data: Record<string, unknown>,
  docs: readonly Record<string, unknown>[],
): Promise<FlattenedField | undefined> => {
  for (const field of collection.flattenedFields) {
    if (!('name' in field) || !(field.name in data) || !field.access?.update) continue
    for (const doc of docs) {
      const allowed = await field.access.update({
        req,
        id: doc.id as number, // a number on SQLite, a string on MongoDB: passed through as stored
        data,
        doc,
        siblingData: data,
      })
      if (!allowed && !sameValue(data[field.name], doc[field.name])) return field
    }
  }
  return undefined
}

/** The documents a write is about, as stored (the latest draft where drafts are kept). */
const targets = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  args: WriteArgs,
): Promise<Record<string, unknown>[]> => {
  // System read: the documents' stored values, to compare with what the caller sent.
  const slug = collection.slug as never // a slug from the collection's own config
  if (args.id !== undefined) {
    const doc = await asSystem(req)
      .findByID({ collection: slug, id: args.id, depth: 0, draft: true })
      .catch(() => null)
    return doc ? [doc as Record<string, unknown>] : []
  }
  const { docs } = await asUser(req).find({
    collection: slug,
    where: args.where,
    depth: 0,
    limit: BULK_CHECK_LIMIT,
    draft: true,
  })
  return docs as Record<string, unknown>[]
}

/**
 * A bulk write by `where` that reaches documents the caller can see but not change, or that can
 * change nothing it names, is refused with 403 rather than answered 200 with nothing done. Only
 * documents the caller may read count, so the answer tells nothing about the ones they may not.
 */
const refuseOutOfReach = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  operation: 'update' | 'delete',
  args: WriteArgs,
): Promise<void> => {
  const rule = collection.access[operation]
  const decision = rule ? await rule({ req, data: args.data }) : false
  if (decision === true) return
  if (decision === false) throw refused(req, 'error.forbidden', undefined, 403)
  const slug = collection.slug as never // a slug from the collection's own config
  const where = args.where ?? {}
  const { totalDocs: visible } = await asUser(req).count({ collection: slug, where })
  const { totalDocs: writable } = await asUser(req).count({
    collection: slug,
    where: { and: [where, decision] },
  })
  if (writable === 0 || writable < visible) throw refused(req, 'error.forbidden', undefined, 403)
}

export /** Whether the collection's update rule lets the caller change this one document. */
const mayWriteDocument = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  args: WriteArgs,
): Promise<boolean> => {
  const rule = collection.access.update
  const decision = rule
    ? await rule({ req, id: args.id as number, data: args.data }) // the id as stored, passed through
    : false
  if (decision === true || decision === false) return decision
  // System read: the update rule's own constraint is the filter, so reading rights must not narrow it.
  const { totalDocs } = await asSystem(req).count({
    collection: collection.slug as never, // a slug from the collection's own config
    where: { and: [{ id: { equals: args.id } }, decision] },
  })
  return totalDocs > 0
}

export const honestWrite: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const write = args as WriteArgs
  if ((operation !== 'update' && operation !== 'delete') || !callerMade(write, req)) return args
  const bulk = write.id === undefined && write.where !== undefined
  if (bulk) await refuseOutOfReach(req, collection, operation, write)
  // A write the collection's own rule refuses is Payload's to answer (403 or 404, as ever).
  if (!bulk && !(await mayWriteDocument(req, collection, write))) return args
  if (operation === 'update' && write.data && typeof write.data === 'object') {
    const field = await forbiddenChange(
      req,
      collection,
      write.data,
      await targets(req, collection, write),
    )
    if (field)
      throw refused(
        req,
        'error.fieldForbidden',
        { field: fieldLabel(req, collection.slug, field.name) ?? field.name },
        403,
      )
  }
  return args
}

/**
 * Every write answers what it did: a change the caller may not make is a 403 with its reason, never
 * a 200 that changed nothing (bulk writes by `where` included).
 */
export const honestWritesPlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), honestWrite],
    },
  })),
})
