import type { SanitizedConfig } from 'payload'

import { guardDocumentLocks } from './documentLocks'
import { isAdmin, nobody } from './predicates'

/**
 * Rules for the collections Payload adds itself after every plugin ran, open by default to any
 * signed-in user (a portal key could delete the migrations log): document locks get the platform's
 * lock rules, the migrations log is read by admins and written by the migration runner only.
 */
export const guardPayloadCollections = (config: SanitizedConfig): SanitizedConfig => {
  const migrations = config.collections.find((c) => c.slug === 'payload-migrations')
  if (migrations)
    migrations.access = {
      ...migrations.access,
      read: isAdmin,
      create: nobody,
      update: nobody,
      delete: nobody,
    }
  return guardDocumentLocks(config)
}
