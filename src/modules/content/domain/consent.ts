/**
 * Consent as Law 91/2025/QH15 asks for it: given by a positive act (a box the person ticks, never
 * pre-ticked, never inferred from silence), separately for each purpose.
 */

export const consentPurposes = ['process', 'publish'] as const
export type ConsentPurpose = (typeof consentPurposes)[number]

export const consentChannels = ['widget', 'api', 'form'] as const
export type ConsentChannel = (typeof consentChannels)[number]

/** Only an explicit `true` is consent: a missing box, "on", 1 or "yes" is not. */
export const isConsent = (value: unknown): boolean => value === true

/** The purposes a submission consents to; empty when the required one (processing) is missing. */
export const consentedPurposes = (boxes: {
  processing: unknown
  publish: unknown
}): ConsentPurpose[] =>
  isConsent(boxes.processing)
    ? ['process', ...(isConsent(boxes.publish) ? (['publish'] as const) : [])]
    : []

/** The channel a submission names (header `X-CCHC-Channel`); anything else is the API. */
export const channelOf = (value: string | null | undefined): ConsentChannel =>
  consentChannels.find((channel) => channel === value?.trim().toLowerCase()) ?? 'api'
