import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
} from 'payload'

import type { PersonalDataBreach } from '@/payload-types'
import { slugs } from '@/platform/slugs'
import { audit, changedFields } from '@/modules/organisation'
import { queueBreachMails } from '@/modules/content/breaches'
import { breachProblem } from '@/modules/content/domain/breach'
import { invalidField } from '@/modules/content/i18n'

/** The fields whose changes the audit entry lists (the texts only as "changed", not their words). */
const AUDITED = ['title', 'discoveredAt', 'occurredAt', 'status', 'notifiedAt', 'subjectsInformed']
const TEXTS = ['description', 'dataCategories', 'consequences', 'measures', 'lateReason']

/**
 * Refuses dates that contradict each other and a late notification without its reason (the law asks
 * for it), on the record as it will be saved; nothing is stored. A notification moment given while
 * the status still says "discovered"/"handling" moves the status to "notified".
 */
export const checkBreach: CollectionBeforeChangeHook<PersonalDataBreach> = ({
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...originalDoc, ...data }
  if (merged.notifiedAt && (merged.status === 'discovered' || merged.status === 'handling')) {
    data.status = 'notified'
    merged.status = 'notified'
  }
  const problem = breachProblem(merged)
  if (problem) throw invalidField(req, slugs.personalDataBreaches, problem.path, problem.key)
  return data
}

/** Every registration and change of a breach in the audit log, inside the write's transaction. */
export const auditBreach: CollectionAfterChangeHook<PersonalDataBreach> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const before: Record<string, unknown> | null = operation === 'create' ? null : { ...previousDoc }
  const after: Record<string, unknown> = { ...doc }
  const changes = changedFields(before, after, AUDITED)
  const texts = TEXTS.filter((field) => (before?.[field] ?? null) !== (after[field] ?? null))
  if (operation === 'update' && Object.keys(changes).length === 0 && texts.length === 0) return doc
  await audit(req, {
    action: operation === 'create' ? 'breach.created' : 'breach.changed',
    collection: slugs.personalDataBreaches,
    documentId: doc.id,
    summary: { title: doc.title, changes, ...(texts.length > 0 ? { textsChanged: texts } : {}) },
  })
  return doc
}

export const auditBreachDeletion: CollectionAfterDeleteHook<PersonalDataBreach> = async ({
  doc,
  req,
}) => {
  await audit(req, {
    action: 'breach.deleted',
    collection: slugs.personalDataBreaches,
    documentId: doc.id,
    summary: { title: doc.title, discoveredAt: doc.discoveredAt, status: doc.status },
  })
}

/** A new breach: every admin is mailed at once (and of a deadline already near or passed). */
export const queueRegistrationMails: CollectionAfterChangeHook<PersonalDataBreach> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation === 'create') await queueBreachMails(req.payload, doc, new Date(), req)
  return doc
}
