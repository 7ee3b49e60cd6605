// The running app's shared resources: the database, opened and migrated once per process, and the live-update bus; closed on shutdown.
import { config } from './config.js';
import { openDatabase, type Db, type DbHandle } from './db/index.js';
import { migrateToLatest, type MigrationModules } from './db/migrate.js';
import { log } from './log.js';
import { closeAllStreams, createEventBus, type EventBus } from './realtime/index.js';

let handle: DbHandle | null = null;
let starting: Promise<DbHandle> | null = null;
let bus: EventBus | null = null;
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
		onShutdown(stopLive);
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

/** The live-update bus, started on first use (embedded: in-process; server PostgreSQL: LISTEN/NOTIFY). */
export function eventBus(): EventBus {
	if (!handle) throw new Error('Databasen är inte startad.');
	bus ??= createEventBus({ kind: handle.kind, db: handle.db, databaseUrl: config().databaseUrl });
	return bus;
}

// Open SSE streams would hold shutdown for SHUTDOWN_TIMEOUT and a LISTEN client keeps the process alive:
// end the streams first (they unsubscribe), then the bus.
async function stopLive(): Promise<void> {
	closeAllStreams();
	const b = bus;
	bus = null;
	await b?.close();
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
