import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`campaign_plans_topics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`topic\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_plans_topics_order_idx\` ON \`campaign_plans_topics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_plans_topics_parent_id_idx\` ON \`campaign_plans_topics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaign_plans_key_tasks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`area_id\` integer,
  	\`owner_id\` integer,
  	\`due\` text,
  	\`status\` text DEFAULT 'notStarted',
  	FOREIGN KEY (\`area_id\`) REFERENCES \`reform_areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_plans_key_tasks_order_idx\` ON \`campaign_plans_key_tasks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_plans_key_tasks_parent_id_idx\` ON \`campaign_plans_key_tasks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_plans_key_tasks_area_idx\` ON \`campaign_plans_key_tasks\` (\`area_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_plans_key_tasks_owner_idx\` ON \`campaign_plans_key_tasks\` (\`owner_id\`);`)
  await db.run(sql`CREATE TABLE \`campaign_plans_reporting_levels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaign_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_plans_reporting_levels_order_idx\` ON \`campaign_plans_reporting_levels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_plans_reporting_levels_parent_idx\` ON \`campaign_plans_reporting_levels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaign_plans_report_deadlines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`period\` text NOT NULL,
  	\`deadline\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_plans_report_deadlines_order_idx\` ON \`campaign_plans_report_deadlines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_plans_report_deadlines_parent_id_idx\` ON \`campaign_plans_report_deadlines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaign_plans_required_figures\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaign_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_plans_required_figures_order_idx\` ON \`campaign_plans_required_figures\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_plans_required_figures_parent_idx\` ON \`campaign_plans_required_figures\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaign_plans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	\`issue_date\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`title\` text NOT NULL,
  	\`issuing_unit_id\` integer NOT NULL,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`is_public\` integer DEFAULT false,
  	\`public_summary\` text,
  	\`signed_document_id\` integer,
  	\`participating_root_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`issuing_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`signed_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`participating_root_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_plans_issuing_unit_idx\` ON \`campaign_plans\` (\`issuing_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_plans_signed_document_idx\` ON \`campaign_plans\` (\`signed_document_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_plans_participating_root_idx\` ON \`campaign_plans\` (\`participating_root_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_plans_updated_at_idx\` ON \`campaign_plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaign_plans_created_at_idx\` ON \`campaign_plans\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`campaign_plans_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`reform_areas_id\` integer,
  	\`outreach_channels_id\` integer,
  	\`units_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaign_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reform_areas_id\`) REFERENCES \`reform_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outreach_channels_id\`) REFERENCES \`outreach_channels\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_plans_rels_order_idx\` ON \`campaign_plans_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaign_plans_rels_parent_idx\` ON \`campaign_plans_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_plans_rels_path_idx\` ON \`campaign_plans_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`campaign_plans_rels_reform_areas_id_idx\` ON \`campaign_plans_rels\` (\`reform_areas_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_plans_rels_outreach_channels_id_idx\` ON \`campaign_plans_rels\` (\`outreach_channels_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_plans_rels_units_id_idx\` ON \`campaign_plans_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE TABLE \`target_indicators_scope_levels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`target_indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`target_indicators_scope_levels_order_idx\` ON \`target_indicators_scope_levels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`target_indicators_scope_levels_parent_idx\` ON \`target_indicators_scope_levels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`target_indicators_scope_requires\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`target_indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`target_indicators_scope_requires_order_idx\` ON \`target_indicators_scope_requires\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`target_indicators_scope_requires_parent_idx\` ON \`target_indicators_scope_requires\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`target_indicators_quotas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`channel\` text,
  	\`min\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`target_indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`target_indicators_quotas_order_idx\` ON \`target_indicators_quotas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`target_indicators_quotas_parent_id_idx\` ON \`target_indicators_quotas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`target_indicators\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`plan_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`target_share\` numeric DEFAULT 100 NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`rule_kind\` text NOT NULL,
  	\`channel\` text,
  	\`content_kind\` text,
  	\`min_count\` numeric,
  	\`figure\` text,
  	\`comparator\` text DEFAULT 'gte',
  	\`threshold\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`campaign_plans\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`target_indicators_plan_idx\` ON \`target_indicators\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`target_indicators_updated_at_idx\` ON \`target_indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`target_indicators_created_at_idx\` ON \`target_indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`target_indicators_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`units_id\` integer,
  	\`outlets_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`target_indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outlets_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`target_indicators_rels_order_idx\` ON \`target_indicators_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`target_indicators_rels_parent_idx\` ON \`target_indicators_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`target_indicators_rels_path_idx\` ON \`target_indicators_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`target_indicators_rels_units_id_idx\` ON \`target_indicators_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`target_indicators_rels_outlets_id_idx\` ON \`target_indicators_rels\` (\`outlets_id\`);`)
  await db.run(sql`CREATE TABLE \`broadcast_items\` (
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
  await db.run(sql`CREATE INDEX \`broadcast_items_outlet_idx\` ON \`broadcast_items\` (\`outlet_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_start_idx\` ON \`broadcast_items\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_plan_idx\` ON \`broadcast_items\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_indicator_idx\` ON \`broadcast_items\` (\`indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_article_idx\` ON \`broadcast_items\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_owner_unit_idx\` ON \`broadcast_items\` (\`owner_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_updated_at_idx\` ON \`broadcast_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_items_created_at_idx\` ON \`broadcast_items\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`airings\` (
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
  await db.run(sql`CREATE INDEX \`airings_item_idx\` ON \`airings\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`airings_occurrence_at_idx\` ON \`airings\` (\`occurrence_at\`);`)
  await db.run(sql`CREATE INDEX \`airings_confirmed_by_idx\` ON \`airings\` (\`confirmed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`airings_owner_unit_idx\` ON \`airings\` (\`owner_unit_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`airings_key_idx\` ON \`airings\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`airings_updated_at_idx\` ON \`airings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`airings_created_at_idx\` ON \`airings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`airings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`airings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`airings_rels_order_idx\` ON \`airings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`airings_rels_parent_idx\` ON \`airings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`airings_rels_path_idx\` ON \`airings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`airings_rels_media_id_idx\` ON \`airings_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`unit_reports_activities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`channel_id\` integer NOT NULL,
  	\`count\` numeric NOT NULL,
  	\`reach\` numeric,
  	FOREIGN KEY (\`channel_id\`) REFERENCES \`outreach_channels\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`unit_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`unit_reports_activities_order_idx\` ON \`unit_reports_activities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_activities_parent_id_idx\` ON \`unit_reports_activities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_activities_channel_idx\` ON \`unit_reports_activities\` (\`channel_id\`);`)
  await db.run(sql`CREATE TABLE \`unit_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`plan_id\` integer NOT NULL,
  	\`unit_id\` integer NOT NULL,
  	\`period\` text NOT NULL,
  	\`year\` numeric,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`return_reason\` text,
  	\`reopened\` integer DEFAULT false,
  	\`figures_procedures_published\` numeric,
  	\`figures_procedures_new\` numeric,
  	\`figures_procedures_amended\` numeric,
  	\`figures_procedures_abolished\` numeric,
  	\`figures_procedures_posted_pct\` numeric,
  	\`figures_feedback_received\` numeric,
  	\`figures_feedback_handled\` numeric,
  	\`figures_dossiers_early_pct\` numeric,
  	\`figures_dossiers_on_time_pct\` numeric,
  	\`figures_dossiers_late_pct\` numeric,
  	\`figures_online_services_offered\` numeric,
  	\`figures_online_services_integrated\` numeric,
  	\`figures_online_payment_pct\` numeric,
  	\`figures_sipas_score\` numeric,
  	\`figures_par_index_score\` numeric,
  	\`figures_par_index_rank\` numeric,
  	\`figures_has_reform_section\` integer,
  	\`figures_inspected\` integer,
  	\`submitted_at\` text,
  	\`first_submitted_at\` text,
  	\`approved_by_id\` integer,
  	\`key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`campaign_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`unit_reports_plan_idx\` ON \`unit_reports\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_unit_idx\` ON \`unit_reports\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_status_idx\` ON \`unit_reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_approved_by_idx\` ON \`unit_reports\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`unit_reports_key_idx\` ON \`unit_reports\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_updated_at_idx\` ON \`unit_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_created_at_idx\` ON \`unit_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`unit_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`unit_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`unit_reports_rels_order_idx\` ON \`unit_reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_rels_parent_idx\` ON \`unit_reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_rels_path_idx\` ON \`unit_reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`unit_reports_rels_media_id_idx\` ON \`unit_reports_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`outlets_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`outlets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`outlets_channels_order_idx\` ON \`outlets_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`outlets_channels_parent_idx\` ON \`outlets_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`outlets\` (
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
  await db.run(sql`CREATE INDEX \`outlets_owner_unit_idx\` ON \`outlets\` (\`owner_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`outlets_updated_at_idx\` ON \`outlets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outlets_created_at_idx\` ON \`outlets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`outreach_channels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`outreach_channels_slug_idx\` ON \`outreach_channels\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`outreach_channels_updated_at_idx\` ON \`outreach_channels\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outreach_channels_created_at_idx\` ON \`outreach_channels\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`active_from\` text;`)
  await db.run(sql`ALTER TABLE \`units\` ADD \`radio_station_until\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`campaign_plans_id\` integer REFERENCES campaign_plans(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`target_indicators_id\` integer REFERENCES target_indicators(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`broadcast_items_id\` integer REFERENCES broadcast_items(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`airings_id\` integer REFERENCES airings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`unit_reports_id\` integer REFERENCES unit_reports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`outlets_id\` integer REFERENCES outlets(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`outreach_channels_id\` integer REFERENCES outreach_channels(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaign_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`campaign_plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_target_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`target_indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_broadcast_items_id_idx\` ON \`payload_locked_documents_rels\` (\`broadcast_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_airings_id_idx\` ON \`payload_locked_documents_rels\` (\`airings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_unit_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`unit_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outlets_id_idx\` ON \`payload_locked_documents_rels\` (\`outlets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outreach_channels_id_idx\` ON \`payload_locked_documents_rels\` (\`outreach_channels_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`campaign_plans_topics\`;`)
  await db.run(sql`DROP TABLE \`campaign_plans_key_tasks\`;`)
  await db.run(sql`DROP TABLE \`campaign_plans_reporting_levels\`;`)
  await db.run(sql`DROP TABLE \`campaign_plans_report_deadlines\`;`)
  await db.run(sql`DROP TABLE \`campaign_plans_required_figures\`;`)
  await db.run(sql`DROP TABLE \`campaign_plans\`;`)
  await db.run(sql`DROP TABLE \`campaign_plans_rels\`;`)
  await db.run(sql`DROP TABLE \`target_indicators_scope_levels\`;`)
  await db.run(sql`DROP TABLE \`target_indicators_scope_requires\`;`)
  await db.run(sql`DROP TABLE \`target_indicators_quotas\`;`)
  await db.run(sql`DROP TABLE \`target_indicators\`;`)
  await db.run(sql`DROP TABLE \`target_indicators_rels\`;`)
  await db.run(sql`DROP TABLE \`broadcast_items\`;`)
  await db.run(sql`DROP TABLE \`airings\`;`)
  await db.run(sql`DROP TABLE \`airings_rels\`;`)
  await db.run(sql`DROP TABLE \`unit_reports_activities\`;`)
  await db.run(sql`DROP TABLE \`unit_reports\`;`)
  await db.run(sql`DROP TABLE \`unit_reports_rels\`;`)
  await db.run(sql`DROP TABLE \`outlets_channels\`;`)
  await db.run(sql`DROP TABLE \`outlets\`;`)
  await db.run(sql`DROP TABLE \`outreach_channels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`faqs_id\` integer,
  	\`reform_areas_id\` integer,
  	\`tags_id\` integer,
  	\`procedure_fields_id\` integer,
  	\`citizen_questions_id\` integer,
  	\`comments_id\` integer,
  	\`article_ratings_id\` integer,
  	\`media_id\` integer,
  	\`units_id\` integer,
  	\`users_id\` integer,
  	\`submission_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reform_areas_id\`) REFERENCES \`reform_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedure_fields_id\`) REFERENCES \`procedure_fields\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`citizen_questions_id\`) REFERENCES \`citizen_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comments_id\`) REFERENCES \`comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`article_ratings_id\`) REFERENCES \`article_ratings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`submission_log_id\`) REFERENCES \`submission_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "faqs_id", "reform_areas_id", "tags_id", "procedure_fields_id", "citizen_questions_id", "comments_id", "article_ratings_id", "media_id", "units_id", "users_id", "submission_log_id") SELECT "id", "order", "parent_id", "path", "articles_id", "faqs_id", "reform_areas_id", "tags_id", "procedure_fields_id", "citizen_questions_id", "comments_id", "article_ratings_id", "media_id", "units_id", "users_id", "submission_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reform_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`reform_areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedure_fields_id_idx\` ON \`payload_locked_documents_rels\` (\`procedure_fields_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_citizen_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`citizen_questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_article_ratings_id_idx\` ON \`payload_locked_documents_rels\` (\`article_ratings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submission_log_id_idx\` ON \`payload_locked_documents_rels\` (\`submission_log_id\`);`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`active_from\`;`)
  await db.run(sql`ALTER TABLE \`units\` DROP COLUMN \`radio_station_until\`;`)
}
