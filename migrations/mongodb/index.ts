import type { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-mongodb'

/**
 * MongoDB keeps no schema, so this folder holds data migrations only (backfills, renames), created
 * with `DATABASE_URL=mongodb://… npm run payload migrate:create <name>`, which rewrites this index.
 */
export const migrations: {
  down: (args: MigrateDownArgs) => Promise<void>
  name: string
  up: (args: MigrateUpArgs) => Promise<void>
}[] = []
