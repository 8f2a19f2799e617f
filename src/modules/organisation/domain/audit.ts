/** Everything the audit log records, by name (kept in each entry's `action`). */
export const auditActions = [
  'signIn.success',
  'signIn.failure',
  'signIn.throttled',
  'signIn.locked',
  'signOut',
  'password.resetRequested',
  'password.changed',
  'email.changed',
  'mfa.enrolled',
  'mfa.reset',
  'mfa.backupCodeUsed',
  'user.created',
  'user.deleted',
  'user.rolesChanged',
  'user.unitChanged',
  'user.apiKeyChanged',
  'user.locked',
  'user.unlocked',
  'content.published',
  'content.unpublished',
  'content.deleted',
  'report.submitted',
  'report.returned',
  'report.approved',
  'report.reopened',
  'units.reorganised',
  'export.downloaded',
  'personalData.requested',
  'consent.withdrawn',
  'personalData.retention',
  'personalDataRequest.received',
  'personalDataRequest.acknowledged',
  'personalDataRequest.inProgress',
  'personalDataRequest.extended',
  'personalDataRequest.exported',
  'personalDataRequest.erased',
  'personalDataRequest.withdrawn',
  'personalDataRequest.completed',
  'personalDataRequest.refused',
  'webhook.changed',
  'breach.created',
  'breach.changed',
  'breach.deleted',
  'settings.changed',
] as const

export type AuditAction = (typeof auditActions)[number]

/** How long entries are kept by default (Decree 85/2016 asks for at least 3 months). */
export const DEFAULT_RETENTION_DAYS = 400

/** The instant before which entries may be pruned. */
export const pruneBefore = (now: Date, retentionDays: number): Date =>
  new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000)

/** What changed between two values of the fields named, as { field: { before, after } }. */
export const changedFields = (
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  fields: readonly string[],
): Record<string, { before: unknown; after: unknown }> => {
  const changes: Record<string, { before: unknown; after: unknown }> = {}
  for (const field of fields) {
    const a = before?.[field] ?? null
    const b = after?.[field] ?? null
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[field] = { before: a, after: b }
  }
  return changes
}

const CSV_COLUMNS = [
  'at',
  'action',
  'actorEmail',
  'collection',
  'documentId',
  'summary',
  'clientAddress',
  'requestId',
] as const

export type ExportedEntry = Partial<Record<(typeof CSV_COLUMNS)[number], unknown>>

const csvCell = (value: unknown): string => {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : JSON.stringify(value)
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Entries as CSV (a header line, then one line per entry). */
export const auditCsv = (entries: readonly ExportedEntry[]): string =>
  [
    CSV_COLUMNS.join(','),
    ...entries.map((entry) => CSV_COLUMNS.map((c) => csvCell(entry[c])).join(',')),
  ]
    .join('\r\n')
    .concat('\r\n')

/** Entries as JSON Lines (one JSON object per line). */
export const auditJsonLines = (entries: readonly ExportedEntry[]): string =>
  entries
    .map((entry) =>
      JSON.stringify(Object.fromEntries(CSV_COLUMNS.map((c) => [c, entry[c] ?? null]))),
    )
    .join('\n')
    .concat(entries.length ? '\n' : '')
