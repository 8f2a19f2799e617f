import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`last_modified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`articles_last_modified_by_idx\` ON \`articles\` (\`last_modified_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_last_modified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_last_modified_by_idx\` ON \`_articles_v\` (\`version_last_modified_by_id\`);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`last_modified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`faqs_last_modified_by_idx\` ON \`faqs\` (\`last_modified_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_last_modified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_last_modified_by_idx\` ON \`_faqs_v\` (\`version_last_modified_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`cover_image_id\` integer,
  	\`body\` text,
  	\`byline\` text,
  	\`source_name\` text,
  	\`source_url\` text,
  	\`slug\` text,
  	\`featured\` integer DEFAULT false,
  	\`unit_id\` integer,
  	\`published_at\` text,
  	\`review_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`author_id\` integer,
  	\`reviewed_by_id\` integer,
  	\`search_text\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "summary", "cover_image_id", "body", "byline", "source_name", "source_url", "slug", "featured", "unit_id", "published_at", "review_status", "review_comment", "author_id", "reviewed_by_id", "search_text", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "title", "summary", "cover_image_id", "body", "byline", "source_name", "source_url", "slug", "featured", "unit_id", "published_at", "review_status", "review_comment", "author_id", "reviewed_by_id", "search_text", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_cover_image_idx\` ON \`articles\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_unit_idx\` ON \`articles\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_status_idx\` ON \`articles\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`articles_author_idx\` ON \`articles\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_reviewed_by_idx\` ON \`articles\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_search_text_idx\` ON \`articles\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_cover_image_id\` integer,
  	\`version_body\` text,
  	\`version_byline\` text,
  	\`version_source_name\` text,
  	\`version_source_url\` text,
  	\`version_slug\` text,
  	\`version_featured\` integer DEFAULT false,
  	\`version_unit_id\` integer,
  	\`version_published_at\` text,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_author_id\` integer,
  	\`version_reviewed_by_id\` integer,
  	\`version_search_text\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_summary", "version_cover_image_id", "version_body", "version_byline", "version_source_name", "version_source_url", "version_slug", "version_featured", "version_unit_id", "version_published_at", "version_review_status", "version_review_comment", "version_author_id", "version_reviewed_by_id", "version_search_text", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_summary", "version_cover_image_id", "version_body", "version_byline", "version_source_name", "version_source_url", "version_slug", "version_featured", "version_unit_id", "version_published_at", "version_review_status", "version_review_comment", "version_author_id", "version_reviewed_by_id", "version_search_text", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_image_idx\` ON \`_articles_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_unit_idx\` ON \`_articles_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_status_idx\` ON \`_articles_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_author_idx\` ON \`_articles_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_reviewed_by_idx\` ON \`_articles_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_search_text_idx\` ON \`_articles_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_faqs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`procedure_field_id\` integer,
  	\`reform_area_id\` integer,
  	\`order\` numeric DEFAULT 0,
  	\`slug\` text,
  	\`unit_id\` integer,
  	\`published_at\` text,
  	\`review_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`author_id\` integer,
  	\`reviewed_by_id\` integer,
  	\`source_question_id\` integer,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`procedure_field_id\`) REFERENCES \`procedure_fields\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reform_area_id\`) REFERENCES \`reform_areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_question_id\`) REFERENCES \`citizen_questions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_faqs\`("id", "question", "answer", "procedure_field_id", "reform_area_id", "order", "slug", "unit_id", "published_at", "review_status", "review_comment", "author_id", "reviewed_by_id", "source_question_id", "search_text", "updated_at", "created_at", "_status") SELECT "id", "question", "answer", "procedure_field_id", "reform_area_id", "order", "slug", "unit_id", "published_at", "review_status", "review_comment", "author_id", "reviewed_by_id", "source_question_id", "search_text", "updated_at", "created_at", "_status" FROM \`faqs\`;`)
  await db.run(sql`DROP TABLE \`faqs\`;`)
  await db.run(sql`ALTER TABLE \`__new_faqs\` RENAME TO \`faqs\`;`)
  await db.run(sql`CREATE INDEX \`faqs_procedure_field_idx\` ON \`faqs\` (\`procedure_field_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_reform_area_idx\` ON \`faqs\` (\`reform_area_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`faqs_slug_idx\` ON \`faqs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`faqs_unit_idx\` ON \`faqs\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_published_at_idx\` ON \`faqs\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_review_status_idx\` ON \`faqs\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`faqs_author_idx\` ON \`faqs\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_reviewed_by_idx\` ON \`faqs\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_source_question_idx\` ON \`faqs\` (\`source_question_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_search_text_idx\` ON \`faqs\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`faqs_updated_at_idx\` ON \`faqs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_created_at_idx\` ON \`faqs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs__status_idx\` ON \`faqs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__faqs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_question\` text,
  	\`version_answer\` text,
  	\`version_procedure_field_id\` integer,
  	\`version_reform_area_id\` integer,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_slug\` text,
  	\`version_unit_id\` integer,
  	\`version_published_at\` text,
  	\`version_review_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_author_id\` integer,
  	\`version_reviewed_by_id\` integer,
  	\`version_source_question_id\` integer,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_procedure_field_id\`) REFERENCES \`procedure_fields\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reform_area_id\`) REFERENCES \`reform_areas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_question_id\`) REFERENCES \`citizen_questions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__faqs_v\`("id", "parent_id", "version_question", "version_answer", "version_procedure_field_id", "version_reform_area_id", "version_order", "version_slug", "version_unit_id", "version_published_at", "version_review_status", "version_review_comment", "version_author_id", "version_reviewed_by_id", "version_source_question_id", "version_search_text", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_question", "version_answer", "version_procedure_field_id", "version_reform_area_id", "version_order", "version_slug", "version_unit_id", "version_published_at", "version_review_status", "version_review_comment", "version_author_id", "version_reviewed_by_id", "version_source_question_id", "version_search_text", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_faqs_v\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__faqs_v\` RENAME TO \`_faqs_v\`;`)
  await db.run(sql`CREATE INDEX \`_faqs_v_parent_idx\` ON \`_faqs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_procedure_field_idx\` ON \`_faqs_v\` (\`version_procedure_field_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_reform_area_idx\` ON \`_faqs_v\` (\`version_reform_area_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_slug_idx\` ON \`_faqs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_unit_idx\` ON \`_faqs_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_published_at_idx\` ON \`_faqs_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_review_status_idx\` ON \`_faqs_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_author_idx\` ON \`_faqs_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_reviewed_by_idx\` ON \`_faqs_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_source_question_idx\` ON \`_faqs_v\` (\`version_source_question_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_search_text_idx\` ON \`_faqs_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_updated_at_idx\` ON \`_faqs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_created_at_idx\` ON \`_faqs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version__status_idx\` ON \`_faqs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_created_at_idx\` ON \`_faqs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_updated_at_idx\` ON \`_faqs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_latest_idx\` ON \`_faqs_v\` (\`latest\`);`)
}
