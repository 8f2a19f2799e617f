import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`document_register\` ADD \`plan_id\` integer REFERENCES campaign_plans(id);`)
  await db.run(sql`ALTER TABLE \`document_register\` ADD \`fingerprint\` text;`)
  await db.run(sql`CREATE INDEX \`document_register_plan_idx\` ON \`document_register\` (\`plan_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_document_register\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`version\` numeric NOT NULL,
  	\`kind\` text NOT NULL,
  	\`symbol\` text NOT NULL,
  	\`subject\` text,
  	\`report_id\` integer,
  	\`source\` text NOT NULL,
  	\`issued_at\` text NOT NULL,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`unit_reports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_document_register\`("id", "unit_id", "year", "number", "version", "kind", "symbol", "subject", "report_id", "source", "issued_at", "key", "updated_at", "created_at") SELECT "id", "unit_id", "year", "number", "version", "kind", "symbol", "subject", "report_id", "source", "issued_at", "key", "updated_at", "created_at" FROM \`document_register\`;`)
  await db.run(sql`DROP TABLE \`document_register\`;`)
  await db.run(sql`ALTER TABLE \`__new_document_register\` RENAME TO \`document_register\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`document_register_unit_idx\` ON \`document_register\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`document_register_year_idx\` ON \`document_register\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`document_register_report_idx\` ON \`document_register\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`document_register_source_idx\` ON \`document_register\` (\`source\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`document_register_key_idx\` ON \`document_register\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`document_register_updated_at_idx\` ON \`document_register\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`document_register_created_at_idx\` ON \`document_register\` (\`created_at\`);`)
}
