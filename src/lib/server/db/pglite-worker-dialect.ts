// Kysely over the embedded database's worker thread (pglite-worker.ts): Kysely's own PGlite dialect, with
// the database one message away instead of on this thread.
//
// Unlike Kysely's PGlite dialect, this one hands out a connection per query: PGlite in the worker queues
// them itself, one at a time, and a transaction holds the queue until it ends. So several queries sent
// side by side (as the analysis loader sends its six) are all in the worker's queue at once, and the next
// runs there while this thread works on the last one's rows.
import {
	AbortedTransactionError,
	type CompiledQuery,
	PostgresAdapter,
	PostgresIntrospector,
	PostgresQueryCompiler,
	type DatabaseConnection,
	type Dialect,
	type Driver,
	type Kysely,
	type QueryResult
} from 'kysely';
import type { PgliteWorker } from './pglite-worker.js';

export class PgliteWorkerDialect implements Dialect {
	constructor(private readonly worker: PgliteWorker) {}
	createAdapter() {
		return new PgliteWorkerAdapter();
	}
	createDriver(): Driver {
		return new PgliteWorkerDriver(this.worker);
	}
	createIntrospector(db: Kysely<unknown>) {
		return new PostgresIntrospector(db);
	}
	createQueryCompiler() {
		return new PostgresQueryCompiler();
	}
}

/** One process owns the data folder (db/lock.ts) and the worker runs one transaction at a time: no lock to take. */
class PgliteWorkerAdapter extends PostgresAdapter {
	override async acquireMigrationLock(): Promise<void> {}
	override async releaseMigrationLock(): Promise<void> {}
}

class PgliteWorkerConnection implements DatabaseConnection {
	/** The worker's number for this connection's open transaction, if any. */
	tx: number | undefined;
	constructor(private readonly worker: PgliteWorker) {}

	async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
		const { rows, affectedRows } = await this.worker.query(query.sql, query.parameters, this.tx);
		return { rows: rows as R[], numAffectedRows: affectedRows != null ? BigInt(affectedRows) : undefined };
	}

	async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
		throw new Error('Streaming is not supported by PGlite.');
	}
}

class PgliteWorkerDriver implements Driver {
	constructor(private readonly worker: PgliteWorker) {}
	async init(): Promise<void> {}
	async acquireConnection(): Promise<DatabaseConnection> {
		return new PgliteWorkerConnection(this.worker);
	}
	async releaseConnection(): Promise<void> {}

	async beginTransaction(connection: DatabaseConnection): Promise<void> {
		(connection as PgliteWorkerConnection).tx = await this.worker.begin();
	}

	async commitTransaction(connection: DatabaseConnection): Promise<void> {
		const c = connection as PgliteWorkerConnection;
		try {
			await this.worker.commit(c.tx!);
		} catch (error) {
			// PostgreSQL's "current transaction is aborted": COMMIT rolled back, as Kysely reports it.
			if ((error as { code?: string }).code === '25P02') throw new AbortedTransactionError({ cause: error });
			throw error;
		} finally {
			c.tx = undefined;
		}
	}

	async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
		const c = connection as PgliteWorkerConnection;
		try {
			await this.worker.rollback(c.tx!);
		} finally {
			c.tx = undefined;
		}
	}

	async destroy(): Promise<void> {
		await this.worker.close();
	}
}
