import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import type { CollectionConfig, Endpoint, GlobalConfig, Plugin, TaskConfig } from 'payload'

import { slugs } from '@/platform/slugs'

import { Units } from './collections/Units'
import { Users } from './collections/Users'

/**
 * Organisation: the units of the two-tier local government and their history, the people who sign
 * in, who sees what (a unit's subtree), CSV import of the official list, calendar-feed tokens.
 */
export const collections: CollectionConfig[] = [Units, Users]
export const globals: GlobalConfig[] = []
export const endpoints: Endpoint[] = []
export const tasks: TaskConfig[] = []
export { messages } from './messages'

/** The unit tree's lineage (breadcrumbs), kept by the official nested-docs plugin. */
export const plugins: Plugin[] = [
  nestedDocsPlugin({
    collections: [slugs.units],
    generateLabel: (_docs, doc) => String(doc.name),
    generateURL: (docs) => docs.map((doc) => String(doc.code)).join('/'),
  }),
]

export { managesUnitCalendar } from './access/unitCalendar'
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
export { isValidEmail, normalizeUnitCode, unitLevels, type UnitLevel } from './domain/hierarchy'
export { seedOrganisation, DEMO_PASSWORD, demoMailDomain, type OrganisationSeed } from './seed'
