import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand, with `..._units_lifecycle_before`: the kept `active_from` becomes `valid_from`,
 * stored as 12:00 UTC of the Vietnam day it meant (the calendar-day form), and a unit that was
 * marked inactive gets yesterday as its last day.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  const yesterday = new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10)
  await db.run(sql.raw("UPDATE `units` SET `valid_from` = (SELECT strftime('%Y-%m-%dT12:00:00.000Z', c.`active_from`, '+7 hours') FROM `_units_lifecycle_carry` c WHERE c.`id` = `units`.`id`) WHERE `id` IN (SELECT `id` FROM `_units_lifecycle_carry` WHERE `active_from` IS NOT NULL);"))
  await db.run(sql.raw(`UPDATE \`units\` SET \`valid_to\` = '${yesterday}T12:00:00.000Z' WHERE \`id\` IN (SELECT \`id\` FROM \`_units_lifecycle_carry\` WHERE \`inactive\` = 1);`))
  await db.run(sql.raw('DROP TABLE `_units_lifecycle_carry`;'))
}

/** Keeps `valid_from` and `valid_to` for the way back (see `..._units_lifecycle_before`'s down). */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql.raw('CREATE TABLE `_units_lifecycle_carry` (`id` integer PRIMARY KEY NOT NULL, `valid_from` text, `valid_to` text);'))
  await db.run(sql.raw('INSERT INTO `_units_lifecycle_carry` (`id`, `valid_from`, `valid_to`) SELECT `id`, `valid_from`, `valid_to` FROM `units` WHERE `valid_from` IS NOT NULL OR `valid_to` IS NOT NULL;'))
}
