/**
 * The outgoing-document register's rule: numbers run per issuing body and calendar year from 01 and
 * are never reused; a document issued again (a report sent back and submitted anew) keeps its
 * number and becomes a new version of it.
 */
export type Issued = { number: number; version: number; year: number }

export const nextIssue = (args: {
  /** The latest issue of this very document, if it was issued before. */
  previous: Issued | null
  /** The highest number the body issued in `year` (0 when none). */
  highestThisYear: number
  year: number
}): Issued =>
  args.previous
    ? { ...args.previous, version: args.previous.version + 1 }
    : { number: args.highestThisYear + 1, version: 1, year: args.year }

export type ConsolidatedIssue = 'keep' | 'issue' | 'draft'

/**
 * What a download of the province's consolidated report does with the register. The same content
 * as the last version issued keeps its number for whoever downloads it; different content (or none
 * issued yet) is issued — a new number, or the next version of the number it has — only when the
 * caller may issue for the plan's issuing body; anyone else gets an unnumbered draft.
 */
export const consolidatedIssue = (args: {
  mayIssue: boolean
  /** What the last issued version's content was (a fingerprint), if one was issued. */
  lastFingerprint: string | null
  fingerprint: string
}): ConsolidatedIssue =>
  args.lastFingerprint === args.fingerprint ? 'keep' : args.mayIssue ? 'issue' : 'draft'
