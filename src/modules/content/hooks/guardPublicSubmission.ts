import { createHash } from 'node:crypto'

import { verifySolution } from 'altcha-lib/v1'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { proofKey } from '@/platform/antispam'
import { clientAddress } from '@/platform/clientAddress'
import { isStaffUser } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { channelOf, consentedPurposes } from '@/modules/content/domain/consent'
import {
  checkPublicText,
  submissionLimits,
  withinLimit,
} from '@/modules/content/domain/submissions'
import { refused, t, type TextKey } from '@/modules/content/i18n'

type Kind = keyof typeof submissionLimits

/**
 * The caller's address (as the edge decided it, honouring `TRUST_PROXY`), hashed with the app secret
 * so no raw IP is stored.
 */
export const addressKey = (req: PayloadRequest): string => {
  const address = clientAddress(req)
  return createHash('sha256')
    .update(`${req.payload.secret}:ip:${address}`)
    .digest('hex')
    .slice(0, 32)
}

export type GuardOptions = {
  kind: Kind
  texts: { field: string; label: TextKey; max: number; required?: boolean }[]
  requireProof: boolean
  /** Whether the person must tick the consent to processing (questions and comments). */
  requireConsent?: boolean
}

/** What the guard leaves in `req.context` for `recordConsent` once the submission is stored. */
export const CONSENT_CONTEXT = 'publicConsent'

/**
 * Runs before anything the public creates (questions, comments, ratings): checks the text, the
 * offline proof-of-work (ALTCHA) and the per-address rate limit, and refuses with a clear message
 * before anything is stored. Staff writing from the admin are not the public and skip it, and so do
 * system writes.
 */
export const guardPublicSubmission =
  (options: GuardOptions): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    // System writes (the seed) run with overrideAccess; every HTTP request runs without it.
    if (
      operation !== 'create' ||
      isStaffUser(req.user) ||
      (args as { overrideAccess?: boolean }).overrideAccess
    )
      return args
    const data = ((args as { data?: Record<string, unknown> }).data ??= {})

    for (const text of options.texts) {
      const value = data[text.field]
      if (!text.required && (value === undefined || value === null || value === '')) continue
      const problem = checkPublicText(typeof value === 'string' ? value : '', text.max)
      if (problem)
        throw refused(
          req,
          `public.text.${problem}`,
          { field: t(req, text.label), max: text.max },
          400,
        )
    }

    if (options.requireConsent) {
      // Consent is a positive act on each purpose: only an explicit `true` counts.
      const purposes = consentedPurposes({
        processing: data.consentProcessing,
        publish: data.consentPublish,
      })
      if (purposes.length === 0) throw refused(req, 'consent.processingRequired', undefined, 400)
      data.consentProcessing = true
      data.consentPublish = purposes.includes('publish')
      req.context[CONSENT_CONTEXT] = {
        purposes,
        channel: channelOf(req.headers.get('x-cchc-channel')),
      }
    }

    // The submission log is the system's own record (no API reads or writes it).
    const system = asSystem(req)
    if (options.requireProof) {
      const proof = (data.altcha as string | undefined) ?? req.headers.get('x-altcha') ?? undefined
      if (!proof) throw refused(req, 'antispam.missing', undefined, 400)
      // A proof that does not even parse is as wrong as one that does not solve the puzzle.
      const verified = await verifySolution(proof, proofKey(req), true).catch(() => false)
      if (!verified) throw refused(req, 'antispam.invalid', undefined, 400)
      const signature =
        (JSON.parse(Buffer.from(proof, 'base64').toString('utf8')) as { signature?: string })
          .signature ?? proof
      const nonce = createHash('sha256').update(signature).digest('hex')
      const used = await system.count({
        collection: slugs.submissionLog,
        where: { nonce: { equals: nonce } },
      })
      if (used.totalDocs > 0) throw refused(req, 'antispam.replayed', undefined, 400)
      await system.create({
        collection: slugs.submissionLog,
        data: { kind: 'proof', key: nonce, at: new Date().toISOString(), nonce },
      })
    }
    delete data.altcha

    const limit = submissionLimits[options.kind]
    const key = addressKey(req)
    const since = new Date(Date.now() - limit.windowMs).toISOString()
    const recent = await system.count({
      collection: slugs.submissionLog,
      where: {
        and: [
          { kind: { equals: options.kind } },
          { key: { equals: key } },
          { at: { greater_than: since } },
        ],
      },
    })
    if (!withinLimit(recent.totalDocs, limit)) {
      throw refused(
        req,
        'antispam.rateLimited',
        { minutes: Math.ceil(limit.windowMs / 60_000) },
        429,
      )
    }
    await system.create({
      collection: slugs.submissionLog,
      data: { kind: options.kind, key, at: new Date().toISOString() },
    })
    req.context.submitterKey = key
    return args
  }
