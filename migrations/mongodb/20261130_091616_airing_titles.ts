import { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

/**
 * Airings saved before they had a title get "item – dd/MM/yyyy HH:mm" on the Vietnam clock
 * (UTC+7 all year), as `checkAiring` writes it.
 */
export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  const airings = payload.db.collections['airings']!.collection
  const items = payload.db.collections['broadcast-items']!.collection
  const titles = new Map<string, string>()
  const pad = (n: number) => String(n).padStart(2, '0')
  for await (const airing of airings.find({ title: { $exists: false } }, { session })) {
    const itemId = String(airing.item)
    if (!titles.has(itemId)) {
      const item = await items.findOne({ _id: airing.item }, { session })
      titles.set(itemId, String(item?.title ?? '').trim())
    }
    const local = new Date(new Date(airing.occurrenceAt).getTime() + 7 * 3_600_000)
    const when = `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`
    await airings.updateOne({ _id: airing._id }, { $set: { title: `${titles.get(itemId)} – ${when}` } }, { session })
  }
}

export async function down({ payload, session }: MigrateDownArgs): Promise<void> {
  await payload.db.collections['airings']!.collection.updateMany({}, { $unset: { title: '' } }, { session })
}
