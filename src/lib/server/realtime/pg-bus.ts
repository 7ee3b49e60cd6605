// The event bus across server processes on one PostgreSQL: pg_notify to publish, one LISTEN connection per process to receive.
import pg from 'pg';
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import { log } from '../log.js';
import { encodeEvent, pgChannelName, type BusEvent, type EventBus, type EventHandler, type SubscribeOptions, type Subscription } from './bus.js';

export interface PgEventBusOptions {
	/** Publishes through the app's pool, so publishing works while the LISTEN connection reconnects. */
	db: Db;
	/** For the dedicated LISTEN connection (a pooled connection would be handed to other queries). */
	connectionString: string;
	/** First wait before reconnecting, doubled per failed attempt up to `maxBackoffMs`. */
	backoffMs?: number;
	maxBackoffMs?: number;
}

interface Sub {
	handler: EventHandler;
	onResync?: () => void;
}

interface Channel {
	name: string;
	pgName: string;
	subs: Set<Sub>;
	/** Settles when LISTEN runs on the current connection; replaced after a drop for later subscribers. */
	ready: Deferred;
}

interface Deferred {
	promise: Promise<void>;
	resolve: () => void;
	settled: boolean;
}

function deferred(): Deferred {
	let resolve!: () => void;
	const d: Deferred = { promise: new Promise<void>((r) => (resolve = r)), resolve: () => {}, settled: false };
	d.resolve = () => {
		d.settled = true;
		resolve();
	};
	return d;
}

const noop = () => {};

export class PgEventBus implements EventBus {
	readonly kind = 'postgres' as const;
	readonly #db: Db;
	readonly #connectionString: string;
	readonly #backoffMs: number;
	readonly #maxBackoffMs: number;
	/** By PostgreSQL channel name, which is what a notification carries. */
	#channels = new Map<string, Channel>();
	#client: pg.Client | null = null;
	#connected = false;
	#everConnected = false;
	#attempt = 0;
	#retry: ReturnType<typeof setTimeout> | null = null;
	#closed = false;
	#pid: number | null = null;

	constructor(opts: PgEventBusOptions) {
		this.#db = opts.db;
		this.#connectionString = opts.connectionString;
		this.#backoffMs = opts.backoffMs ?? 250;
		// Short: streams opened while the database was away wait for LISTEN, and get their sync once it is back.
		this.#maxBackoffMs = opts.maxBackoffMs ?? 2_000;
	}

	/** The backend pid of the LISTEN connection while it is up (for diagnostics and tests). */
	get listenerPid(): number | null {
		return this.#connected ? this.#pid : null;
	}

