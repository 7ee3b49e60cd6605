// Facilitated workshops: a workshop of an organisation works on one cycle and one or more of its units,
// step by step; guests join by a short code and their inputs go to mapping_input with the workshop's
// sequence number. Composite foreign keys keep a workshop's cycle, units and participants in its organisation.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('workshop')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('cycle_id', 'uuid', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('steps', sql`text[]`, (c) => c.notNull())
		.addColumn('step_index', 'integer', (c) => c.notNull().defaultTo(0).check(sql`step_index >= 0`))
		.addColumn('current_unit_id', 'uuid', (c) => c.notNull())
		.addColumn('extra_goals', sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'::integer[]`))
		.addColumn('show_results', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('planned').check(sql`status in ('planned', 'open', 'closed')`))
		.addColumn('join_code', 'text', (c) => c.notNull().check(sql`join_code ~ '^[A-HJKMNP-Z2-9]{6,12}$'`))
		.addColumn('seq', 'bigint', (c) => c.notNull().defaultTo(0))
		.addColumn('created_by', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addUniqueConstraint('workshop_organisation_id_key', ['organisation_id', 'id'])
		.addForeignKeyConstraint('workshop_cycle_fk', ['organisation_id', 'cycle_id'], 'mapping_cycle', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
		.addForeignKeyConstraint('workshop_unit_fk', ['organisation_id', 'current_unit_id'], 'unit', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
		.execute();
	// A code opens one workshop at a time: unique among those not closed, free again once closed.
	await db.schema
		.createIndex('workshop_join_code_key')
		.on('workshop')
		.column('join_code')
		.unique()
		.where(sql.ref('status'), '<>', 'closed')
		.execute();
	await db.schema.createIndex('workshop_org_idx').on('workshop').columns(['organisation_id', 'created_at']).execute();

	await db.schema
		.createTable('workshop_unit')
		.addColumn('organisation_id', 'uuid', (c) => c.notNull())
		.addColumn('workshop_id', 'uuid', (c) => c.notNull())
		.addColumn('unit_id', 'uuid', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('workshop_unit_pk', ['workshop_id', 'unit_id'])
		.addForeignKeyConstraint('workshop_unit_workshop_fk', ['organisation_id', 'workshop_id'], 'workshop', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
		.addForeignKeyConstraint('workshop_unit_unit_fk', ['organisation_id', 'unit_id'], 'unit', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
		.execute();

	// Guests: a display name and a session token (only its SHA-256 is stored) valid for this workshop alone.
	await db.schema
		.createTable('workshop_participant')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', (c) => c.notNull())
		.addColumn('workshop_id', 'uuid', (c) => c.notNull())
		.addColumn('display_name', 'text', (c) => c.notNull())
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addForeignKeyConstraint('workshop_participant_workshop_fk', ['organisation_id', 'workshop_id'], 'workshop', ['organisation_id', 'id'], (c) =>
			c.onDelete('cascade')
		)
		.execute();
	await db.schema.createIndex('workshop_participant_workshop_idx').on('workshop_participant').column('workshop_id').execute();

	// No foreign key from mapping_input.workshop_id: inputs outlive a deleted workshop, as the trail behind the agreed values.
	await db.schema.createIndex('mapping_input_workshop_idx').on('mapping_input').columns(['workshop_id', 'unit_id', 'kind']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('mapping_input_workshop_idx').ifExists().execute();
	for (const table of ['workshop_participant', 'workshop_unit', 'workshop']) {
		await db.schema.dropTable(table).ifExists().execute();
	}
}
