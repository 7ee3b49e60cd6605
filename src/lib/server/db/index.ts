// The one place that chooses the database: server PostgreSQL with DATABASE_URL, else embedded PGlite, run
// in a worker thread of its own (pglite-worker.ts says why).
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import type { Database } from './schema.js';
import { acquireDataDirLock } from './lock.js';
import { log } from '../log.js';
import { PgliteWorker } from './pglite-worker.js';
import { PgliteWorkerDialect } from './pglite-worker-dialect.js';

export type Db = Kysely<Database>;
export type DbKind = 'postgres' | 'pglite';

export interface DbHandle {
	db: Db;
	kind: DbKind;
	/** True when the embedded data folder was created by this start (used to load the demo once). */
	created: boolean;
	close(): Promise<void>;
}

// Return timestamps as Date and bigint counts as numbers, the same on both databases.
pg.types.setTypeParser(20, (v) => Number(v));

/** Embedded PGlite in its worker thread: the data folder's `pgdata`, or in memory without one (tests, benchmarks). */
export async function openEmbedded(pgdata?: string): Promise<Db> {
	return new Kysely<Database>({ dialect: new PgliteWorkerDialect(await PgliteWorker.start(pgdata)) });
}

export async function openDatabase(cfg: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<DbHandle> {
	if (cfg.databaseUrl) {
		// Fail fast while the server is away (pages answer 503) instead of queueing requests for ever.
		const pool = new pg.Pool({ connectionString: cfg.databaseUrl, max: 10, connectionTimeoutMillis: 5000 });
		// An idle client dropped by the server (a restart: 57P01) is removed by the pool; without a listener the
		// 'error' event would end the process. The next query opens a new connection.
		pool.on('error', (err) => log.warn({ reason: err.message, code: (err as { code?: string }).code }, 'en vilande anslutning till PostgreSQL bröts'));
		const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
		return { db, kind: 'postgres', created: false, close: () => db.destroy() };
	}
	const fs = await import('node:fs');
	const path = await import('node:path');
	const release = acquireDataDirLock(cfg.dataDir);
	try {
		const pgdata = path.join(cfg.dataDir, 'pgdata');
		const created = !fs.existsSync(path.join(pgdata, 'PG_VERSION'));
		const db = await openEmbedded(pgdata);
		return {
			db,
			kind: 'pglite',
			created,
			close: async () => {
				try {
					await db.destroy();
				} finally {
					release();
				}
			}
		};
	} catch (e) {
		release();
		throw e;
	}
}
