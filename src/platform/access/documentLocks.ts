import type {
  Access,
  CollectionBeforeChangeHook,
  PayloadRequest,
  Plugin,
  SanitizedConfig,
  Where,
} from 'payload'

import { refused } from '@/platform/i18n'

import { asSystem } from './asUser'
import { honestWrite } from './honestWrites'
import { capRead } from './queryLimits'
import { isAdminUser, isStaffUser } from '@/platform/roles'

/** Payload's own collection of document locks (added by Payload after every plugin ran). */
export const LOCKS_SLUG = 'payload-locked-documents'

/** A lock nobody renewed (by editing) for this long is gone: the next person may edit. */
export const LOCK_IDLE_SECONDS = 600

/**
 * Every collection and global that locks its documents keeps a lock for 10 idle minutes (Payload's
 * default is 5, set per entity). The lock's holder is shown by name and Vietnam time (see
 * scripts/patchPayloadUi.mjs).
 */
export const idleLocks: Plugin = (config) => {
  const withDuration = <T extends { lockDocuments?: unknown }>(entity: T): T =>
    entity.lockDocuments === false
      ? entity
      : { ...entity, lockDocuments: { duration: LOCK_IDLE_SECONDS } }
  return {
    ...config,
    collections: (config.collections ?? []).map(withDuration),
    globals: (config.globals ?? []).map(withDuration),
  }
}

type LockTarget = { collection: string; id: number | string } | { global: string }

/**
 * Whether the caller may update the document or global a lock names, by that collection's own
 * update rule (a `Where` is checked against the document itself).
 */
export const mayUpdateTarget = async (
  req: PayloadRequest,
  target: LockTarget,
): Promise<boolean> => {
  if ('global' in target) {
    const global = req.payload.config.globals.find((g) => g.slug === target.global)
    if (!global) return false
    return Boolean(await global.access.update?.({ req }))
  }
  const collection = req.payload.config.collections.find((c) => c.slug === target.collection)
  if (!collection) return false
  const rule = collection.access.update
  // Ids are numbers on SQLite and strings on MongoDB; the rule only passes it through.
  const decision = rule ? await rule({ req, id: target.id as number }) : false
  if (decision === true) return true
  if (!decision) return false
  // A system count: the caller's own rule is applied as the filter.
  const { totalDocs } = await asSystem(req).count({
    collection: target.collection as never, // a slug read from the lock, checked above
    where: { and: [{ id: { equals: target.id } }, decision] },
  })
  return totalDocs > 0
}

/** Collections and globals whose update rule lets the caller change at least something. */
const updatableTargets = async (req: PayloadRequest) => {
  const collections: string[] = []
  for (const collection of req.payload.config.collections) {
    if (collection.slug === LOCKS_SLUG || collection.lockDocuments === false) continue
    // A rule that needs a document to decide (it reads `data`) counts as no.
    const decision = await Promise.resolve(collection.access.update?.({ req })).catch(() => false)
    if (decision) collections.push(collection.slug)
  }
  const globals: string[] = []
  for (const global of req.payload.config.globals) {
    const decision = await Promise.resolve(global.access.update?.({ req })).catch(() => false)
    if (decision) globals.push(global.slug)
  }
  return { collections, globals }
}

/** Staff (never a portal key) see their own locks and the locks on what they may change. */
const readLocks: Access = async ({ req }) => {
  if (!isStaffUser(req.user) || !req.user) return false
  if (isAdminUser(req.user)) return true
  const { collections, globals } = await updatableTargets(req)
  const where: Where = {
    or: [
      { 'user.value': { equals: req.user.id } },
      // One `equals` per collection: the SQL adapter queries a link's collection no other way.
      ...collections.map((slug) => ({ 'document.relationTo': { equals: slug } })),
      ...(globals.length > 0 ? [{ globalSlug: { in: globals } }] : []),
    ],
  }
  return where
}

/** Staff may lock; what and as whom is checked against the document by `lockAsSelf`. */
const writeLocks: Access = ({ req }) => isStaffUser(req.user)

/** A lock is removed only by whoever holds it (an admin may clear any). */
const deleteLocks: Access = ({ req }) => {
  if (!isStaffUser(req.user) || !req.user) return false
  if (isAdminUser(req.user)) return true
  return { 'user.value': { equals: req.user.id } }
}

type LockData = {
  document?: { relationTo?: string; value?: unknown } | null
  globalSlug?: string | null
  user?: { relationTo?: string; value?: unknown } | null
}

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/**
 * A lock names its holder and what it locks: only the caller, only on a document they may update.
 * Payload's admin makes and refreshes locks itself (through the database, not this API).
 */
const lockAsSelf: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user) throw refused(req, 'error.forbidden', undefined, 403)
  const merged = { ...(originalDoc as LockData | undefined), ...(data as LockData) }
  const holder = merged.user
  if (
    !holder ||
    holder.relationTo !== req.user.collection ||
    String(idOf(holder.value)) !== String(req.user.id)
  )
    throw refused(req, 'error.forbidden', undefined, 403)
  const documentId = idOf(merged.document?.value)
  const target: LockTarget | null =
    merged.document?.relationTo &&
    (typeof documentId === 'number' || typeof documentId === 'string')
      ? { collection: merged.document.relationTo, id: documentId }
      : merged.globalSlug
        ? { global: merged.globalSlug }
        : null
  if (!target || !(await mayUpdateTarget(req, target)))
    throw refused(req, 'error.forbidden', undefined, 403)
  return data
}

/**
 * Payload adds its lock collection after every plugin ran, open to any signed-in user: a portal key
 * could lock any document in anyone's name. This replaces its rules on the built configuration.
 */
export const guardDocumentLocks = (config: SanitizedConfig): SanitizedConfig => {
  const locks = config.collections.find((collection) => collection.slug === LOCKS_SLUG)
  if (!locks) return config
  locks.access = {
    ...locks.access,
    read: readLocks,
    create: writeLocks,
    update: writeLocks,
    delete: deleteLocks,
  }
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), lockAsSelf]
  // Plugins ran before Payload added this collection: it gets their read caps and honest writes here.
  locks.hooks.beforeOperation = [capRead, ...(locks.hooks.beforeOperation ?? []), honestWrite]
  return config
}
