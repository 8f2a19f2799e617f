import { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/** The owning unit is named `unit` in every collection (it was `ownerUnit` in these four). */
const collections = ['broadcast-items', 'airings', 'outlets', 'broadcast-tallies']

export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  for (const slug of collections) {
    await payload.db.collections[slug]!.collection.updateMany({ ownerUnit: { $exists: true } }, { $rename: { ownerUnit: 'unit' } }, { session })
  }
}

export async function down({ payload, session }: MigrateDownArgs): Promise<void> {
  for (const slug of collections) {
    await payload.db.collections[slug]!.collection.updateMany({ unit: { $exists: true } }, { $rename: { unit: 'ownerUnit' } }, { session })
  }
}
