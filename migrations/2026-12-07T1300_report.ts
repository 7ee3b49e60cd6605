// The nulägesanalys: per cycle the samordnare's choice of sections and own text before each, every saved
// version of the conclusions (per dimension and overall; never overwritten, a restore is a new version), and
// publications (a public slug for a frozen copy of one version of the report, unpublished by a timestamp).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('report_setting')
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('cycle_id', 'uuid', (c) => c.notNull().primaryKey())
		// the section ids included, in the report's fixed order
		.addColumn('sections', 'jsonb', (c) => c.notNull())
		// own text before each section: { sectionId: text }
		.addColumn('intros', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
		.addColumn('updated_by', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addForeignKeyConstraint('report_setting_cycle_fk', ['organisation_id', 'cycle_id'], 'mapping_cycle', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
		.execute();

	await db.schema
		.createTable('report_conclusion')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('cycle_id', 'uuid', (c) => c.notNull())
		.addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('social', 'ekologisk', 'ekonomisk', 'overall')`))
		.addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
		.addColumn('text', 'text', (c) => c.notNull())
		.addColumn('author_id', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		// kept as written, so the history still names who wrote it after the account is gone
		.addColumn('author_name', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('restored_from', 'integer')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addUniqueConstraint('report_conclusion_version_key', ['cycle_id', 'scope', 'version'])
		.addForeignKeyConstraint('report_conclusion_cycle_fk', ['organisation_id', 'cycle_id'], 'mapping_cycle', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
		.execute();

	await db.schema
		.createTable('report_publication')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('cycle_id', 'uuid', (c) => c.notNull())
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		// the conclusion versions published, { scope: version }, and the report as it stood (no names, no drafts)
		.addColumn('versions', 'jsonb', (c) => c.notNull())
		.addColumn('snapshot', 'jsonb', (c) => c.notNull())
		.addColumn('published_by', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('unpublished_at', 'timestamptz')
		.addForeignKeyConstraint('report_publication_cycle_fk', ['organisation_id', 'cycle_id'], 'mapping_cycle', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
		.execute();
	await db.schema.createIndex('report_publication_cycle_idx').on('report_publication').columns(['organisation_id', 'cycle_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('report_publication').execute();
	await db.schema.dropTable('report_conclusion').execute();
	await db.schema.dropTable('report_setting').execute();
}
