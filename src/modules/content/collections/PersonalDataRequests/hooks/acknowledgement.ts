import type { PayloadRequest } from 'payload'

import type { PersonalDataRequest } from '@/payload-types'
import { languageOf } from '@/platform/i18n/catalog'
import { enqueueMail } from '@/modules/messaging'
import { requestAcknowledgedMail } from '@/modules/content/mail'

/**
 * Queues the acknowledgement to the person, in their language, once (the outbox key names the
 * request); a request reached only by phone gets it from the handler by phone.
 */
export const mailAcknowledgement = async (
  req: PayloadRequest,
  doc: PersonalDataRequest,
): Promise<void> => {
  if (!doc.email) return
  await enqueueMail(
    req.payload,
    {
      key: `pdr:${doc.id}:acknowledged`,
      template: requestAcknowledgedMail,
      to: doc.email,
      language: languageOf(doc.language),
      data: {
        name: doc.name ?? '',
        requestId: doc.id,
        kind: doc.kind,
        dueAt: doc.extendedDueAt ?? doc.dueAt ?? new Date().toISOString(),
      },
    },
    req,
  )
}
