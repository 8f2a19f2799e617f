import { createHash } from 'node:crypto'

import type { DataFromCollectionSlug, PayloadRequest, Where } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { withdrawConsentRecord } from '@/modules/content/collections/Consents/withdrawConsent'
import { normaliseEmail, normalisePhone } from '@/modules/content/domain/personalDataRequests'

/** Whose data: an email and/or a phone number, as a person gave them. */
export type Contact = { email: string | null; phone: string | null }

export const contactOf = (input: { email?: unknown; phone?: unknown }): Contact => ({
  email: normaliseEmail(input.email),
  phone: normalisePhone(input.phone),
})

export const hasContact = (contact: Contact): boolean => Boolean(contact.email || contact.phone)

/** The anonymised trace of a contact kept on a handled request: a keyed hash, not reversible. */
export const contactHash = (secret: string, contact: Contact): string =>
  createHash('sha256')
    .update(`${secret}:contact:${contact.email ?? ''}:${contact.phone ?? ''}`)
    .digest('hex')

/**
 * Stored spellings of a phone number that compare equal to it ("0912345678", "+84912345678",
 * "84912345678"); numbers typed with spaces or dots are matched after reading (see `matches`).
 */
const phoneSpellings = (phone: string): string[] => [
  phone,
  `+84${phone.slice(1)}`,
  `84${phone.slice(1)}`,
]

/** A `where` that finds the rows of a collection that may name the contact (narrowed by `matches`). */
const naming = (contact: Contact, fields: { email?: string; phone?: string }): Where => {
  const or: Where[] = []
  if (contact.email && fields.email) or.push({ [fields.email]: { like: contact.email } })
  if (contact.phone && fields.phone) {
    or.push({ [fields.phone]: { in: phoneSpellings(contact.phone) } })
    // Candidates by the last three digits, so "0912 345 678" and "091.234.5678" are found too.
    or.push({ [fields.phone]: { like: contact.phone.slice(-3) } })
  }
  return or.length > 0 ? { or } : { id: { exists: false } }
}

const matches = (contact: Contact, doc: object): boolean => {
  const row = doc as { email?: unknown; phone?: unknown; to?: unknown }
  return Boolean(
    (contact.email &&
      (normaliseEmail(row.email) === contact.email || normaliseEmail(row.to) === contact.email)) ||
    (contact.phone && normalisePhone(row.phone) === contact.phone),
  )
}

const ALL = 10_000

type HeldSlug =
  | typeof slugs.citizenQuestions
  | typeof slugs.comments
  | typeof slugs.consents
  | typeof slugs.outbox
  | typeof slugs.personalDataRequests

/**
 * Every stored row that holds the contact, collection by collection. The collections of the
 * platform that can hold a citizen's email or phone: citizen questions (name, email, phone),
 * comments (name, email), consent records (email, phone), the outbox (mails addressed to them, with
 * what the mail said), earlier personal-data requests. The submission log keeps only a hashed
 * network address and proof nonces, never an email or phone; the audit log names documents by id,
 * so its entries about the person's documents are listed; staff accounts (`users`) are not
 * citizens' data. SYSTEM reads: the handler's right was checked by the endpoint.
 */
const findRows = async (req: PayloadRequest, contact: Contact) => {
  const system = asSystem(req)
  const find = async <S extends HeldSlug>(
    collection: S,
    fields: { email?: string; phone?: string },
  ): Promise<DataFromCollectionSlug<S>[]> => {
    const { docs } = await system.find({
      collection,
      where: naming(contact, fields),
      limit: ALL,
      depth: 0,
      pagination: false,
    })
    return docs.filter((row) => matches(contact, row))
  }
  const [questions, comments, consents, outbox, requests] = await Promise.all([
    find(slugs.citizenQuestions, { email: 'email', phone: 'phone' }),
    find(slugs.comments, { email: 'email' }),
    find(slugs.consents, { email: 'email', phone: 'phone' }),
    find(slugs.outbox, { email: 'to' }),
    find(slugs.personalDataRequests, { email: 'email', phone: 'phone' }),
  ])
  return { questions, comments, consents, outbox, requests }
}

type Rows = Awaited<ReturnType<typeof findRows>>

const auditEntries = async (req: PayloadRequest, rows: Rows) => {
  const named: Where[] = (
    [
      [slugs.citizenQuestions, rows.questions],
      [slugs.comments, rows.comments],
      [slugs.consents, rows.consents],
      [slugs.personalDataRequests, rows.requests],
    ] as const
  )
    .filter(([, docs]) => docs.length > 0)
    .map(([collection, docs]): Where => ({
      and: [
        { collection: { equals: collection } },
        { documentId: { in: docs.map((doc) => String(doc.id)) } },
      ],
    }))
  if (named.length === 0) return []
  const { docs } = await asSystem(req).find({
    collection: slugs.auditLog,
    where: { or: named },
    limit: ALL,
    depth: 0,
    pagination: false,
  })
  return docs.map(({ id, at, action, collection, documentId, summary }) => ({
    id,
    at,
    action,
    collection,
    documentId,
    summary,
  }))
}

