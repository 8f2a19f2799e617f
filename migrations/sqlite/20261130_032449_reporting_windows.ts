import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`campaign_plans\` ADD \`periods_basis\` text DEFAULT 'calendar';`)
  await db.run(sql`ALTER TABLE \`campaign_plans\` ADD \`periods_window_start_day\` numeric DEFAULT 15;`)
  await db.run(sql`ALTER TABLE \`campaign_plans\` ADD \`periods_window_start_month\` numeric DEFAULT 12;`)
  await db.run(sql`ALTER TABLE \`campaign_plans\` ADD \`periods_unit_deadline_day\` numeric DEFAULT 15;`)
  await db.run(sql`ALTER TABLE \`campaign_plans\` ADD \`periods_province_deadline_day\` numeric DEFAULT 20;`)
  await db.run(sql`ALTER TABLE \`campaign_plans\` ADD \`periods_grace_days\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`unit_reports\` ADD \`period_window\` text;`)
  await db.run(sql`ALTER TABLE \`unit_reports\` ADD \`late\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`unit_reports_late_idx\` ON \`unit_reports\` (\`late\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`unit_reports_late_idx\`;`)
  await db.run(sql`ALTER TABLE \`unit_reports\` DROP COLUMN \`period_window\`;`)
  await db.run(sql`ALTER TABLE \`unit_reports\` DROP COLUMN \`late\`;`)
  await db.run(sql`ALTER TABLE \`campaign_plans\` DROP COLUMN \`periods_basis\`;`)
  await db.run(sql`ALTER TABLE \`campaign_plans\` DROP COLUMN \`periods_window_start_day\`;`)
  await db.run(sql`ALTER TABLE \`campaign_plans\` DROP COLUMN \`periods_window_start_month\`;`)
  await db.run(sql`ALTER TABLE \`campaign_plans\` DROP COLUMN \`periods_unit_deadline_day\`;`)
  await db.run(sql`ALTER TABLE \`campaign_plans\` DROP COLUMN \`periods_province_deadline_day\`;`)
  await db.run(sql`ALTER TABLE \`campaign_plans\` DROP COLUMN \`periods_grace_days\`;`)
}
