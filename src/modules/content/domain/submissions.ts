/** Rules for what the public writes: comments and questions. */

export const COMMENT_MAX_LENGTH = 2000
export const QUESTION_MAX_LENGTH = 4000
export const NAME_MAX_LENGTH = 100
export const EMAIL_MAX_LENGTH = 254

export type TextProblem = 'empty' | 'tooLong' | 'scriptNotAllowed' | 'tooManyLinks'

// Markup that runs code or loads content in a reader's browser. Other tags (<b>) are shown as text.
const ACTIVE_MARKUP =
  /<\s*\/?\s*(script|iframe|object|embed|style|link|meta|svg|form)\b|\bon[a-z]+\s*=|javascript\s*:|data\s*:\s*text\/html/i

/** Checks a piece of public text; HTML that is merely formatting is allowed and later shown as text. */
export const checkPublicText = (
  text: string | null | undefined,
  maxLength: number,
  maxLinks = 2,
): TextProblem | null => {
  const value = (text ?? '').trim()
  if (!value) return 'empty'
  if (value.length > maxLength) return 'tooLong'
  if (ACTIVE_MARKUP.test(value)) return 'scriptNotAllowed'
  if ((value.match(/https?:\/\//gi) ?? []).length > maxLinks) return 'tooManyLinks'
  return null
}

export type RateLimit = { max: number; windowMs: number }

/** Public submissions per address: a few a minute, a few dozen a day. */
export const submissionLimits: Record<'comment' | 'question' | 'rating' | 'request', RateLimit> = {
  comment: { max: 5, windowMs: 10 * 60 * 1000 },
  request: { max: 3, windowMs: 60 * 60 * 1000 },
  question: { max: 3, windowMs: 60 * 60 * 1000 },
  rating: { max: 30, windowMs: 60 * 60 * 1000 },
}

/** Whether one more submission fits, given how many this address made in the window so far. */
export const withinLimit = (madeInWindow: number, limit: RateLimit): boolean =>
  madeInWindow < limit.max

/** Average of 1–5 ratings rounded to one decimal, or null when nobody rated yet. */
export const ratingSummary = (scores: number[]): { count: number; average: number | null } => ({
  count: scores.length,
  average:
    scores.length === 0
      ? null
      : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10,
})
