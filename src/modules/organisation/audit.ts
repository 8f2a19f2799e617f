import type { Payload, PayloadRequest } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { clientAddress } from '@/platform/clientAddress'
import { currentRequestId, REQUEST_ID_HEADER } from '@/platform/errors/requestScope'
import { slugs } from '@/platform/slugs'
import type { AuditAction } from '@/modules/organisation/domain/audit'

type Id = number | string

export type AuditEntry = {
  action: AuditAction
  /** The collection and document the action was about. */
  collection?: string
  documentId?: Id | null
  /** A short before/after summary (no secrets, no passwords). */
  summary?: Record<string, unknown> | null
  /** The unit the entry belongs to (viewers read their subtree's entries). */
  unit?: Id | null
  /** Who acted, when not the request's user (a failed sign-in names the account tried). */
  actor?: { id?: Id | null; email?: string | null } | null
}

const idOf = (value: Id | null | undefined): number | string | undefined =>
  value === null || value === undefined || value === '' ? undefined : value

/**
 * Appends an entry to the audit log: time, who, action, document, summary, client address and
 * request id. Written inside the request's transaction (an action that rolls back leaves no
 * entry); the log itself refuses every change through the API.
 */
export const audit = async (req: PayloadRequest, entry: AuditEntry): Promise<void> => {
  const user = req.user
  const actorId = entry.actor
    ? idOf(entry.actor.id)
    : user?.collection === slugs.users
      ? user.id
      : undefined
  const actorEmail =
    entry.actor?.email ?? (user && 'email' in user ? (user.email as string | undefined) : undefined)
  // The audit log is written by the system only; no one may write it through the API.
  await asSystem(req).create({
    collection: slugs.auditLog,
    data: {
      at: new Date().toISOString(),
      action: entry.action,
      actor: actorId === undefined ? undefined : (actorId as number),
      actorEmail: actorEmail ?? undefined,
      collection: entry.collection,
      documentId:
        entry.documentId === null || entry.documentId === undefined
          ? undefined
          : String(entry.documentId),
      summary: entry.summary ?? undefined,
      unit: idOf(entry.unit) as number | undefined,
      clientAddress: clientAddress(req),
      requestId: currentRequestId() ?? req.headers?.get(REQUEST_ID_HEADER) ?? undefined,
    },
    depth: 0,
  })
}

/** An entry for work the system did on its own (no request): a job, a pruning. */
export const auditSystem = async (payload: Payload, entry: AuditEntry): Promise<void> => {
  const { createLocalReq } = await import('payload')
  await audit(await createLocalReq({}, payload), entry)
}