/** Everything held about a person, as the JSON an access request is answered with. */
export const personalDataExport = async (req: PayloadRequest, contact: Contact) => {
  const rows = await findRows(req, contact)
  return {
    subject: contact,
    generatedAt: new Date().toISOString(),
    [slugs.citizenQuestions]: rows.questions,
    [slugs.comments]: rows.comments,
    [slugs.consents]: rows.consents,
    [slugs.outbox]: rows.outbox.map(
      ({ id, to, subject, template, language, data, state, createdAt, sentAt }) => ({
        id,
        to,
        subject,
        template,
        language,
        data,
        state,
        createdAt,
        sentAt,
      }),
    ),
    [slugs.personalDataRequests]: rows.requests,
    [slugs.auditLog]: await auditEntries(req, rows),
    [slugs.submissionLog]: [],
  }
}

const stillOpen = (status: string) =>
  status === 'new' || status === 'inProgress' || status === 'rejected'

/**
 * Erases a person from every collection that holds them: questions never answered are deleted
 * (with their consents), answered ones lose name, email and phone and their publication consent
 * (an FAQ made from one keeps only its redacted text); every comment is deleted with its consent;
 * the remaining consent records lose the email and phone; mails addressed to them are deleted;
 * earlier requests keep only a hash of the contact. The request being handled is anonymised by its
 * caller. SYSTEM writes: the handler's right was checked by the endpoint.
 */
export const erasePersonalData = async (
  req: PayloadRequest,
  contact: Contact,
  keep: { requestId: number | string },
) => {
  const system = asSystem(req)
  const rows = await findRows(req, contact)
  const deletedQuestions: (number | string)[] = []
  let anonymisedQuestions = 0
  for (const question of rows.questions) {
    if (stillOpen(question.status) && !relationId(question.faq)) {
      await system.delete({
        collection: slugs.consents,
        where: { question: { equals: question.id } },
      })
      await system.delete({ collection: slugs.citizenQuestions, id: question.id })
      deletedQuestions.push(question.id)
    } else {
      await system.update({
        collection: slugs.citizenQuestions,
        id: question.id,
        data: {
          name: null,
          email: null,
          phone: null,
          consentProcessing: false,
          consentPublish: false,
        },
        depth: 0,
      })
      anonymisedQuestions++
    }
  }
  const commentIds: (number | string)[] = rows.comments.map((comment) => comment.id)
  if (commentIds.length > 0) {
    await system.delete({ collection: slugs.consents, where: { comment: { in: commentIds } } })
    await system.delete({ collection: slugs.comments, where: { id: { in: commentIds } } })
  }
  let anonymisedConsents = 0
  for (const consent of rows.consents) {
    const question = relationId(consent.question)
    const comment = relationId(consent.comment)
    if (
      (question !== null && deletedQuestions.map(String).includes(String(question))) ||
      (comment !== null && commentIds.map(String).includes(String(comment)))
    )
      continue
    await system.update({
      collection: slugs.consents,
      id: consent.id,
      data: { email: null, phone: null },
      depth: 0,
    })
    anonymisedConsents++
  }
  const mailIds = rows.outbox.map((mail) => mail.id)
  if (mailIds.length > 0)
    await system.delete({ collection: slugs.outbox, where: { id: { in: mailIds } } })
  const hash = contactHash(req.payload.secret, contact)
  const erasedAt = new Date().toISOString()
  let anonymisedRequests = 0
  for (const request of rows.requests) {
    if (String(request.id) === String(keep.requestId)) continue
    await system.update({
      collection: slugs.personalDataRequests,
      id: request.id,
      data: { name: null, email: null, phone: null, contactHash: hash, erasedAt },
      depth: 0,
    })
    anonymisedRequests++
  }
  return {
    deletedQuestions: deletedQuestions.length,
    anonymisedQuestions,
    deletedComments: commentIds.length,
    anonymisedConsents,
    deletedMails: mailIds.length,
    anonymisedRequests,
  }
}

/**
 * A withdrawal of consent (or an objection to processing) from a request: every consent the person
 * gave is withdrawn as the mail's link does it — contact details on the question or comment
 * anonymised, comments off the public pages, publication consent gone, so nothing of theirs is
 * processed or published further.
 */
export const withdrawAllConsents = async (req: PayloadRequest, contact: Contact) => {
  const rows = await findRows(req, contact)
  let withdrawn = 0
  for (const consent of rows.consents) {
    if (consent.withdrawnAt) continue
    await withdrawConsentRecord(req, consent)
    withdrawn++
  }
  return { withdrawn }
}
