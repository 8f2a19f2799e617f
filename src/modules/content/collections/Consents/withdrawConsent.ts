import type { Payload, PayloadRequest } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import type { PersonalDataConsent } from '@/payload-types'
import { slugs } from '@/platform/slugs'
import { audit } from '@/modules/organisation'
import { consentIdOfToken } from '@/modules/content/domain/consentToken'
import { refused } from '@/modules/content/i18n'

/** What a person's contact details become when they are anonymised. */
export const ANONYMISED_CONTACT = { name: null, email: null } as const

/**
 * Withdraws a consent from its signed link (Law 91/2025/QH15: withdrawal as easy as giving it):
 * the record is stamped, the person's contact details on the question or comment are anonymised
 * and a comment is taken off the public pages; processing stops. Idempotent; audited.
 * SYSTEM writes throughout: the person has no account, the signed token is the authority.
 */
export const withdrawConsent = async (
  req: PayloadRequest,
  token: string | null | undefined,
): Promise<{ alreadyWithdrawn: boolean }> => {
  const id = consentIdOfToken(req.payload.secret, token)
  if (id === null) throw refused(req, 'consent.invalidToken', undefined, 400)
  const system = asSystem(req)
  const consent = await system
    .findByID({ collection: slugs.consents, id, depth: 0, disableErrors: true })
    .catch(() => null)
  if (!consent) throw refused(req, 'consent.invalidToken', undefined, 400)
  if (consent.withdrawnAt) return { alreadyWithdrawn: true }
  await withdrawConsentRecord(req, consent)
  return { alreadyWithdrawn: false }
}

/**
 * What a withdrawal does to one consent record: stamped, the contact details of its question or
 * comment anonymised, a comment taken off the public pages, an audit entry. Shared by the mail's
 * link and a person's withdrawal or objection request. SYSTEM writes (see `withdrawConsent`).
 */
export const withdrawConsentRecord = async (
  req: PayloadRequest,
  consent: PersonalDataConsent,
): Promise<void> => {
  const system = asSystem(req)

  await system.update({
    collection: slugs.consents,
    id: consent.id,
    data: { withdrawnAt: new Date().toISOString() },
    depth: 0,
  })
  const question = relationId(consent.question)
  const comment = relationId(consent.comment)
  if (question !== null)
    await system.update({
      collection: slugs.citizenQuestions,
      id: question,
      data: { ...ANONYMISED_CONTACT, phone: null, consentProcessing: false, consentPublish: false },
      depth: 0,
    })
  if (comment !== null) {
    const current = await system.findByID({
      collection: slugs.comments,
      id: comment,
      depth: 0,
      disableErrors: true,
    })
    if (current)
      await system.update({
        collection: slugs.comments,
        id: comment,
        data: {
          ...ANONYMISED_CONTACT,
          consentProcessing: false,
          consentPublish: false,
          status: current.status === 'approved' ? 'rejected' : current.status,
        },
        depth: 0,
      })
  }
  await audit(req, {
    action: 'consent.withdrawn',
    collection: slugs.consents,
    documentId: consent.id,
    summary: { question, comment },
  })
}

/** The state of the consent a withdrawal link names, or null when the link is not valid. */
export const consentOfToken = async (
  payload: Payload,
  token: string | null | undefined,
): Promise<{ withdrawn: boolean } | null> => {
  const id = consentIdOfToken(payload.secret, token)
  if (id === null) return null
  // SYSTEM read: the signed token is the authority (the person has no account).
  const consent = await asSystem(payload)
    .findByID({ collection: slugs.consents, id, depth: 0, disableErrors: true })
    .catch(() => null)
  return consent ? { withdrawn: Boolean(consent.withdrawnAt) } : null
}
