import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_notifications_off\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_notifications_off_order_idx\` ON \`users_notifications_off\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_notifications_off_parent_idx\` ON \`users_notifications_off\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`notifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`recipient_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`key\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`note\` text,
  	\`unit_name\` text,
  	\`link\` text NOT NULL,
  	\`read_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_recipient_idx\` ON \`notifications\` (\`recipient_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`notifications_key_idx\` ON \`notifications\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`notifications_read_at_idx\` ON \`notifications\` (\`read_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`notifications_id\` integer REFERENCES notifications(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_notifications_off\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`worker_heartbeats_id\` integer,
  	\`units_id\` integer,
  	\`unit_lineage_id\` integer,
  	\`unit_reorganisations_id\` integer,
  	\`unit_imports_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
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
  	\`personal_data_consents_id\` integer,
  	\`personal_data_breaches_id\` integer,
  	\`personal_data_requests_id\` integer,
  	\`article_ratings_id\` integer,
  	\`media_id\` integer,
  	\`submission_log_id\` integer,
  	\`campaign_plans_id\` integer,
  	\`target_indicators_id\` integer,
  	\`broadcast_items_id\` integer,
  	\`airings_id\` integer,
  	\`broadcast_tallies_id\` integer,
  	\`unit_reports_id\` integer,
  	\`document_register_id\` integer,
  	\`outlets_id\` integer,
  	\`outreach_channels_id\` integer,
  	\`compliance_snapshots_id\` integer,
  	\`scorecard_stamps_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`worker_heartbeats_id\`) REFERENCES \`worker_heartbeats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`unit_lineage_id\`) REFERENCES \`unit_lineage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`unit_reorganisations_id\`) REFERENCES \`unit_reorganisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`unit_imports_id\`) REFERENCES \`unit_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  	FOREIGN KEY (\`personal_data_consents_id\`) REFERENCES \`personal_data_consents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`personal_data_breaches_id\`) REFERENCES \`personal_data_breaches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`personal_data_requests_id\`) REFERENCES \`personal_data_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`article_ratings_id\`) REFERENCES \`article_ratings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submission_log_id\`) REFERENCES \`submission_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaign_plans_id\`) REFERENCES \`campaign_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`target_indicators_id\`) REFERENCES \`target_indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`broadcast_items_id\`) REFERENCES \`broadcast_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`airings_id\`) REFERENCES \`airings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`broadcast_tallies_id\`) REFERENCES \`broadcast_tallies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`unit_reports_id\`) REFERENCES \`unit_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`document_register_id\`) REFERENCES \`document_register\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outlets_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outreach_channels_id\`) REFERENCES \`outreach_channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`compliance_snapshots_id\`) REFERENCES \`compliance_snapshots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`scorecard_stamps_id\`) REFERENCES \`scorecard_stamps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "worker_heartbeats_id", "units_id", "unit_lineage_id", "unit_reorganisations_id", "unit_imports_id", "users_id", "audit_log_id", "outbox_id", "outbox_claims_id", "webhooks_id", "articles_id", "faqs_id", "reform_areas_id", "tags_id", "procedure_fields_id", "citizen_questions_id", "comments_id", "personal_data_consents_id", "personal_data_breaches_id", "personal_data_requests_id", "article_ratings_id", "media_id", "submission_log_id", "campaign_plans_id", "target_indicators_id", "broadcast_items_id", "airings_id", "broadcast_tallies_id", "unit_reports_id", "document_register_id", "outlets_id", "outreach_channels_id", "compliance_snapshots_id", "scorecard_stamps_id") SELECT "id", "order", "parent_id", "path", "worker_heartbeats_id", "units_id", "unit_lineage_id", "unit_reorganisations_id", "unit_imports_id", "users_id", "audit_log_id", "outbox_id", "outbox_claims_id", "webhooks_id", "articles_id", "faqs_id", "reform_areas_id", "tags_id", "procedure_fields_id", "citizen_questions_id", "comments_id", "personal_data_consents_id", "personal_data_breaches_id", "personal_data_requests_id", "article_ratings_id", "media_id", "submission_log_id", "campaign_plans_id", "target_indicators_id", "broadcast_items_id", "airings_id", "broadcast_tallies_id", "unit_reports_id", "document_register_id", "outlets_id", "outreach_channels_id", "compliance_snapshots_id", "scorecard_stamps_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_worker_heartbeats_id_idx\` ON \`payload_locked_documents_rels\` (\`worker_heartbeats_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_unit_lineage_id_idx\` ON \`payload_locked_documents_rels\` (\`unit_lineage_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_unit_reorganisations_id_idx\` ON \`payload_locked_documents_rels\` (\`unit_reorganisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_unit_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`unit_imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_personal_data_consents_id_idx\` ON \`payload_locked_documents_rels\` (\`personal_data_consents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_personal_data_breaches_id_idx\` ON \`payload_locked_documents_rels\` (\`personal_data_breaches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_personal_data_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`personal_data_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_article_ratings_id_idx\` ON \`payload_locked_documents_rels\` (\`article_ratings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submission_log_id_idx\` ON \`payload_locked_documents_rels\` (\`submission_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaign_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`campaign_plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_target_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`target_indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_broadcast_items_id_idx\` ON \`payload_locked_documents_rels\` (\`broadcast_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_airings_id_idx\` ON \`payload_locked_documents_rels\` (\`airings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_broadcast_tallies_id_idx\` ON \`payload_locked_documents_rels\` (\`broadcast_tallies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_unit_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`unit_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_register_id_idx\` ON \`payload_locked_documents_rels\` (\`document_register_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outlets_id_idx\` ON \`payload_locked_documents_rels\` (\`outlets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outreach_channels_id_idx\` ON \`payload_locked_documents_rels\` (\`outreach_channels_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_compliance_snapshots_id_idx\` ON \`payload_locked_documents_rels\` (\`compliance_snapshots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_scorecard_stamps_id_idx\` ON \`payload_locked_documents_rels\` (\`scorecard_stamps_id\`);`)
}
