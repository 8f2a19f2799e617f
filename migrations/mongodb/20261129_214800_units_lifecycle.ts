import { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * Units get calendar-day `validFrom`/`validTo` in place of `activeFrom` and the `active` flag:
 * `activeFrom` becomes `validFrom` (12:00 UTC of the Vietnam day it meant), a unit marked inactive
 * gets yesterday as its last day.
 */
export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  const units = payload.db.collections['units']!.collection
  const yesterday = new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10)
  for await (const unit of units.find({ activeFrom: { $exists: true } }, { session })) {
    const day = new Date(new Date(unit.activeFrom).getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
    await units.updateOne({ _id: unit._id }, { $set: { validFrom: new Date(`${day}T12:00:00.000Z`) }, $unset: { activeFrom: '' } }, { session })
  }
  await units.updateMany({ active: false }, { $set: { validTo: new Date(`${yesterday}T12:00:00.000Z`) } }, { session })
  await units.updateMany({ active: { $exists: true } }, { $unset: { active: '' } }, { session })
}

export async function down({ payload, session }: MigrateDownArgs): Promise<void> {
  const units = payload.db.collections['units']!.collection
  await units.updateMany({ validTo: { $exists: true, $ne: null } }, { $set: { active: false } }, { session })
  await units.updateMany({ validFrom: { $exists: true } }, { $rename: { validFrom: 'activeFrom' } }, { session })
  await units.updateMany({}, { $unset: { validTo: '' } }, { session })
}
