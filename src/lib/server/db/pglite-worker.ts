// The embedded database (PGlite) in a worker thread of its own.
//
// Why: PGlite is PostgreSQL compiled to WebAssembly, and it runs synchronously on the thread that holds it.
// On the main thread every query stopped the server for its whole length — a council member's analysis
// (~60 ms of SQL on a large municipality) held up every participant's acknowledgement and live event
// behind it. In a worker the server keeps answering while the database works, and work on a result (such
// as splitting a large one) overlaps the next query, as it does against server PostgreSQL. Rows cross as
// structured clones, so dates, numbers and byte arrays arrive as PGlite made them (long texts as bytes,
// pglite-worker-source.ts says why). The thread keeps the process alive until the database is closed.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { PGLITE_WORKER_SOURCE } from './pglite-worker-source.js';

export interface WorkerResult {
	rows: Record<string, unknown>[];
	affectedRows?: number;
}

type Reply = { id: number; result?: WorkerResult | null; long?: unknown[]; error?: WorkerErrorShape };
type WorkerErrorShape = { name: string; message: string; [field: string]: string };
const utf8 = new TextDecoder();

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** A database error from the worker, with PostgreSQL's fields (code, constraint, detail …) as PGlite gave them. */
export class PgliteWorkerError extends Error {
	code?: string;
	constraint?: string;
	detail?: string;
	constructor(shape: WorkerErrorShape) {
		super(shape.message);
		Object.assign(this, shape);
		this.name = shape.name;
	}
}

export class PgliteWorker {
	readonly #worker: Worker;
	readonly #pending = new Map<number, Pending>();
	#nextId = 1;
	#nextTx = 1;
	#closed = false;
	#exited: Promise<void>;

	private constructor(worker: Worker) {
		this.#worker = worker;
		this.#exited = new Promise((resolve) => worker.once('exit', () => resolve()));
		worker.on('message', (m: Reply) => this.#settle(m));
		worker.on('error', (e) => this.#failAll(e));
		worker.once('exit', () => {
			this.#closed = true;
			this.#failAll(new Error('the embedded database has stopped'));
		});
	}

	/** Opens the data folder (created if missing), or an in-memory database without one; close() it when done. */
	static async start(dataDir?: string): Promise<PgliteWorker> {
		const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
		const worker = new Worker(PGLITE_WORKER_SOURCE, { eval: true, workerData: { pglite, dataDir } });
		const opening = new Promise<void>((resolve, reject) => {
			const done = () => {
				worker.off('error', fail).off('exit', exit).off('message', opened);
			};
			const fail = (e: Error) => (done(), reject(e));
			const exit = () => (done(), reject(new Error('the embedded database stopped while opening')));
			const opened = (m: { ready?: true; startError?: WorkerErrorShape }) => {
				done();
				if (m.ready) resolve();
				else reject(new PgliteWorkerError(m.startError ?? { name: 'Error', message: 'the embedded database did not open' }));
			};
			worker.on('error', fail).on('exit', exit).on('message', opened);
		});
		try {
			await opening;
		} catch (e) {
			await worker.terminate();
			throw e;
		}
		return new PgliteWorker(worker);
	}

	get closed(): boolean {
		return this.#closed;
	}

	query(sql: string, params: readonly unknown[], tx?: number): Promise<WorkerResult> {
		return this.#call({ op: 'query', sql, params, tx }) as Promise<WorkerResult>;
	}

	/** Opens a transaction; queries given its number run inside it, all others wait until it ends. */
	async begin(): Promise<number> {
		const tx = this.#nextTx++;
		await this.#call({ op: 'begin', tx });
		return tx;
	}

	async commit(tx: number): Promise<void> {
		await this.#call({ op: 'commit', tx });
	}

	async rollback(tx: number): Promise<void> {
		await this.#call({ op: 'rollback', tx });
	}

	/** Closes the database (a clean shutdown of PGlite, all written to the folder) and ends the thread; safe to call twice. */
	async close(): Promise<void> {
		if (this.#closed) return this.#exited;
		try {
			await this.#call({ op: 'close' });
		} finally {
			this.#closed = true;
			await this.#worker.terminate();
			await this.#exited;
		}
	}

	#call(message: Record<string, unknown>): Promise<unknown> {
		if (this.#closed) return Promise.reject(new Error('the embedded database is closed'));
		const id = this.#nextId++;
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve, reject });
			this.#worker.postMessage({ ...message, id });
		});
	}

	#settle(m: Reply): void {
		const p = this.#pending.get(m.id);
		if (!p) return;
		this.#pending.delete(m.id);
		if (m.error) return p.reject(new PgliteWorkerError(m.error));
		const long = m.long ?? [];
		for (let j = 0; j < long.length; j += 3) m.result!.rows[long[j] as number]![long[j + 1] as string] = utf8.decode(long[j + 2] as Uint8Array);
		p.resolve(m.result);
	}

	#failAll(error: Error): void {
		for (const p of this.#pending.values()) p.reject(error);
		this.#pending.clear();
	}
}
