/**
 * How long citizens' personal data is kept (the defaults the privacy notice states): contact details
 * of a question are anonymised 12 months after the answer; comments never published are deleted
 * after 6 months; a consent record lives as long as the data it covers (it loses its email and
 * phone with the question's, and goes with a deleted comment).
 */
export type RetentionPolicy = { contactMonths: number; unpublishedCommentMonths: number }

export const defaultRetention: RetentionPolicy = { contactMonths: 12, unpublishedCommentMonths: 6 }

/** The same moment `months` calendar months earlier (31 March less one month is 28/29 February). */
export const monthsBefore = (now: Date, months: number): Date => {
  const date = new Date(now.getTime())
  const day = date.getUTCDate()
  date.setUTCDate(1)
  date.setUTCMonth(date.getUTCMonth() - months)
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate()
  date.setUTCDate(Math.min(day, lastDay))
  return date
}

/** Before these instants, data has outlived its purpose. */
export const retentionCutoffs = (now: Date, policy: RetentionPolicy = defaultRetention) => ({
  /** Questions answered before this lose their askers' contact details. */
  answeredBefore: monthsBefore(now, policy.contactMonths),
  /** Comments not approved and sent before this are deleted. */
  commentsSentBefore: monthsBefore(now, policy.unpublishedCommentMonths),
})
