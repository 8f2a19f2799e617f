import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_broadcast_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`outlet_id\` integer NOT NULL,
  	\`channel\` text NOT NULL,
  	\`start\` text NOT NULL,
  	\`duration_minutes\` numeric DEFAULT 15 NOT NULL,
  	\`recurrence\` text DEFAULT 'none',
  	\`repeat_until\` text,
  	\`custom_rule\` text,
  	\`rrule\` text,
  	\`plan_id\` integer,
  	\`indicator_id\` integer,
  	\`article_id\` integer,
  	\`script\` text,
  	\`unit_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`campaign_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`target_indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_broadcast_items\`("id", "title", "outlet_id", "channel", "start", "duration_minutes", "recurrence", "repeat_until", "custom_rule", "rrule", "plan_id", "indicator_id", "article_id", "script", "unit_id", "updated_at", "created_at") SELECT "id", "title", "outlet_id", "channel", "start", "duration_minutes", "recurrence", "repeat_until", "custom_rule", "rrule", "plan_id", "indicator_id", "article_id", "script", "unit_id", "updated_at", "created_at" FROM \`broadcast_items\`;`)
  await db.run(sql`DROP TABLE \`broadcast_items\`;`)
  await db.run(sql`ALTER TABLE \`__new_broadcast_items\` RENAME TO \`broadcast_items\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`broadcast_items_outlet_idx\` ON \`broadcast_items\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_start_idx\` ON \`broadcast_items\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_plan_idx\` ON \`broadcast_items\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_indicator_idx\` ON \`broadcast_items\` (\`indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_article_idx\` ON \`broadcast_items\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_unit_idx\` ON \`broadcast_items\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_updated_at_idx\` ON \`broadcast_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_created_at_idx\` ON \`broadcast_items\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_airings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item_id\` integer NOT NULL,
  	\`occurrence_at\` text NOT NULL,
  	\`status\` text DEFAULT 'confirmed' NOT NULL,
  	\`aired_at\` text,
  	\`evidence_link\` text,
  	\`note\` text,
  	\`confirmed_by_id\` integer,
  	\`unit_id\` integer,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`item_id\`) REFERENCES \`broadcast_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_airings\`("id", "item_id", "occurrence_at", "status", "aired_at", "evidence_link", "note", "confirmed_by_id", "unit_id", "key", "updated_at", "created_at") SELECT "id", "item_id", "occurrence_at", "status", "aired_at", "evidence_link", "note", "confirmed_by_id", "unit_id", "key", "updated_at", "created_at" FROM \`airings\`;`)
  await db.run(sql`DROP TABLE \`airings\`;`)
  await db.run(sql`ALTER TABLE \`__new_airings\` RENAME TO \`airings\`;`)
  await db.run(sql`CREATE INDEX \`airings_item_idx\` ON \`airings\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`airings_occurrence_at_idx\` ON \`airings\` (\`occurrence_at\`);`)
  await db.run(sql`CREATE INDEX \`airings_confirmed_by_idx\` ON \`airings\` (\`confirmed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`airings_unit_idx\` ON \`airings\` (\`unit_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`airings_key_idx\` ON \`airings\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`airings_updated_at_idx\` ON \`airings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`airings_created_at_idx\` ON \`airings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_broadcast_tallies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`outlet_id\` integer NOT NULL,
  	\`unit_id\` integer,
  	\`channel\` text NOT NULL,
  	\`quarter\` text NOT NULL,
  	\`scheduled\` numeric DEFAULT 0,
  	\`confirmed\` numeric DEFAULT 0,
  	\`missed\` numeric DEFAULT 0,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_broadcast_tallies\`("id", "outlet_id", "unit_id", "channel", "quarter", "scheduled", "confirmed", "missed", "key", "updated_at", "created_at") SELECT "id", "outlet_id", "unit_id", "channel", "quarter", "scheduled", "confirmed", "missed", "key", "updated_at", "created_at" FROM \`broadcast_tallies\`;`)
  await db.run(sql`DROP TABLE \`broadcast_tallies\`;`)
  await db.run(sql`ALTER TABLE \`__new_broadcast_tallies\` RENAME TO \`broadcast_tallies\`;`)
  await db.run(sql`CREATE INDEX \`broadcast_tallies_outlet_idx\` ON \`broadcast_tallies\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_tallies_unit_idx\` ON \`broadcast_tallies\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_tallies_quarter_idx\` ON \`broadcast_tallies\` (\`quarter\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`broadcast_tallies_key_idx\` ON \`broadcast_tallies\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_tallies_updated_at_idx\` ON \`broadcast_tallies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_tallies_created_at_idx\` ON \`broadcast_tallies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_outlets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`reminder_lead_hours\` numeric DEFAULT 24,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_outlets\`("id", "name", "kind", "unit_id", "reminder_lead_hours", "active", "updated_at", "created_at") SELECT "id", "name", "kind", "unit_id", "reminder_lead_hours", "active", "updated_at", "created_at" FROM \`outlets\`;`)
  await db.run(sql`DROP TABLE \`outlets\`;`)
  await db.run(sql`ALTER TABLE \`__new_outlets\` RENAME TO \`outlets\`;`)
  await db.run(sql`CREATE INDEX \`outlets_unit_idx\` ON \`outlets\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`outlets_updated_at_idx\` ON \`outlets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outlets_created_at_idx\` ON \`outlets\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_broadcast_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`outlet_id\` integer NOT NULL,
  	\`channel\` text NOT NULL,
  	\`start\` text NOT NULL,
  	\`duration_minutes\` numeric DEFAULT 15 NOT NULL,
  	\`recurrence\` text DEFAULT 'none',
  	\`repeat_until\` text,
  	\`custom_rule\` text,
  	\`rrule\` text,
  	\`plan_id\` integer,
  	\`indicator_id\` integer,
  	\`article_id\` integer,
  	\`script\` text,
  	\`owner_unit_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`campaign_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`target_indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_broadcast_items\`("id", "title", "outlet_id", "channel", "start", "duration_minutes", "recurrence", "repeat_until", "custom_rule", "rrule", "plan_id", "indicator_id", "article_id", "script", "owner_unit_id", "updated_at", "created_at") SELECT "id", "title", "outlet_id", "channel", "start", "duration_minutes", "recurrence", "repeat_until", "custom_rule", "rrule", "plan_id", "indicator_id", "article_id", "script", "owner_unit_id", "updated_at", "created_at" FROM \`broadcast_items\`;`)
  await db.run(sql`DROP TABLE \`broadcast_items\`;`)
  await db.run(sql`ALTER TABLE \`__new_broadcast_items\` RENAME TO \`broadcast_items\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`broadcast_items_outlet_idx\` ON \`broadcast_items\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_start_idx\` ON \`broadcast_items\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_plan_idx\` ON \`broadcast_items\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_indicator_idx\` ON \`broadcast_items\` (\`indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_article_idx\` ON \`broadcast_items\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_owner_unit_idx\` ON \`broadcast_items\` (\`owner_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_updated_at_idx\` ON \`broadcast_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_created_at_idx\` ON \`broadcast_items\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_airings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item_id\` integer NOT NULL,
  	\`occurrence_at\` text NOT NULL,
  	\`status\` text DEFAULT 'confirmed' NOT NULL,
  	\`aired_at\` text,
  	\`evidence_link\` text,
  	\`note\` text,
  	\`confirmed_by_id\` integer,
  	\`owner_unit_id\` integer,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`item_id\`) REFERENCES \`broadcast_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_airings\`("id", "item_id", "occurrence_at", "status", "aired_at", "evidence_link", "note", "confirmed_by_id", "owner_unit_id", "key", "updated_at", "created_at") SELECT "id", "item_id", "occurrence_at", "status", "aired_at", "evidence_link", "note", "confirmed_by_id", "owner_unit_id", "key", "updated_at", "created_at" FROM \`airings\`;`)
  await db.run(sql`DROP TABLE \`airings\`;`)
  await db.run(sql`ALTER TABLE \`__new_airings\` RENAME TO \`airings\`;`)
  await db.run(sql`CREATE INDEX \`airings_item_idx\` ON \`airings\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`airings_occurrence_at_idx\` ON \`airings\` (\`occurrence_at\`);`)
  await db.run(sql`CREATE INDEX \`airings_confirmed_by_idx\` ON \`airings\` (\`confirmed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`airings_owner_unit_idx\` ON \`airings\` (\`owner_unit_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`airings_key_idx\` ON \`airings\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`airings_updated_at_idx\` ON \`airings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`airings_created_at_idx\` ON \`airings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_broadcast_tallies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`outlet_id\` integer NOT NULL,
  	\`owner_unit_id\` integer,
  	\`channel\` text NOT NULL,
  	\`quarter\` text NOT NULL,
  	\`scheduled\` numeric DEFAULT 0,
  	\`confirmed\` numeric DEFAULT 0,
  	\`missed\` numeric DEFAULT 0,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`outlet_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_broadcast_tallies\`("id", "outlet_id", "owner_unit_id", "channel", "quarter", "scheduled", "confirmed", "missed", "key", "updated_at", "created_at") SELECT "id", "outlet_id", "owner_unit_id", "channel", "quarter", "scheduled", "confirmed", "missed", "key", "updated_at", "created_at" FROM \`broadcast_tallies\`;`)
  await db.run(sql`DROP TABLE \`broadcast_tallies\`;`)
  await db.run(sql`ALTER TABLE \`__new_broadcast_tallies\` RENAME TO \`broadcast_tallies\`;`)
  await db.run(sql`CREATE INDEX \`broadcast_tallies_outlet_idx\` ON \`broadcast_tallies\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_tallies_owner_unit_idx\` ON \`broadcast_tallies\` (\`owner_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_tallies_quarter_idx\` ON \`broadcast_tallies\` (\`quarter\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`broadcast_tallies_key_idx\` ON \`broadcast_tallies\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_tallies_updated_at_idx\` ON \`broadcast_tallies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_tallies_created_at_idx\` ON \`broadcast_tallies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_outlets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`owner_unit_id\` integer NOT NULL,
  	\`reminder_lead_hours\` numeric DEFAULT 24,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_outlets\`("id", "name", "kind", "owner_unit_id", "reminder_lead_hours", "active", "updated_at", "created_at") SELECT "id", "name", "kind", "owner_unit_id", "reminder_lead_hours", "active", "updated_at", "created_at" FROM \`outlets\`;`)
  await db.run(sql`DROP TABLE \`outlets\`;`)
  await db.run(sql`ALTER TABLE \`__new_outlets\` RENAME TO \`outlets\`;`)
  await db.run(sql`CREATE INDEX \`outlets_owner_unit_idx\` ON \`outlets\` (\`owner_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`outlets_updated_at_idx\` ON \`outlets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outlets_created_at_idx\` ON \`outlets\` (\`created_at\`);`)
}
