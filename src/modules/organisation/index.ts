import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import type { CollectionConfig, Endpoint, GlobalConfig, Plugin, TaskConfig } from 'payload'

import { firedAt, scheduledTaskOptions } from '@/platform/jobs/task'
import type { AppExtensions } from '@/platform/module'
import { slugs } from '@/platform/slugs'

import { pruneAuditLog } from './auditRetention'
import { auditSettingsChanges } from './auditSettings'
import { checkAccountSettings } from './config'
import { myTasksEndpoint } from './endpoints/myTasks'
import { organisationToDo } from './tasks'

import { AuditLog } from './collections/AuditLog'
import { UnitImports } from './collections/UnitImports'
import { UnitLineage } from './collections/UnitLineage'
import { UnitReorganisations } from './collections/UnitReorganisations'
import { Units } from './collections/Units'
import { IMPORT_ATTEMPTS, runUnitImport } from './collections/Units/importUnits'
import { Users } from './collections/Users'

/**
 * Organisation: the units of the two-tier local government and their history (opening and closing
 * days, lineage, reorganisations), the people who sign in, who sees what (a unit's subtree and the
 * history it carries on), CSV import of the official list, calendar-feed tokens.
 */
export const collections: CollectionConfig[] = [
  Units,
  UnitLineage,
  UnitReorganisations,
  UnitImports,
  Users,
  AuditLog,
]
export const globals: GlobalConfig[] = []
export const endpoints: Endpoint[] = [myTasksEndpoint]

/** Writes a queued CSV import (see runUnitImport); retried, resuming after the batches written. */
const importUnits: TaskConfig<'importUnits'> = {
  slug: 'importUnits',
  retries: { attempts: IMPORT_ATTEMPTS - 1, backoff: { type: 'fixed', delay: 5_000 } },
  inputSchema: [{ name: 'importId', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  handler: async ({ input, job, req }) => ({
    output: await runUnitImport(
      req.payload,
      input.importId,
      (job.totalTried ?? 0) + 1 >= IMPORT_ATTEMPTS,
    ),
  }),
}
/** Deletes audit entries older than AUDIT_RETENTION_DAYS (400); daily. */
const pruneAuditLogTask: TaskConfig<'pruneAuditLog'> = {
  slug: 'pruneAuditLog',
  ...scheduledTaskOptions,
  handler: async ({ input, req }) => ({
    output: { result: await pruneAuditLog(req.payload, firedAt(input)) },
  }),
}
export const tasks: TaskConfig[] = [importUnits, pruneAuditLogTask]
export const extensions: Partial<AppExtensions> = {
  schedules: [{ task: 'pruneAuditLog', cron: '40 2 * * *' }],
  configChecks: [checkAccountSettings],
  taskCounters: [organisationToDo],
}
/** The admin's sign-in asks for the second factor (see secondFactor.ts). */
export const beforeLogin = [
  '/src/modules/organisation/collections/Users/components/SecondFactorLogin#SecondFactorLogin',
]
/** "Việc cần làm" above the dashboard's cards (see tasks.ts). */
export const beforeDashboard = ['/src/modules/organisation/components/MyTasks#MyTasks']
export { messages } from './messages'

/**
 * Settings changes in the audit log; the unit tree's lineage (breadcrumbs), kept by the official
 * nested-docs plugin.
 */
export const plugins: Plugin[] = [
  auditSettingsChanges,
  nestedDocsPlugin({
    collections: [slugs.units],
    generateLabel: (_docs, doc) => String(doc.name),
    generateURL: (docs) => docs.map((doc) => String(doc.code)).join('/'),
  }),
]

export { managesUnitCalendar } from './access/unitCalendar'
export { audit, auditSystem, type AuditEntry } from './audit'
export { auditActions, changedFields, type AuditAction } from './domain/audit'
export {
  ownerUnitField,
  reaches,
  scopedByUnit,
  subtreeUnitIds,
  unitIdOf,
  unitScopeWhere,
  unitSubtreeWhere,
} from './access/unitScope'
export { publicBaseUrl } from './collections/Units/calendarToken'
export { calendarTokenMatches } from './domain/calendarToken'
export {
  isValidEmail,
  normalizeUnitCode,
  unitLevels,
  unitTypes,
  TWO_TIER_FROM,
  type UnitLevel,
} from './domain/hierarchy'
export {
  lineageIndex,
  predecessorsOf,
  successorsOn,
  type LineageIndex,
  type LineageLink,
} from './domain/lineage'
export { loadLineage, unitsCarryingOn } from './lineage'
export {
  seedOrganisation,
  reorganiseDemoUnits,
  DEMO_PASSWORD,
  demoMailDomain,
  type OrganisationSeed,
} from './seed'
