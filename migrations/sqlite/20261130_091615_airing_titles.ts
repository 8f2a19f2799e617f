import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`airings\` ADD \`title\` text;`)
  await db.run(sql`CREATE INDEX \`airings_title_idx\` ON \`airings\` (\`title\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`airings_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`airings\` DROP COLUMN \`title\`;`)
}
