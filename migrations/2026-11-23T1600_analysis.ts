// The analysis for the sustainability council: the interaction network's scores (several scorers per cell,
// the agreed score, imported matrices), the council's items with their comments, each organisation's own
// grouping of goals into dimensions, the suggestions a group accepted or rejected, and members who take
// part in a workshop as themselves. Composite foreign keys keep every row inside its organisation.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
	// One scorer's judgement of one ordered pair of targets (row influences column), with the reason.
	await db.schema
		.createTable('interaction_score')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('cycle_id', 'uuid', (c) => c.notNull())
		.addColumn('from_code', 'text', (c) => c.notNull())
		.addColumn('to_code', 'text', (c) => c.notNull())
		.addColumn('scorer_user_id', 'uuid', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('score', 'integer', (c) => c.notNull().check(sql`score between -3 and 3`))
		.addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addCheckConstraint('interaction_score_pair_check', sql`from_code <> to_code`)
		.addUniqueConstraint('interaction_score_scorer_key', ['cycle_id', 'from_code', 'to_code', 'scorer_user_id'])
		.addForeignKeyConstraint('interaction_score_cycle_fk', ['organisation_id', 'cycle_id'], 'mapping_cycle', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
		.execute();

	// The score that counts for a cell: settled by the group, or imported from an existing matrix.
	await db.schema
		.createTable('interaction_agreed')
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('cycle_id', 'uuid', (c) => c.notNull())
		.addColumn('from_code', 'text', (c) => c.notNull())
		.addColumn('to_code', 'text', (c) => c.notNull())
		.addColumn('score', 'integer', (c) => c.notNull().check(sql`score between -3 and 3`))
		.addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('source', 'text', (c) => c.notNull().defaultTo('agreed').check(sql`source in ('agreed', 'imported', 'copied')`))
		.addColumn('agreed_by', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('agreed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
		.addCheckConstraint('interaction_agreed_pair_check', sql`from_code <> to_code`)
		.addPrimaryKeyConstraint('interaction_agreed_pk', ['cycle_id', 'from_code', 'to_code'])
		.addForeignKeyConstraint('interaction_agreed_cycle_fk', ['organisation_id', 'cycle_id'], 'mapping_cycle', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
		.execute();
	await db.schema.createIndex('interaction_agreed_org_idx').on('interaction_agreed').columns(['organisation_id', 'cycle_id']).execute();

	// An item the council works through: a finding of the analysis (synergy, goal conflict, gap) with the
	// council's status and recommendation. finding_key names the finding so it is found again next time.
	await db.schema
		.createTable('council_item')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('cycle_id', 'uuid', (c) => c.notNull())
		.addColumn('finding_key', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('synergi', 'målkonflikt', 'lucka')`))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('ny').check(sql`status in ('ny', 'under_beredning', 'hanterad')`))
		.addColumn('recommendation', 'text', (c) => c.notNull().defaultTo(''))
		// The finding as it stood when the item was opened: its sentence and the ids of the inputs behind it.
		.addColumn('evidence', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
		.addColumn('created_by', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('updated_by', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
		.addUniqueConstraint('council_item_organisation_id_key', ['organisation_id', 'id'])
		.addUniqueConstraint('council_item_finding_key', ['cycle_id', 'finding_key'])
		.addForeignKeyConstraint('council_item_cycle_fk', ['organisation_id', 'cycle_id'], 'mapping_cycle', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
		.execute();

	await db.schema
		.createTable('council_comment')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('item_id', 'uuid', (c) => c.notNull())
		.addColumn('author_user_id', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('text', 'text', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addForeignKeyConstraint('council_comment_item_fk', ['organisation_id', 'item_id'], 'council_item', ['organisation_id', 'id'], (c) =>
			c.onDelete('cascade')
		)
		.execute();
	await db.schema.createIndex('council_comment_item_idx').on('council_comment').columns(['item_id', 'created_at']).execute();

	// The organisation's grouping of the 17 goals into social / ekologisk / ekonomisk; null = the default.
	await db.schema.alterTable('organisation').addColumn('dimension_goals', 'jsonb').execute();

	// A suggested target the group (or one person) accepted or rejected for an activity: the measure of the
	// suggestions' quality. Kept even when the activity or workshop is gone.
	await db.schema
		.createTable('suggestion_feedback')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('cycle_id', 'uuid', (c) => c.notNull())
		.addColumn('unit_id', 'uuid', (c) => c.notNull())
		.addColumn('activity_id', 'uuid')
		.addColumn('workshop_id', 'uuid')
		.addColumn('target_code', 'text', (c) => c.notNull())
		.addColumn('decision', 'text', (c) => c.notNull().check(sql`decision in ('accepted', 'rejected')`))
		.addColumn('rank', 'integer', (c) => c.notNull().check(sql`rank >= 1`))
		.addColumn('score', 'real', (c) => c.notNull())
		.addColumn('lang', 'text', (c) => c.notNull().defaultTo('sv'))
		.addColumn('author_user_id', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('author_guest_id', 'uuid')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addForeignKeyConstraint('suggestion_feedback_cycle_fk', ['organisation_id', 'cycle_id'], 'mapping_cycle', ['organisation_id', 'id'], (c) => c.onDelete('cascade'))
		.addForeignKeyConstraint('suggestion_feedback_unit_fk', ['organisation_id', 'unit_id'], 'unit', ['organisation_id', 'id'], (c) =>
			c.onDelete('cascade')
		)
		.execute();
	await db.schema.createIndex('suggestion_feedback_org_idx').on('suggestion_feedback').columns(['organisation_id', 'cycle_id']).execute();

	// A member taking part as themselves: their inputs carry their account, not a guest name.
	await db.schema
		.alterTable('workshop_participant')
		.addColumn('user_id', 'uuid', (c) => c.references('app_user.id').onDelete('cascade'))
		.execute();
	await db.schema
		.createIndex('workshop_participant_user_key')
		.on('workshop_participant')
		.columns(['workshop_id', 'user_id'])
		.unique()
		.where(sql.ref('user_id'), 'is not', null)
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('workshop_participant_user_key').ifExists().execute();
	await db.schema.alterTable('workshop_participant').dropColumn('user_id').execute();
	await db.schema.alterTable('organisation').dropColumn('dimension_goals').execute();
	for (const table of ['suggestion_feedback', 'council_comment', 'council_item', 'interaction_agreed', 'interaction_score']) {
		await db.schema.dropTable(table).ifExists().execute();
	}
}
