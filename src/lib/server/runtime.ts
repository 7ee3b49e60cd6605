// The running app's shared resources: the database, opened and migrated once per process, closed on shutdown.
import { config } from './config.js';
import { openDatabase, type Db, type DbHandle } from './db/index.js';
import { migrateToLatest, type MigrationModules } from './db/migrate.js';
import { log } from './log.js';

let handle: DbHandle | null = null;
let starting: Promise<DbHandle> | null = null;
const closers: Array<() => Promise<void> | void> = [];

export interface StartOptions {
	migrations: MigrationModules;
	/** Runs once after migrations, e.g. the demo loader and the first-run setup code. */
	afterMigrate?: (h: DbHandle) => Promise<void>;
}

export function startRuntime(opts: StartOptions): Promise<DbHandle> {
	starting ??= (async () => {
		const cfg = config();
		const h = await openDatabase(cfg);
		try {
			const applied = await migrateToLatest(h.db, opts.migrations);
			if (applied.length) log.info({ applied }, 'migreringar körda');
			await opts.afterMigrate?.(h);
		} catch (e) {
			await h.close();
			throw e;
		}
		handle = h;
		log.info({ db: h.kind, dataDir: h.kind === 'pglite' ? cfg.dataDir : undefined }, 'databasen är öppen');
		return h;
	})();
	return starting;
}

export function db(): Db {
	if (!handle) throw new Error('Databasen är inte startad.');
	return handle.db;
}

export function dbKind() {
	return handle?.kind ?? null;
}

/** Registers something to close on shutdown (event bus, open streams); closed before the database. */
export function onShutdown(fn: () => Promise<void> | void): void {
	closers.push(fn);
}

export async function stopRuntime(): Promise<void> {
	for (const fn of closers.splice(0).reverse()) {
		try {
			await fn();
		} catch (e) {
			log.warn({ err: e }, 'fel vid nedstängning');
		}
	}
	const h = handle;
	handle = null;
	starting = null;
	await h?.close();
}
