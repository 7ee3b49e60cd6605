// The kartläggning: cycles, each unit's grunduppdrag, activities, steering documents, the agreed relevance,
// contributions and challenges, the individual inputs behind them, and an audit trail of every change.
// Every table carries organisation_id, and composite foreign keys make a row's cycle, unit and activity
// belong to the same organisation as the row itself.
import { sql, type Kysely } from 'kysely';
import type { CreateTableBuilder } from 'kysely';

type Table = CreateTableBuilder<any, any>;

/** organisation_id, cycle_id and unit_id, each tied to the same organisation. */
function scoped(t: Table, name: string): Table {
	return t
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('cycle_id', 'uuid', (c) => c.notNull())
		.addColumn('unit_id', 'uuid', (c) => c.notNull())
		.addForeignKeyConstraint(`${name}_cycle_fk`, ['organisation_id', 'cycle_id'], 'mapping_cycle', ['organisation_id', 'id'], (c) =>
			c.onDelete('cascade')
		)
		.addForeignKeyConstraint(`${name}_unit_fk`, ['organisation_id', 'unit_id'], 'unit', ['organisation_id', 'id'], (c) => c.onDelete('cascade'));
}

/** When the row was made, who agreed its current value and when, and the version an edit must name. */
function agreed(t: Table): Table {
	return t
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('agreed_by', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('agreed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`));
}

const id = (t: Table): Table => t.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`));
const targetCodes = (t: Table): Table => t.addColumn('target_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`));

