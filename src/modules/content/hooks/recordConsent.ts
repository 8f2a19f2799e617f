import type { CollectionAfterChangeHook } from 'payload'

import type { CitizenQuestion, Comment } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { clientAddress } from '@/platform/clientAddress'
import { slugs } from '@/platform/slugs'
import type { ConsentChannel, ConsentPurpose } from '@/modules/content/domain/consent'
import { currentPrivacyNotice } from '@/modules/content/globals/PrivacyNotice'

import { CONSENT_CONTEXT } from './guardPublicSubmission'

/**
 * Stores the proof of the consent given with a public question or comment, in the same transaction
 * as the submission (both are stored or neither): the purposes, the notice version in force, the
 * time, the channel and the client address, linked to the person's email and phone.
 */
export const recordConsent =
  (about: 'question' | 'comment'): CollectionAfterChangeHook<CitizenQuestion | Comment> =>
  async ({ data, doc, operation, req }) => {
    const consent = req.context[CONSENT_CONTEXT] as
      { purposes: ConsentPurpose[]; channel: ConsentChannel } | undefined
    if (operation !== 'create' || !consent) return doc
    delete req.context[CONSENT_CONTEXT]
    const notice = await currentPrivacyNotice(req)
    // SYSTEM write: consent records are the system's own proof; no API creates them.
    await asSystem(req).create({
      collection: slugs.consents,
      data: {
        // From the data as sent: the submitter may not read back their own contact details.
        email: data.email || null,
        phone: ('phone' in data && data.phone) || null,
        purposes: consent.purposes,
        noticeVersion: notice.version,
        givenAt: new Date().toISOString(),
        channel: consent.channel,
        clientAddress: clientAddress(req).slice(0, 100),
        [about]: doc.id,
      },
    })
    return doc
  }
