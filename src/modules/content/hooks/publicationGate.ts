import type { PayloadRequest } from 'payload'

import { decidePublication } from '@/modules/content/domain/personalData'
import { refused, t } from '@/modules/content/i18n'

/**
 * Refuses to make a citizen's text public when the person did not agree to it, or when it carries
 * what looks like an email, a phone number or a citizen ID number that no staff member has
 * confirmed (or redacted); the message lists what was found.
 */
export const assertPublishable = (
  req: PayloadRequest,
  args: { texts: (string | null | undefined)[]; publishConsent: boolean; checkedByStaff: boolean },
): void => {
  const decision = decidePublication(args)
  if (decision.ok) return
  if (decision.problem === 'noPublishConsent')
    throw refused(req, 'personalData.noPublishConsent', undefined, 400)
  const findings = decision.findings
    .map((f) => `${t(req, `personalData.kind.${f.kind}`)} “${f.value}”`)
    .join(', ')
  throw refused(req, 'personalData.found', { findings }, 400)
}