export async function up(db: Kysely<any>): Promise<void> {
	// Lets the tables below name (organisation_id, unit_id) as one foreign key.
	await db.schema.alterTable('unit').addUniqueConstraint('unit_organisation_id_key', ['organisation_id', 'id']).execute();

	await db.schema
		.createTable('mapping_cycle')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open', 'closed')`))
		.addColumn('copied_from_id', 'uuid', (c) => c.references('mapping_cycle.id').onDelete('set null'))
		.addColumn('created_by', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addUniqueConstraint('mapping_cycle_organisation_id_key', ['organisation_id', 'id'])
		.addUniqueConstraint('mapping_cycle_name_key', ['organisation_id', 'name'])
		.execute();

	await agreed(
		scoped(db.schema.createTable('mapping_unit'), 'mapping_unit').addColumn('grunduppdrag', 'text', (c) => c.notNull())
	)
		.addPrimaryKeyConstraint('mapping_unit_pk', ['cycle_id', 'unit_id'])
		.execute();

	await agreed(
		scoped(id(db.schema.createTable('mapping_activity')), 'mapping_activity')
			.addColumn('name', 'text', (c) => c.notNull())
			.addColumn('description', 'text')
			.addColumn('owner', 'text')
			.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
	)
		.addUniqueConstraint('mapping_activity_scope_key', ['organisation_id', 'cycle_id', 'unit_id', 'id'])
		.execute();
	await db.schema.createIndex('mapping_activity_unit_idx').on('mapping_activity').columns(['cycle_id', 'unit_id', 'position']).execute();

	await agreed(
		targetCodes(
			scoped(id(db.schema.createTable('mapping_document')), 'mapping_document')
				.addColumn('name', 'text', (c) => c.notNull())
				.addColumn('type', 'text', (c) =>
					c.notNull().check(sql`type in ('policy', 'strategi', 'program', 'plan', 'handlingsplan', 'riktlinje', 'rutin')`)
				)
				.addColumn('url', 'text', (c) => c.check(sql`url ~ '^https?://'`))
		)
	).execute();
	await db.schema.createIndex('mapping_document_unit_idx').on('mapping_document').columns(['cycle_id', 'unit_id']).execute();

	await agreed(
		scoped(id(db.schema.createTable('mapping_relevance')), 'mapping_relevance')
			.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('goal', 'target')`))
			.addColumn('code', 'text', (c) => c.notNull())
			.addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('ej_relevant', 'låg', 'medel', 'hög', 'vet_ej')`))
			.addColumn('motivation', 'text')
			.addCheckConstraint(
				'mapping_relevance_code_check',
				sql`(kind = 'goal' and code ~ '^[1-9][0-9]?$') or (kind = 'target' and code ~ '^[1-9][0-9]?\\.([1-9][0-9]?|[a-z])$')`
			)
	)
		.addUniqueConstraint('mapping_relevance_subject_key', ['cycle_id', 'unit_id', 'kind', 'code'])
		.execute();

	await agreed(
		scoped(id(db.schema.createTable('mapping_contribution')), 'mapping_contribution')
			.addColumn('activity_id', 'uuid', (c) => c.notNull())
			.addColumn('target_code', 'text', (c) => c.notNull())
			.addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('bidrar', 'motverkar')`))
			.addColumn('strength', 'smallint', (c) => c.notNull().check(sql`strength between 1 and 3`))
			.addColumn('directness', 'text', (c) => c.notNull().check(sql`directness in ('direkt', 'indirekt')`))
			.addColumn('motivation', 'text')
			.addColumn('indicator_kind', 'text', (c) => c.check(sql`indicator_kind in ('kolada', 'sdg', 'local')`))
			.addColumn('indicator_ref', 'text')
			.addCheckConstraint('mapping_contribution_indicator_check', sql`(indicator_kind is null) = (indicator_ref is null)`)
			.addForeignKeyConstraint(
				'mapping_contribution_activity_fk',
				['organisation_id', 'cycle_id', 'unit_id', 'activity_id'],
				'mapping_activity',
				['organisation_id', 'cycle_id', 'unit_id', 'id'],
				(c) => c.onDelete('cascade')
			)
	)
		.addUniqueConstraint('mapping_contribution_link_key', ['activity_id', 'target_code'])
		.execute();
	await db.schema.createIndex('mapping_contribution_unit_idx').on('mapping_contribution').columns(['cycle_id', 'unit_id']).execute();

	await agreed(
		targetCodes(
			scoped(id(db.schema.createTable('mapping_challenge')), 'mapping_challenge')
				.addColumn('dimension', 'text', (c) => c.notNull().check(sql`dimension in ('social', 'ekologisk', 'ekonomisk')`))
				.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('utmaning', 'möjlighet')`))
				.addColumn('text', 'text', (c) => c.notNull())
		)
	).execute();
	await db.schema.createIndex('mapping_challenge_unit_idx').on('mapping_challenge').columns(['cycle_id', 'unit_id']).execute();

	// One row per individual input, keyed by the id the client generated: a retry inserts nothing new.
	// The current opinion of a person is derived (their latest row per subject); nothing is overwritten.
	await scoped(db.schema.createTable('mapping_input'), 'mapping_input')
		.addColumn('id', 'uuid', (c) => c.primaryKey())
		.addColumn('workshop_id', 'uuid')
		.addColumn('author_user_id', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('author_guest_id', 'uuid')
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('subject', 'text', (c) => c.notNull())
		.addColumn('value', 'jsonb', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('seq', 'bigint')
		.addCheckConstraint('mapping_input_author_check', sql`author_user_id is null or author_guest_id is null`)
		.execute();
	await db.schema
		.createIndex('mapping_input_subject_idx')
		.on('mapping_input')
		.columns(['cycle_id', 'unit_id', 'kind', 'subject', 'created_at'])
		.execute();
	await db.schema
		.createIndex('mapping_input_workshop_seq_key')
		.on('mapping_input')
		.columns(['workshop_id', 'seq'])
		.unique()
		.where(sql.ref('seq'), 'is not', null)
		.execute();

	// Not tied to the rows it describes: the trail outlives a deleted activity or unit.
	await db.schema
		.createTable('audit_event')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('actor_user_id', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('entity', 'text', (c) => c.notNull())
		.addColumn('entity_id', 'text')
		.addColumn('cycle_id', 'uuid')
		.addColumn('unit_id', 'uuid')
		.addColumn('workshop_id', 'uuid')
		.addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
		.addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('audit_event_org_idx').on('audit_event').columns(['organisation_id', 'at']).execute();
	await db.schema.createIndex('audit_event_entity_idx').on('audit_event').columns(['organisation_id', 'entity', 'entity_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'audit_event',
		'mapping_input',
		'mapping_challenge',
		'mapping_contribution',
		'mapping_relevance',
		'mapping_document',
		'mapping_activity',
		'mapping_unit',
		'mapping_cycle'
	]) {
		await db.schema.dropTable(table).ifExists().execute();
	}
	await db.schema.alterTable('unit').dropConstraint('unit_organisation_id_key').ifExists().execute();
}
