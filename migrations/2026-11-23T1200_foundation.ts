// Foundation: accounts, sessions, organisations, their units and members, invitations, rate limits.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('app_user')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('email', 'text', (c) => c.notNull().unique())
		.addColumn('display_name', 'text', (c) => c.notNull())
		.addColumn('password_hash', 'text')
		.addColumn('is_admin', 'boolean', (c) => c.notNull().defaultTo(false))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('session')
		.addColumn('id', 'text', (c) => c.primaryKey()) // SHA-256 of the token, hex
		.addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('expires_at', 'timestamptz', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('session_user_idx').on('session').column('user_id').execute();

	await db.schema
		.createTable('organisation')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('kommun', 'region')`))
		.addColumn('kolada_id', 'text')
		.addColumn('vision', 'text')
		.addColumn('vision_name', 'text')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();

	await db.schema
		.createTable('focus_area')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('description', 'text')
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema.createIndex('focus_area_org_idx').on('focus_area').column('organisation_id').execute();

	await db.schema
		.createTable('unit')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('parent_id', 'uuid', (c) => c.references('unit.id').onDelete('restrict'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('type', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('unit_org_idx').on('unit').columns(['organisation_id', 'parent_id']).execute();

	await db.schema
		.createTable('membership')
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.addPrimaryKeyConstraint('membership_pk', ['organisation_id', 'user_id'])
		.execute();
	await db.schema.createIndex('membership_user_idx').on('membership').column('user_id').execute();

	await db.schema
		.createTable('membership_unit')
		.addColumn('organisation_id', 'uuid', (c) => c.notNull())
		.addColumn('user_id', 'uuid', (c) => c.notNull())
		.addColumn('unit_id', 'uuid', (c) => c.notNull().references('unit.id').onDelete('cascade'))
		.addPrimaryKeyConstraint('membership_unit_pk', ['organisation_id', 'user_id', 'unit_id'])
		.addForeignKeyConstraint('membership_unit_membership_fk', ['organisation_id', 'user_id'], 'membership', ['organisation_id', 'user_id'], (c) => c.onDelete('cascade'))
		.execute();

	await db.schema
		.createTable('invitation')
		.addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
		.addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisation.id').onDelete('cascade'))
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('unit_id', 'uuid', (c) => c.references('unit.id').onDelete('set null'))
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('invited_by', 'uuid', (c) => c.references('app_user.id').onDelete('set null'))
		.addColumn('expires_at', 'timestamptz', (c) => c.notNull())
		.addColumn('accepted_at', 'timestamptz')
		.addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
	await db.schema.createIndex('invitation_org_idx').on('invitation').column('organisation_id').execute();

	await db.schema
		.createTable('password_reset')
		.addColumn('token_hash', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'uuid', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
		.addColumn('expires_at', 'timestamptz', (c) => c.notNull())
		.addColumn('used_at', 'timestamptz')
		.execute();

	// Counters live in the database so that limits hold across app instances.
	await db.schema
		.createTable('rate_limit')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('window_start', 'timestamptz', (c) => c.notNull())
		.addColumn('count', 'integer', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('app_setting')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('value', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'app_setting',
		'rate_limit',
		'password_reset',
		'invitation',
		'membership_unit',
		'membership',
		'unit',
		'focus_area',
		'organisation',
		'session',
		'app_user'
	]) {
		await db.schema.dropTable(table).ifExists().execute();
	}
}
