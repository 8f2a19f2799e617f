import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand, with `..._units_lifecycle_after`: units get calendar-day `valid_from`/`valid_to`
 * in place of `active_from` and the `active` flag. The generated migration between these two drops
 * the old columns and adds the new ones, so their values are kept here in a scratch table first
 * and written into the new columns after it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql.raw('CREATE TABLE `_units_lifecycle_carry` (`id` integer PRIMARY KEY NOT NULL, `active_from` text, `inactive` integer);'))
  await db.run(sql.raw('INSERT INTO `_units_lifecycle_carry` (`id`, `active_from`, `inactive`) SELECT `id`, `active_from`, CASE WHEN `active` = 0 THEN 1 ELSE 0 END FROM `units` WHERE `active_from` IS NOT NULL OR `active` = 0;'))
}

/** Puts back `active_from` and `active` (the generated migration's down has re-added the columns). */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql.raw('UPDATE `units` SET `active_from` = (SELECT `valid_from` FROM `_units_lifecycle_carry` c WHERE c.`id` = `units`.`id`), `active` = CASE WHEN `id` IN (SELECT `id` FROM `_units_lifecycle_carry` WHERE `valid_to` IS NOT NULL) THEN 0 ELSE 1 END;'))
  await db.run(sql.raw('DROP TABLE IF EXISTS `_units_lifecycle_carry`;'))
}
