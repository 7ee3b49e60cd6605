// The municipality's own steering and its statistics: focus areas with sub-areas, prioritised goals (a
// nämnd's or bolag's own goals derived from them), indicators with target values and yearly outcomes,
// links from every level to the SDG targets, the yearly professional judgement of each goal, and the
// statistics imported from Kolada. Composite foreign keys keep every row inside its organisation.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('focus_area')
		.addColumn('parent_id', 'uuid')
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.alterTable('focus_area').addUniqueConstraint('focus_area_organisation_id_key', ['organisation_id', 'id']).execute();
	await db.schema
		.alterTable('focus_area')
		.addForeignKeyConstraint('focus_area_parent_fk', ['organisation_id', 'parent_id'], 'focus_area', ['organisation_id', 'id'])
		.onDelete('cascade')
		.execute();
	// The comparison shown next to the organisation's own Kolada values: Riket (0000), a county or a group.
	await db.schema
		.alterTable('organisation')
		.addColumn('kolada_comparison_id', 'text', (c) => c.notNull().defaultTo('0000'))
		.execute();

	await db.schema
		.createTable('priority_goal')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('focus_area_id', 'uuid')
		// A unit's own goal names the prioritised goal it is derived from and the unit that owns it.
		.addColumn('parent_id', 'uuid')
		.addColumn('unit_id', 'uuid')
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('description', 'text')
		.addColumn('period_start', 'integer')
		.addColumn('period_end', 'integer')
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint('priority_goal_period_check', sql`period_end is null or period_start is null or period_end >= period_start`)
		.addUniqueConstraint('priority_goal_organisation_id_key', ['organisation_id', 'id'])
		// No "set null" here: it would null organisation_id too; removing a focus area detaches its goals first.
		.addForeignKeyConstraint('priority_goal_focus_area_fk', ['organisation_id', 'focus_area_id'], 'focus_area', ['organisation_id', 'id'])
		.addForeignKeyConstraint('priority_goal_parent_fk', ['organisation_id', 'parent_id'], 'priority_goal', ['organisation_id', 'id'], (c) =>
			c.onDelete('cascade')
		)
		.addForeignKeyConstraint('priority_goal_unit_fk', ['organisation_id', 'unit_id'], 'unit', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
		.execute();
	await db.schema.createIndex('priority_goal_org_idx').on('priority_goal').columns(['organisation_id', 'position']).execute();

	await db.schema
		.createTable('indicator')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('goal_id', 'uuid', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('styrande', 'stödjande')`))
		// A Kolada KPI id, or another named source ("SKR Insikt", the municipality's own survey).
		.addColumn('kolada_kpi', 'text')
		.addColumn('source_name', 'text')
		.addColumn('unit_label', 'text')
		.addColumn('direction', 'text', (c) => c.notNull().defaultTo('higher').check(sql`direction in ('higher', 'lower')`))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addUniqueConstraint('indicator_organisation_id_key', ['organisation_id', 'id'])
		.addForeignKeyConstraint('indicator_goal_fk', ['organisation_id', 'goal_id'], 'priority_goal', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
		.execute();
	await db.schema.createIndex('indicator_org_idx').on('indicator').columns(['organisation_id', 'goal_id']).execute();

	// Delmål: the value the indicator should reach by a year (several years allowed).
	await db.schema
		.createTable('indicator_target_value')
		.addColumn('organisation_id', 'uuid', (c) => c.notNull())
		.addColumn('indicator_id', 'uuid', (c) => c.notNull())
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('value', 'double precision', (c) => c.notNull())
		.addPrimaryKeyConstraint('indicator_target_value_pk', ['indicator_id', 'year'])
		.addForeignKeyConstraint('indicator_target_value_fk', ['organisation_id', 'indicator_id'], 'indicator', ['organisation_id', 'id'], (c) =>
			c.onDelete('cascade')
		)
		.execute();

	// Yearly outcomes typed by hand (or read off the municipality's own report), by gender and area.
	// Values imported from Kolada live in kolada_value and are shown beside these, labelled as Kolada's.
	await db.schema
		.createTable('indicator_outcome')
		.addColumn('organisation_id', 'uuid', (c) => c.notNull())
		.addColumn('indicator_id', 'uuid', (c) => c.notNull())
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('gender', 'text', (c) => c.notNull().defaultTo('T').check(sql`gender in ('T', 'K', 'M')`))
		// '' is the whole municipality; otherwise the area's name (a district, a school area).
		.addColumn('area', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('value', 'double precision', (c) => c.notNull())
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addPrimaryKeyConstraint('indicator_outcome_pk', ['indicator_id', 'year', 'gender', 'area'])
		.addForeignKeyConstraint('indicator_outcome_fk', ['organisation_id', 'indicator_id'], 'indicator', ['organisation_id', 'id'], (c) =>
			c.onDelete('cascade')
		)
		.execute();

	// Every level of the steering links to the SDG targets it follows (many-to-many).
	for (const [table, parent] of [
		['focus_area_sdg_target', 'focus_area'],
		['priority_goal_sdg_target', 'priority_goal'],
		['indicator_sdg_target', 'indicator']
	] as const) {
		await db.schema
			.createTable(table)
			.addColumn('organisation_id', 'uuid', (c) => c.notNull())
			.addColumn('subject_id', 'uuid', (c) => c.notNull())
			.addColumn('target_code', 'text', (c) => c.notNull())
			.addPrimaryKeyConstraint(`${table}_pk`, ['subject_id', 'target_code'])
			.addForeignKeyConstraint(`${table}_fk`, ['organisation_id', 'subject_id'], parent, ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
			.execute();
		await db.schema.createIndex(`${table}_org_idx`).on(table).columns(['organisation_id', 'target_code']).execute();
	}

	// The professional judgement of a prioritised goal's fulfilment, one per goal and year.
	await db.schema
		.createTable('goal_judgement')
		.addColumn('organisation_id', 'uuid', (c) => c.notNull())
		.addColumn('goal_id', 'uuid', (c) => c.notNull())
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('uppfyllt', 'delvis', 'ej_uppfyllt', 'kan_ej_bedomas')`))
		.addColumn('analysis', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('updated_by', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addPrimaryKeyConstraint('goal_judgement_pk', ['goal_id', 'year'])
		.addForeignKeyConstraint('goal_judgement_goal_fk', ['organisation_id', 'goal_id'], 'priority_goal', ['organisation_id', 'id'], (c) =>
			c.onDelete('cascade')
		)
		.execute();

	// Statistics imported from Kolada (a file or the API), per organisation: the organisation's own
	// municipality and its comparison group. Re-importing the same rows changes nothing.
	await db.schema
		.createTable('kolada_value')
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('kpi', 'text', (c) => c.notNull())
		.addColumn('municipality', 'text', (c) => c.notNull())
		.addColumn('year', 'integer', (c) => c.notNull())
		.addColumn('gender', 'text', (c) => c.notNull().check(sql`gender in ('T', 'K', 'M')`))
		.addColumn('value', 'double precision', (c) => c.notNull())
		.addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addPrimaryKeyConstraint('kolada_value_pk', ['organisation_id', 'kpi', 'municipality', 'year', 'gender'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'kolada_value',
		'goal_judgement',
		'indicator_sdg_target',
		'priority_goal_sdg_target',
		'focus_area_sdg_target',
		'indicator_outcome',
		'indicator_target_value',
		'indicator',
		'priority_goal'
	]) {
		await db.schema.dropTable(table).ifExists().execute();
	}
	await db.schema.alterTable('organisation').dropColumn('kolada_comparison_id').execute();
	await db.schema.alterTable('focus_area').dropConstraint('focus_area_parent_fk').execute();
	await db.schema.alterTable('focus_area').dropConstraint('focus_area_organisation_id_key').execute();
	await db.schema.alterTable('focus_area').dropColumn('parent_id').dropColumn('updated_at').execute();
}
