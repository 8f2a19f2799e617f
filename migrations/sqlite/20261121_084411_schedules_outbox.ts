import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`campaign_plans_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaign_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_plans_numbers_order_parent_idx\` ON \`campaign_plans_numbers\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`campaign_plans\` ADD \`escalation_step_days\` numeric DEFAULT 2;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`weekly_digest\` integer DEFAULT true;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`campaign_plans_numbers\`;`)
  await db.run(sql`ALTER TABLE \`campaign_plans\` DROP COLUMN \`escalation_step_days\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`weekly_digest\`;`)
}
