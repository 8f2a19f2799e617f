import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  FieldHook,
} from 'payload'

import type { PersonalDataRequest } from '@/payload-types'
import { languageOfHeaders } from '@/platform/i18n/catalog'
import { isStaffUser } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { audit, type AuditAction } from '@/modules/organisation'
import {
  decideRequestChange,
  extendedDeadline,
  isOverdue,
  normaliseEmail,
  normalisePhone,
  requestDeadlines,
  type RequestStatus,
} from '@/modules/content/domain/personalDataRequests'
import { invalidField, refused } from '@/modules/content/i18n'
import { publicHolidays } from '@/modules/content/globals/PublicHolidays'

import { mailAcknowledgement } from './acknowledgement'

/**
 * Before anything the public files is stored (and before the anti-spam proof is spent): a way to
 * reach the person (email or phone) and the ticked declaration. Staff recording a request received
 * by letter or at the desk are not asked for the declaration.
 */
export const checkPublicRequest: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || (args as { overrideAccess?: boolean }).overrideAccess) return args
  const data = ((args as { data?: Record<string, unknown> }).data ??= {})
  if (!normaliseEmail(data.email) && !normalisePhone(data.phone))
    throw refused(req, 'pdr.contactRequired', undefined, 400)
  if (!isStaffUser(req.user) && data.declaration !== true)
    throw refused(req, 'pdr.declarationRequired', undefined, 400)
  // The person writes in the language they read: the form says it, else their browser does.
  data.language =
    data.language === 'en' || data.language === 'vi'
      ? data.language
      : languageOfHeaders(req.headers)
  return args
}

const STEPS = 'personalDataRequestSteps'

const dateOf = (value: string | null | undefined): Date | null => (value ? new Date(value) : null)

/**
 * Stamps what the system decides: on receipt the working-day deadlines; on a handler's change the
 * moves it allows (forward only, a refusal with its reason, one extension with its reason), who
 * handled it and when. The steps are left for `recordRequestSteps` to audit once stored.
 */
export const requestLifecycle: CollectionBeforeChangeHook<PersonalDataRequest> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const now = new Date()
  const steps: AuditAction[] = []
  if (operation === 'create') {
    const holidays = await publicHolidays(req)
    const { ackDueAt, dueAt } = requestDeadlines(now, holidays)
    data.receivedAt = now.toISOString()
    data.ackDueAt = ackDueAt.toISOString()
    data.dueAt = dueAt.toISOString()
    data.email = normaliseEmail(data.email)
    data.phone = data.phone?.trim() || null
    // A request starts received; staff recording one may only say it is already acknowledged.
    data.status =
      data.status === 'acknowledged' && isStaffUser(req.user) ? 'acknowledged' : 'received'
    steps.push('personalDataRequest.received')
    if (data.status === 'acknowledged') {
      data.acknowledgedAt = now.toISOString()
      steps.push('personalDataRequest.acknowledged')
    }
    if (req.user?.collection === slugs.users && isStaffUser(req.user)) data.handledBy = req.user.id
    req.context[STEPS] = steps
    return data
  }
  if (!originalDoc) return data
  const previous = originalDoc.status as RequestStatus
  const status = (data.status ?? previous) as RequestStatus
  const extensionReason = data.extensionReason ?? originalDoc.extensionReason ?? ''
  const extending =
    Boolean(data.extensionReason?.trim()) && data.extensionReason !== originalDoc.extensionReason
  const decision = decideRequestChange(
    { status: previous, extended: Boolean(originalDoc.extendedDueAt) },
    {
      status,
      extending,
      extensionReason,
      responseNote: data.responseNote ?? originalDoc.responseNote ?? '',
    },
  )
  if (!decision.ok) {
    const field =
      decision.problem === 'transition'
        ? 'status'
        : decision.problem === 'refusalNeedsReason'
          ? 'responseNote'
          : 'extensionReason'
    throw invalidField(req, slugs.personalDataRequests, field, `pdr.problem.${decision.problem}`)
  }
  if (extending) {
    const dueAt = dateOf(originalDoc.dueAt) ?? now
    data.extendedDueAt = extendedDeadline(dueAt).toISOString()
    steps.push('personalDataRequest.extended')
  }
  if (status !== previous) {
    if (status === 'acknowledged' || (previous === 'received' && status !== 'refused'))
      data.acknowledgedAt = originalDoc.acknowledgedAt ?? now.toISOString()
    if (status === 'acknowledged') steps.push('personalDataRequest.acknowledged')
    if (status === 'inProgress') steps.push('personalDataRequest.inProgress')
    if (status === 'completed' || status === 'refused') {
      data.completedAt = now.toISOString()
      steps.push(
        status === 'completed' ? 'personalDataRequest.completed' : 'personalDataRequest.refused',
      )
    }
  }
  if (steps.length > 0 && req.user?.collection === slugs.users) data.handledBy = req.user.id
  req.context[STEPS] = steps
  return data
}

/**
 * Writes each step to the audit log (never the person's contact details: the request's id names
 * them for those allowed to read it) and, once a request is first acknowledged, queues the
 * acknowledgement to the person.
 */
export const recordRequestSteps: CollectionAfterChangeHook<PersonalDataRequest> = async ({
  doc,
  previousDoc,
  req,
}) => {
  // Left on `req.context` by `requestLifecycle` (the hooks' own `context` is a copy before the write).
  const steps = (req.context[STEPS] as AuditAction[] | undefined) ?? []
  req.context[STEPS] = []
  for (const action of steps)
    await audit(req, {
      action,
      collection: slugs.personalDataRequests,
      documentId: doc.id,
      summary: {
        kind: doc.kind,
        status: doc.status,
        ...(action === 'personalDataRequest.extended'
          ? { extendedDueAt: doc.extendedDueAt, reason: doc.extensionReason }
          : {}),
        ...(action === 'personalDataRequest.refused' ? { reason: doc.responseNote } : {}),
      },
    })
  if (doc.acknowledgedAt && !previousDoc?.acknowledgedAt) await mailAcknowledgement(req, doc)
  return doc
}

/** The list's "overdue" mark, computed when read (it changes with the clock, not with the data). */
export const overdueNow: FieldHook<PersonalDataRequest> = ({ siblingData }) => {
  const ackDueAt = dateOf(siblingData.ackDueAt)
  const dueAt = dateOf(siblingData.dueAt)
  if (!ackDueAt || !dueAt || !siblingData.status) return false
  return isOverdue(
    {
      status: siblingData.status as RequestStatus,
      ackDueAt,
      dueAt,
      extendedDueAt: dateOf(siblingData.extendedDueAt),
    },
    new Date(),
  )
}
