import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import type { Article, Faq } from '@/payload-types'
import { publicChange, type WebhookEventType } from '@/modules/messaging'
import { canPublish } from '@/modules/content/domain/workflow'
import { refused } from '@/modules/content/i18n'

const DRAFT_SAVE = 'editorialDraftSave'
const liveKey = (collection: string, id: number | string) => `wasLive:${collection}:${id}`

/** Remembers whether this write only saves a draft (Payload tells operation hooks, not change hooks). */
export const rememberDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'updateByID') {
    req.context[DRAFT_SAVE] = Boolean((args as { draft?: boolean }).draft)
  }
  return args
}

/** Whether the write under way only saved a draft (the published version, if any, is unchanged). */
export const isDraftSave = (req: Pick<PayloadRequest, 'context'>): boolean =>
  req.context[DRAFT_SAVE] === true

/**
 * beforeChange, first of all: notes whether the document was live before this write. `originalDoc`
 * cannot say: with drafts on it is the latest version, which after a draft save is the draft while
 * the published document (what the public sees) is still live. So the stored document is read.
 */
export const rememberLiveState: CollectionBeforeChangeHook<Article | Faq> = async ({
  originalDoc,
  req,
  collection,
  operation,
}) => {
  if (operation !== 'update' || originalDoc?.id === undefined) return
  const stored = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
    collection: collection.slug,
    where: { id: { equals: originalDoc.id } },
    req,
  })
  req.context[liveKey(collection.slug, originalDoc.id)] = stored?._status === 'published'
}

/** Whether the document was on the public site before this write (as `rememberLiveState` found it). */
export const wasLive = (
  req: Pick<PayloadRequest, 'context'>,
  collection: string,
  id: number | string | undefined,
): boolean => id !== undefined && req.context[liveKey(collection, id)] === true

/**
 * What this write did to the public site: a first publication, an edit of live content, taking it
 * off, or nothing (a draft save). The one place that decides it, for the workflow and the webhooks.
 */
export const liveChange = (
  req: Pick<PayloadRequest, 'context'>,
  collection: string,
  id: number | string | undefined,
  after: { _status?: string | null },
): WebhookEventType | null =>
  publicChange(
    { _status: wasLive(req, collection, id) ? 'published' : 'draft' },
    after,
    isDraftSave(req),
  )

/**
 * beforeDelete: deleting live content takes it off the public site, so it needs the publish right
 * like unpublishing does. System work (no user) and admins pass.
 */
export const guardLiveDelete: CollectionBeforeDeleteHook = async ({ id, req, collection }) => {
  if (!req.user || canPublish(req.user)) return
  const stored = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
    collection: collection.slug,
    where: { id: { equals: id } },
    req,
  })
  if (stored?._status === 'published')
    throw refused(req, 'review.deleteLiveNotAllowed', undefined, 403)
}