	async publish(channel: string, event: BusEvent): Promise<void> {
		const payload = encodeEvent(channel, event);
		await sql`select pg_notify(${pgChannelName(channel)}, ${payload})`.execute(this.#db);
	}

	subscribe(channel: string, handler: EventHandler, options: SubscribeOptions = {}): Subscription {
		if (this.#closed) return Object.assign(noop, { ready: Promise.resolve() });
		const pgName = pgChannelName(channel);
		let ch = this.#channels.get(pgName);
		if (!ch) {
			ch = { name: channel, pgName, subs: new Set(), ready: deferred() };
			this.#channels.set(pgName, ch);
			if (this.#connected) this.#listen(this.#client!, ch);
			else this.#ensureConnection();
		}
		const sub: Sub = { handler, onResync: options.onResync };
		ch.subs.add(sub);
		const current = ch;
		const unsubscribe = () => {
			if (!current.subs.delete(sub) || current.subs.size > 0) return;
			if (this.#channels.get(pgName) !== current) return;
			this.#channels.delete(pgName);
			current.ready.resolve();
			// The client runs queries in order, so a LISTEN for a new subscriber queued after this still wins.
			if (this.#connected) this.#client!.query(`unlisten "${pgName}"`).catch(noop);
		};
		return Object.assign(unsubscribe, { ready: ch.ready.promise });
	}

	async close(): Promise<void> {
		if (this.#closed) return;
		this.#closed = true;
		if (this.#retry) clearTimeout(this.#retry);
		this.#retry = null;
		for (const ch of this.#channels.values()) ch.ready.resolve();
		this.#channels.clear();
		const client = this.#client;
		this.#client = null;
		this.#connected = false;
		// A dead network can keep end() waiting; shutdown must not.
		if (client) await Promise.race([client.end().catch(noop), new Promise((r) => setTimeout(r, 1000).unref())]);
	}

	#ensureConnection(): void {
		if (this.#client || this.#retry || this.#closed) return;
		void this.#connect();
	}

	async #connect(): Promise<void> {
		const client = new pg.Client({
			connectionString: this.#connectionString,
			application_name: 'malkarta-listen',
			// Notices a half-open connection (a cable pulled, a failover) instead of waiting forever.
			keepAlive: true,
			keepAliveInitialDelayMillis: 10_000
		});
		this.#client = client;
		client.on('error', (err) => this.#lost(client, err));
		client.on('end', () => this.#lost(client));
		client.on('notification', (msg) => this.#deliver(msg));
		try {
			await client.connect();
			if (this.#client !== client) return void client.end().catch(noop);
			// Channels subscribed from here on run their own LISTEN; these are the ones that waited.
			this.#connected = true;
			const waiting = [...this.#channels.values()];
			const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
			this.#pid = rows[0]?.pid ?? null;
			if (waiting.length) await client.query(waiting.map((ch) => `listen "${ch.pgName}"`).join('; '));
			if (this.#client !== client) return;
			const resumed = this.#everConnected;
			this.#everConnected = true;
			this.#attempt = 0;
			if (resumed) log.info({ channels: waiting.length }, 'LISTEN-anslutningen är tillbaka');
			for (const ch of waiting) {
				ch.ready.resolve();
				if (resumed) for (const sub of [...ch.subs]) this.#call(ch, () => sub.onResync?.());
			}
		} catch (err) {
			this.#lost(client, err);
		}
	}

	#listen(client: pg.Client, ch: Channel): void {
		client.query(`listen "${ch.pgName}"`).then(
			() => {
				if (this.#client === client) ch.ready.resolve();
			},
			// A failing LISTEN means a failing connection: its error/end handler reconnects and listens again.
			noop
		);
	}

	#lost(client: pg.Client, err?: unknown): void {
		if (this.#client !== client) return;
		this.#client = null;
		this.#connected = false;
		this.#pid = null;
		client.removeAllListeners('notification');
		client.end().catch(noop);
		if (this.#closed) return;
		for (const ch of this.#channels.values()) if (ch.ready.settled) ch.ready = deferred();
		const delay = Math.min(this.#maxBackoffMs, this.#backoffMs * 2 ** this.#attempt);
		this.#attempt++;
		// A dropped connection is an expected event here: the reason is enough, not a stack.
		const reason = err instanceof Error ? err.message : 'connection ended';
		log.warn({ reason, attempt: this.#attempt, retryInMs: delay }, 'LISTEN-anslutningen till PostgreSQL bröts; ansluter igen');
		this.#retry = setTimeout(() => {
			this.#retry = null;
			if (!this.#closed) void this.#connect();
		}, delay);
		// Reconnecting never keeps a stopping process alive.
		this.#retry.unref();
	}

	#deliver(msg: pg.Notification): void {
		const ch = this.#channels.get(msg.channel);
		if (!ch || msg.payload === undefined) return;
		let event: BusEvent;
		try {
			event = Object.freeze(JSON.parse(msg.payload) as BusEvent);
		} catch (err) {
			log.warn({ err, channel: ch.name }, 'en notis som inte är JSON ignoreras');
			return;
		}
		for (const sub of [...ch.subs]) if (ch.subs.has(sub)) this.#call(ch, () => sub.handler(event));
	}

	#call(ch: Channel, fn: () => void): void {
		try {
			fn();
		} catch (err) {
			log.error({ err, channel: ch.name }, 'en mottagare av en händelse kastade ett fel');
		}
	}
}
