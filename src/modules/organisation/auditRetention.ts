import type { Payload } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { resolveAuditRetentionDays } from '@/platform/config/env'
import { slugs } from '@/platform/slugs'
import { pruneBefore } from '@/modules/organisation/domain/audit'

/** A wrong setting keeps the default (and is reported by the config checks). */
const retentionDays = (): number => {
  try {
    return resolveAuditRetentionDays(process.env)
  } catch {
    return resolveAuditRetentionDays({})
  }
}

/**
 * Deletes the audit entries older than the retention period. The adapter's own delete: the log
 * refuses every deletion through the API, this job is the one way entries go.
 */
export const pruneAuditLog = async (payload: Payload, now = new Date()): Promise<string> => {
  const cutoff = pruneBefore(now, retentionDays()).toISOString()
  const where = { at: { less_than: cutoff } }
  const { totalDocs } = await asSystem(payload).count({ collection: slugs.auditLog, where })
  if (totalDocs > 0) await payload.db.deleteMany({ collection: slugs.auditLog, where })
  return `${totalDocs} audit entries before ${cutoff} pruned`
}
