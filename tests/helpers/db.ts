// A real database for *.db.spec.ts: server PostgreSQL when DATABASE_URL is set (the test script starts a
// throwaway cluster), otherwise an in-memory PGlite in its worker thread, as the app runs it. One for the
// whole run, migrated once; tables emptied by resetDb before each test.
import { beforeEach } from 'vitest';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '#lib/server/db/schema.js';
import { openEmbedded, type Db } from '#lib/server/db/index.js';
import { migrateToLatest, migrationsFromModules } from '#lib/server/db/migrate.js';

export const dbTarget: 'postgres' | 'pglite' = process.env.DATABASE_URL ? 'postgres' : 'pglite';

export const migrations = migrationsFromModules(import.meta.glob('../../migrations/*.ts', { eager: true }));

let shared: Db | null = null;

export async function openTestDb(): Promise<Db> {
	if (shared) return shared;
	const db =
		dbTarget === 'postgres'
			? new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4, allowExitOnIdle: true }) }) })
			: await openEmbedded();
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

/**
 * A test file's database, with the hook every such file needs: emptied before each test. It stays open
 * for the next file (the db tier runs its files one after another in one worker, vite.config.ts): opening
 * PGlite again per file — a new thread and WebAssembly instance, migrated — cost seconds a file. The test
 * run ends its worker process, and the database with it. Call it once at the top of the file
 * (`const db = await useTestDb();`); a `beforeEach` the file adds afterwards runs after the emptying, so
 * it can seed the test's rows.
 */
export async function useTestDb(): Promise<Db> {
	const db = await openTestDb();
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
