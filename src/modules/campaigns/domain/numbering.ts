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
