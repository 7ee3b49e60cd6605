// The handlingsplan: yearly plans with their follow-up points (Delår, Helår), measures serving focus areas,
// SDG targets and the steering's goals and indicators, the units taking each measure on and the mapping
// activities they break it into (links, not copies), and the follow-up entries — appended, never
// overwritten. Composite foreign keys keep every row inside its organisation.
import { sql, type Kysely } from 'kysely';

// Calendar dates as ISO text: both drivers hand them back unchanged, with no time zone to shift them.
const isoDate = (column: string) => sql`${sql.ref(column)} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`;
const orgId = (c: any) => c.notNull().references('organisation.id').onDelete('cascade');

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('action_plan')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', orgId)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('period_start', 'integer', (c) => c.notNull())
		.addColumn('period_end', 'integer', (c) => c.notNull())
		.addColumn('decided_by', 'text')
		.addColumn('decided_on', 'text', (c) => c.check(isoDate('decided_on')))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open', 'closed')`))
		.addColumn('copied_from_id', 'uuid')
		.addColumn('created_by', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint('action_plan_period_check', sql`period_end >= period_start`)
		.addUniqueConstraint('action_plan_organisation_id_key', ['organisation_id', 'id'])
		.execute();
	// A copy names its source; removing the source keeps the copy (only the one column is cleared).
	await sql`alter table action_plan add constraint action_plan_copied_from_fk foreign key (organisation_id, copied_from_id)
		references action_plan (organisation_id, id) on delete set null (copied_from_id)`.execute(db);

	await db.schema
		.createTable('action_plan_point')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', orgId)
		.addColumn('plan_id', 'uuid', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('due_on', 'text', (c) => c.check(isoDate('due_on')))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addUniqueConstraint('action_plan_point_scope_key', ['organisation_id', 'plan_id', 'id'])
		.addForeignKeyConstraint('action_plan_point_plan_fk', ['organisation_id', 'plan_id'], 'action_plan', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
		.execute();

	await db.schema
		.createTable('action_measure')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', orgId)
		.addColumn('plan_id', 'uuid', (c) => c.notNull())
		.addColumn('number', 'integer', (c) => c.notNull().check(sql`number >= 1`))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('description', 'text')
		// "40 % mer förnybar el till 2030": the measure's own quantified target, as the plan words it.
		.addColumn('local_target', 'text')
		.addColumn('responsible_unit_id', 'uuid')
		.addColumn('target_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
		// Evidence: the council item or the gap finding the measure was made from, with its text at the time.
		.addColumn('evidence_kind', 'text', (c) => c.check(sql`evidence_kind in ('council_item', 'finding')`))
		.addColumn('evidence_council_item_id', 'uuid')
		.addColumn('evidence_cycle_id', 'uuid')
		.addColumn('evidence_finding_key', 'text')
		.addColumn('evidence_text', 'text')
		// The same measure in the previous year's plan, so its history follows it into the copy.
		.addColumn('carried_from_id', 'uuid')
		.addColumn('created_by', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_by', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
		.addUniqueConstraint('action_measure_organisation_id_key', ['organisation_id', 'id'])
		.addUniqueConstraint('action_measure_scope_key', ['organisation_id', 'plan_id', 'id'])
		.addUniqueConstraint('action_measure_number_key', ['plan_id', 'number'])
		.addForeignKeyConstraint('action_measure_plan_fk', ['organisation_id', 'plan_id'], 'action_plan', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
		.execute();
	for (const [name, column, table] of [
		['responsible', 'responsible_unit_id', 'unit'],
		['council_item', 'evidence_council_item_id', 'council_item'],
		['cycle', 'evidence_cycle_id', 'mapping_cycle'],
		['carried_from', 'carried_from_id', 'action_measure']
	] as const)
		await sql`alter table action_measure add constraint ${sql.raw(`action_measure_${name}_fk`)} foreign key (organisation_id, ${sql.ref(column)})
			references ${sql.table(table)} (organisation_id, id) on delete set null (${sql.ref(column)})`.execute(db);

	// What a measure serves in the steering: focus areas, prioritised goals, indicators (many-to-many).
	for (const [table, target] of [
		['action_measure_focus_area', 'focus_area'],
		['action_measure_goal', 'priority_goal'],
		['action_measure_indicator', 'indicator']
	] as const) {
		await db.schema
			.createTable(table)
			.addColumn('organisation_id', 'uuid', (c) => c.notNull())
			.addColumn('measure_id', 'uuid', (c) => c.notNull())
			.addColumn('subject_id', 'uuid', (c) => c.notNull())
			.addPrimaryKeyConstraint(`${table}_pk`, ['measure_id', 'subject_id'])
			.addForeignKeyConstraint(`${table}_measure_fk`, ['organisation_id', 'measure_id'], 'action_measure', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
			.addForeignKeyConstraint(`${table}_subject_fk`, ['organisation_id', 'subject_id'], target, ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
			.execute();
	}

	await db.schema
		.createTable('action_measure_unit')
		.addColumn('organisation_id', 'uuid', (c) => c.notNull())
		.addColumn('measure_id', 'uuid', (c) => c.notNull())
		.addColumn('unit_id', 'uuid', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addPrimaryKeyConstraint('action_measure_unit_pk', ['organisation_id', 'measure_id', 'unit_id'])
		.addForeignKeyConstraint('action_measure_unit_measure_fk', ['organisation_id', 'measure_id'], 'action_measure', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
		.addForeignKeyConstraint('action_measure_unit_unit_fk', ['organisation_id', 'unit_id'], 'unit', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
		.execute();

	// A unit's activities for the measure are the mapping's own rows; the unit must take the measure on.
	await db.schema
		.createTable('action_measure_activity')
		.addColumn('organisation_id', 'uuid', (c) => c.notNull())
		.addColumn('measure_id', 'uuid', (c) => c.notNull())
		.addColumn('unit_id', 'uuid', (c) => c.notNull())
		.addColumn('cycle_id', 'uuid', (c) => c.notNull())
		.addColumn('activity_id', 'uuid', (c) => c.notNull())
		.addPrimaryKeyConstraint('action_measure_activity_pk', ['measure_id', 'activity_id'])
		.addForeignKeyConstraint('action_measure_activity_unit_fk', ['organisation_id', 'measure_id', 'unit_id'], 'action_measure_unit', ['organisation_id', 'measure_id', 'unit_id'], (c) =>
			c.onDelete('cascade')
		)
		.addForeignKeyConstraint('action_measure_activity_activity_fk', ['organisation_id', 'cycle_id', 'unit_id', 'activity_id'], 'mapping_activity', ['organisation_id', 'cycle_id', 'unit_id', 'id'], (c) =>
			c.onDelete('cascade')
		)
		.execute();

	// Follow-up entries are only ever inserted: the newest entry per measure, unit and point is the current one.
	await db.schema
		.createTable('action_follow_up')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', orgId)
		.addColumn('plan_id', 'uuid', (c) => c.notNull())
		.addColumn('measure_id', 'uuid', (c) => c.notNull())
		.addColumn('unit_id', 'uuid', (c) => c.notNull())
		.addColumn('point_id', 'uuid', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('ej_påbörjad', 'pågår', 'genomförd', 'avbruten', 'försenad')`))
		.addColumn('completion', 'integer', (c) => c.check(sql`completion between 0 and 100`))
		.addColumn('comment', 'text')
		/** [{ indicatorId, value }] — the indicator values the unit reports with the entry. */
		.addColumn('indicator_values', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
		.addColumn('author_id', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('author_name', 'text')
		.addColumn('is_example', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
		.addForeignKeyConstraint('action_follow_up_measure_fk', ['organisation_id', 'plan_id', 'measure_id'], 'action_measure', ['organisation_id', 'plan_id', 'id'], (c) => c.onDelete('cascade'))
		.addForeignKeyConstraint('action_follow_up_point_fk', ['organisation_id', 'plan_id', 'point_id'], 'action_plan_point', ['organisation_id', 'plan_id', 'id'], (c) => c.onDelete('cascade'))
		.addForeignKeyConstraint('action_follow_up_unit_fk', ['organisation_id', 'measure_id', 'unit_id'], 'action_measure_unit', ['organisation_id', 'measure_id', 'unit_id'], (c) =>
			c.onDelete('cascade')
		)
		.execute();
	await db.schema.createIndex('action_follow_up_current_idx').on('action_follow_up').columns(['measure_id', 'unit_id', 'point_id', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'action_follow_up',
		'action_measure_activity',
		'action_measure_unit',
		'action_measure_indicator',
		'action_measure_goal',
		'action_measure_focus_area',
		'action_measure',
		'action_plan_point',
		'action_plan'
	])
		await db.schema.dropTable(table).ifExists().execute();
}
