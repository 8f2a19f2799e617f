import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand, after `..._airing_titles`: airings saved before they had a title get
 * "item – dd/MM/yyyy HH:mm" on the Vietnam clock (UTC+7 all year), as `checkAiring` writes it.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql.raw(
      "UPDATE `airings` SET `title` = (SELECT trim(`title`) FROM `broadcast_items` b WHERE b.`id` = `airings`.`item_id`) || ' – ' || strftime('%d/%m/%Y %H:%M', `occurrence_at`, '+7 hours') WHERE `title` IS NULL;",
    ),
  )
}

/** Nothing to undo: the previous migration's down drops the column. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
