/**
 * Bulk work (the seed, imports) sets `quiet` in the request context: hooks whose side effects would
 * repeat once per document (clearing the public cache, webhooks, per-row recounts) skip them, and the
 * bulk run rebuilds once at the end (`afterBulkWork`). The website template's `disableRevalidate`.
 */
export const QUIET = 'quiet'

export const quietContext = { [QUIET]: true } as const

export const isQuiet = (req: { context?: Record<string, unknown> } | null | undefined): boolean =>
  req?.context?.[QUIET] === true
