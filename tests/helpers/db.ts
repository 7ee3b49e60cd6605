// A real database for *.db.spec.ts: server PostgreSQL when DATABASE_URL is set (the test script starts a
// throwaway cluster), otherwise an in-memory PGlite. One per test file, migrated; tables emptied by resetDb.
import { afterAll, beforeEach } from 'vitest';
import { Kysely, PostgresDialect, PGliteDialect, sql } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from '#lib/server/db/schema.js';
import type { Db } from '#lib/server/db/index.js';
import { migrateToLatest, migrationsFromModules } from '#lib/server/db/migrate.js';

export const dbTarget: 'postgres' | 'pglite' = process.env.DATABASE_URL ? 'postgres' : 'pglite';

export const migrations = migrationsFromModules(import.meta.glob('../../migrations/*.ts', { eager: true }));

let shared: Db | null = null;

export async function openTestDb(): Promise<Db> {
	if (shared) return shared;
	const db =
		dbTarget === 'postgres'
			? new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 }) }) })
			: new Kysely<Database>({ dialect: new PGliteDialect({ pglite: await PGlite.create() }) });
	await migrateToLatest(db, migrations);
	shared = db;
	return db;
}

/** Empties every application table (keeps the migration bookkeeping). */
export async function resetDb(db: Db): Promise<void> {
	const { rows } = await sql<{ tablename: string }>`
		select tablename from pg_tables
		where schemaname = current_schema() and tablename not like 'kysely_%'`.execute(db);
	if (rows.length) await sql.raw(`truncate ${rows.map((r) => `"${r.tablename}"`).join(', ')} cascade`).execute(db);
}

export async function closeTestDb(): Promise<void> {
	await shared?.destroy();
	shared = null;
}

/**
 * A test file's database, with the hooks every such file needs: closed after the file, emptied before each
 * test. Call it once at the top of the file (`const db = await useTestDb();`); a `beforeEach` the file adds
 * afterwards runs after the emptying, so it can seed the test's rows.
 */
export async function useTestDb(): Promise<Db> {
	const db = await openTestDb();
	afterAll(closeTestDb);
	beforeEach(() => resetDb(db));
	return db;
}

/**
 * A fresh database of its own inside the throwaway cluster (DATABASE_URL), for process tests whose
 * servers must not see anything else of the run; returns its connection string.
 */
export async function createClusterDatabase(name: string): Promise<string> {
	const clusterUrl = process.env.DATABASE_URL;
	if (!clusterUrl) throw new Error('createClusterDatabase needs DATABASE_URL (scripts/with-postgres.sh)');
	const admin = new pg.Client({ connectionString: clusterUrl });
	await admin.connect();
	try {
		await admin.query(`drop database if exists ${name}`);
		await admin.query(`create database ${name}`);
	} finally {
		await admin.end();
	}
	const url = new URL(clusterUrl);
	url.pathname = `/${name}`;
	return url.toString();
}
