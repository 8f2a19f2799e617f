import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`units_former_parents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`until\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`units_former_parents_order_idx\` ON \`units_former_parents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`units_former_parents_parent_id_idx\` ON \`units_former_parents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`units_former_parents_parent_idx\` ON \`units_former_parents\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`unit_lineage\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`predecessor_id\` integer NOT NULL,
  	\`successor_id\` integer NOT NULL,
  	\`effective_date\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`reorganisation_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`predecessor_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`successor_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reorganisation_id\`) REFERENCES \`unit_reorganisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`unit_lineage_predecessor_idx\` ON \`unit_lineage\` (\`predecessor_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_lineage_successor_idx\` ON \`unit_lineage\` (\`successor_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_lineage_reorganisation_idx\` ON \`unit_lineage\` (\`reorganisation_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_lineage_updated_at_idx\` ON \`unit_lineage\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_lineage_created_at_idx\` ON \`unit_lineage\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`unit_reorganisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text NOT NULL,
  	\`effective_date\` text NOT NULL,
  	\`origin\` text DEFAULT 'wizard',
  	\`performed_by_id\` integer,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`performed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`unit_reorganisations_performed_by_idx\` ON \`unit_reorganisations\` (\`performed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_reorganisations_updated_at_idx\` ON \`unit_reorganisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_reorganisations_created_at_idx\` ON \`unit_reorganisations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`unit_reorganisations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`unit_reorganisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`unit_reorganisations_rels_order_idx\` ON \`unit_reorganisations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`unit_reorganisations_rels_parent_idx\` ON \`unit_reorganisations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_reorganisations_rels_path_idx\` ON \`unit_reorganisations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`unit_reorganisations_rels_units_id_idx\` ON \`unit_reorganisations_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE TABLE \`unit_imports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_name\` text,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`encoding\` text,
  	\`update_existing\` integer,
  	\`total\` numeric DEFAULT 0,
  	\`processed\` numeric DEFAULT 0,
  	\`created\` numeric DEFAULT 0,
  	\`updated\` numeric DEFAULT 0,
  	\`closed\` numeric DEFAULT 0,
  	\`lineage\` numeric DEFAULT 0,
  	\`error\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`heartbeat_at\` text,
  	\`created_by_id\` integer,
  	\`plan\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`unit_imports_status_idx\` ON \`unit_imports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`unit_imports_created_by_idx\` ON \`unit_imports\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_imports_updated_at_idx\` ON \`unit_imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_imports_created_at_idx\` ON \`unit_imports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_unit_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`unit_id\` integer,
  	\`until\` text,
  	\`moved_to_id\` integer,
  	\`reason\` text,
  	\`reorganisation_id\` integer,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`moved_to_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reorganisation_id\`) REFERENCES \`unit_reorganisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_unit_history_order_idx\` ON \`users_unit_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_unit_history_parent_id_idx\` ON \`users_unit_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_unit_history_unit_idx\` ON \`users_unit_history\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`users_unit_history_moved_to_idx\` ON \`users_unit_history\` (\`moved_to_id\`);`)
  await db.run(sql`CREATE INDEX \`users_unit_history_reorganisation_idx\` ON \`users_unit_history\` (\`reorganisation_id\`);`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`official_code\` text;`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`type\` text;`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`valid_from\` text;`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`valid_to\` text;`)
  await db.run(sql`CREATE INDEX \`units_official_code_idx\` ON \`units\` (\`official_code\`);`)
  await db.run(sql`CREATE INDEX \`units_valid_from_idx\` ON \`units\` (\`valid_from\`);`)
  await db.run(sql`CREATE INDEX \`units_valid_to_idx\` ON \`units\` (\`valid_to\`);`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`active\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`active_from\`;`)
  await db.run(sql`ALTER TABLE \`outlets\` ADD \`continues_id\` integer REFERENCES outlets(id);`)
  await db.run(sql`CREATE INDEX \`outlets_continues_idx\` ON \`outlets\` (\`continues_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`unit_lineage_id\` integer REFERENCES unit_lineage(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`unit_reorganisations_id\` integer REFERENCES unit_reorganisations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`unit_imports_id\` integer REFERENCES unit_imports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_unit_lineage_id_idx\` ON \`payload_locked_documents_rels\` (\`unit_lineage_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_unit_reorganisations_id_idx\` ON \`payload_locked_documents_rels\` (\`unit_reorganisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_unit_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`unit_imports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`units_former_parents\`;`)
  await db.run(sql`DROP TABLE \`unit_lineage\`;`)
  await db.run(sql`DROP TABLE \`unit_reorganisations\`;`)
  await db.run(sql`DROP TABLE \`unit_reorganisations_rels\`;`)
  await db.run(sql`DROP TABLE \`unit_imports\`;`)
  await db.run(sql`DROP TABLE \`users_unit_history\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`outlets_unit_idx\` ON \`outlets\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`outlets_updated_at_idx\` ON \`outlets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outlets_created_at_idx\` ON \`outlets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`worker_heartbeats_id\` integer,
  	\`units_id\` integer,
  	\`users_id\` integer,
  	\`outbox_id\` integer,
  	\`outbox_claims_id\` integer,
  	\`webhooks_id\` integer,
  	\`articles_id\` integer,
  	\`faqs_id\` integer,
  	\`reform_areas_id\` integer,
  	\`tags_id\` integer,
  	\`procedure_fields_id\` integer,
  	\`citizen_questions_id\` integer,
  	\`comments_id\` integer,
  	\`article_ratings_id\` integer,
  	\`media_id\` integer,
  	\`submission_log_id\` integer,
  	\`campaign_plans_id\` integer,
  	\`target_indicators_id\` integer,
  	\`broadcast_items_id\` integer,
  	\`airings_id\` integer,
  	\`broadcast_tallies_id\` integer,
  	\`unit_reports_id\` integer,
  	\`outlets_id\` integer,
  	\`outreach_channels_id\` integer,
  	\`compliance_snapshots_id\` integer,
  	\`scorecard_stamps_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`worker_heartbeats_id\`) REFERENCES \`worker_heartbeats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_claims_id\`) REFERENCES \`outbox_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reform_areas_id\`) REFERENCES \`reform_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedure_fields_id\`) REFERENCES \`procedure_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`citizen_questions_id\`) REFERENCES \`citizen_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`article_ratings_id\`) REFERENCES \`article_ratings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submission_log_id\`) REFERENCES \`submission_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaign_plans_id\`) REFERENCES \`campaign_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_indicators_id\`) REFERENCES \`target_indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`broadcast_items_id\`) REFERENCES \`broadcast_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`airings_id\`) REFERENCES \`airings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`broadcast_tallies_id\`) REFERENCES \`broadcast_tallies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`unit_reports_id\`) REFERENCES \`unit_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outlets_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outreach_channels_id\`) REFERENCES \`outreach_channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`compliance_snapshots_id\`) REFERENCES \`compliance_snapshots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scorecard_stamps_id\`) REFERENCES \`scorecard_stamps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "worker_heartbeats_id", "units_id", "users_id", "outbox_id", "outbox_claims_id", "webhooks_id", "articles_id", "faqs_id", "reform_areas_id", "tags_id", "procedure_fields_id", "citizen_questions_id", "comments_id", "article_ratings_id", "media_id", "submission_log_id", "campaign_plans_id", "target_indicators_id", "broadcast_items_id", "airings_id", "broadcast_tallies_id", "unit_reports_id", "outlets_id", "outreach_channels_id", "compliance_snapshots_id", "scorecard_stamps_id") SELECT "id", "order", "parent_id", "path", "worker_heartbeats_id", "units_id", "users_id", "outbox_id", "outbox_claims_id", "webhooks_id", "articles_id", "faqs_id", "reform_areas_id", "tags_id", "procedure_fields_id", "citizen_questions_id", "comments_id", "article_ratings_id", "media_id", "submission_log_id", "campaign_plans_id", "target_indicators_id", "broadcast_items_id", "airings_id", "broadcast_tallies_id", "unit_reports_id", "outlets_id", "outreach_channels_id", "compliance_snapshots_id", "scorecard_stamps_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_worker_heartbeats_id_idx\` ON \`payload_locked_documents_rels\` (\`worker_heartbeats_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reform_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`reform_areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedure_fields_id_idx\` ON \`payload_locked_documents_rels\` (\`procedure_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_citizen_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`citizen_questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_article_ratings_id_idx\` ON \`payload_locked_documents_rels\` (\`article_ratings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submission_log_id_idx\` ON \`payload_locked_documents_rels\` (\`submission_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaign_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`campaign_plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_target_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`target_indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_broadcast_items_id_idx\` ON \`payload_locked_documents_rels\` (\`broadcast_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_airings_id_idx\` ON \`payload_locked_documents_rels\` (\`airings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_broadcast_tallies_id_idx\` ON \`payload_locked_documents_rels\` (\`broadcast_tallies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_unit_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`unit_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outlets_id_idx\` ON \`payload_locked_documents_rels\` (\`outlets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outreach_channels_id_idx\` ON \`payload_locked_documents_rels\` (\`outreach_channels_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_compliance_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`compliance_snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scorecard_stamps_id_idx\` ON \`payload_locked_documents_rels\` (\`scorecard_stamps_id\`);`)
  await db.run(sql`DROP INDEX \`units_official_code_idx\`;`)
  await db.run(sql`DROP INDEX \`units_valid_from_idx\`;`)
  await db.run(sql`DROP INDEX \`units_valid_to_idx\`;`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`active\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`active_from\` text;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`official_code\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`type\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`valid_from\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`valid_to\`;`)
}
