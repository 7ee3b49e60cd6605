import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { useTestDb, dbTarget } from '../../../../tests/helpers/db.js';
import { eventOfBytes } from '../../../../tests/helpers/events.js';
import type { Database } from '../db/schema.js';
import type { Db } from '../db/index.js';
import { createEventBus, publishAfterCommit, EventTooLargeError, MAX_EVENT_BYTES, type BusEvent, type EventBus } from './index.js';
import { PgEventBus } from './pg-bus.js';

const db = await useTestDb();
const buses: EventBus[] = [];
afterEach(async () => {
	for (const bus of buses.splice(0)) await bus.close();
});

/** Collects what a handler receives, and waits for it. */
function collector() {
	const events: Readonly<BusEvent>[] = [];
	return {
		events,
		handler: (e: Readonly<BusEvent>) => void events.push(e),
		seqs: () => events.map((e) => e.seq),
		waitFor: (n: number) => vi.waitFor(() => expect(events.length).toBeGreaterThanOrEqual(n), { timeout: 5000, interval: 5 })
	};
}

function busFor(database: Db, opts: { backoffMs?: number } = {}): EventBus {
	const bus =
		dbTarget === 'postgres'
			? new PgEventBus({ db: database, connectionString: process.env.DATABASE_URL!, ...opts })
			: createEventBus({ kind: 'pglite', db: database, databaseUrl: null });
	buses.push(bus);
	return bus;
}

describe(`the event bus on ${dbTarget === 'postgres' ? 'server PostgreSQL' : 'PGlite'}`, () => {
	it('is chosen by the database kind', () => {
		const bus = createEventBus({ kind: dbTarget, db, databaseUrl: process.env.DATABASE_URL ?? null });
		buses.push(bus);
		expect(bus.kind).toBe(dbTarget === 'postgres' ? 'postgres' : 'local');
	});

	it('delivers to subscribers in this process, in order, on their channel only', async () => {
		const bus = busFor(db);
		const mine = collector();
		const other = collector();
		await bus.subscribe('workshop:1', mine.handler).ready;
		await bus.subscribe('workshop:2', other.handler).ready;
		for (let seq = 1; seq <= 20; seq++) await bus.publish('workshop:1', { type: 'input', seq });
		await mine.waitFor(20);
		expect(mine.seqs()).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
		expect(other.events).toEqual([]);
	});

	it('stops delivery on unsubscribe', async () => {
		const bus = busFor(db);
		const gone = collector();
		const barrier = collector();
		const unsubscribe = bus.subscribe('c:gone', gone.handler);
		await unsubscribe.ready;
		await bus.subscribe('c:barrier', barrier.handler).ready;
		unsubscribe();
		await bus.publish('c:gone', { type: 'x', seq: 1 });
		// Both travel the same path in order: once the barrier arrived, the other would have too.
		await bus.publish('c:barrier', { type: 'x', seq: 2 });
		await barrier.waitFor(1);
		expect(gone.events).toEqual([]);
	});

	it('carries an event of exactly the limit and refuses a larger one with a clear error', async () => {
		const bus = busFor(db);
		const got = collector();
		await bus.subscribe('c:big', got.handler).ready;
		await bus.publish('c:big', eventOfBytes(MAX_EVENT_BYTES, 1));
		await got.waitFor(1);
		expect(got.events[0]).toEqual(eventOfBytes(MAX_EVENT_BYTES, 1));
		await expect(bus.publish('c:big', eventOfBytes(MAX_EVENT_BYTES + 1, 2))).rejects.toThrow(EventTooLargeError);
		await expect(bus.publish('c:big', eventOfBytes(MAX_EVENT_BYTES + 1, 2))).rejects.toThrow(/högst 7999 byte/);
	});

	it('publishes a transaction’s events after it commits, and none after a rollback', async () => {
		const bus = busFor(db);
		const got = collector();
		await bus.subscribe('c:tx', got.handler).ready;
		const result = await publishAfterCommit(bus, db, async (trx, queue) => {
			queue('c:tx', { type: 'saved', seq: 1 });
			queue('c:tx', { type: 'saved', seq: 2 });
			await sql`select 1`.execute(trx);
			expect(got.events).toEqual([]);
			return 'ok';
		});
		expect(result).toBe('ok');
		await expect(
			publishAfterCommit(bus, db, async (_trx, queue) => {
				queue('c:tx', { type: 'saved', seq: 3 });
				throw new Error('rolled back');
			})
		).rejects.toThrow('rolled back');
		await expect(publishAfterCommit(bus, db, async (_trx, queue) => queue('c:tx', eventOfBytes(MAX_EVENT_BYTES + 1)))).rejects.toThrow(EventTooLargeError);
		await bus.publish('c:tx', { type: 'barrier', seq: 4 });
		await got.waitFor(3);
		expect(got.seqs()).toEqual([1, 2, 4]);
	});
});

if (dbTarget === 'postgres') {
	describe('two processes on one PostgreSQL (two buses, each with its own connections)', () => {
		let otherDb: Db;
		beforeAll(() => {
			otherDb = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 }) }) });
		});
		afterAll(async () => {
			await otherDb.destroy();
		});

		it('delivers an event published by one to subscribers of the other, in order, and to its own', async () => {
			const a = busFor(db);
			const b = busFor(otherDb);
			const onB = collector();
			const onA = collector();
			const channel = 'workshop:0b6c2a52-5a8e-4d52-9a3c-2f1d6f7e8a90:projektor – Åtgärder'.repeat(3);
			await b.subscribe(channel, onB.handler).ready;
			await a.subscribe(channel, onA.handler).ready;
			for (let seq = 1; seq <= 50; seq++) await a.publish(channel, { type: 'input', seq, inputId: `id-${seq}` });
			await onB.waitFor(50);
			await onA.waitFor(50);
			const expected = Array.from({ length: 50 }, (_, i) => i + 1);
			expect(onB.seqs()).toEqual(expected);
			expect(onA.seqs()).toEqual(expected);
			expect(onB.events[49]).toEqual({ type: 'input', seq: 50, inputId: 'id-50' });
		});

		it('reconnects and listens again after its LISTEN connection is killed, and tells subscribers to resync', async () => {
			const a = busFor(db);
			const b = busFor(otherDb, { backoffMs: 20 }) as PgEventBus;
			const got = collector();
			const resync = vi.fn();
			await b.subscribe('workshop:7', got.handler, { onResync: resync }).ready;
			await a.publish('workshop:7', { type: 'input', seq: 1 });
			await got.waitFor(1);

			const pid = b.listenerPid!;
			expect(pid).toBeTypeOf('number');
			const { rows } = await sql<{ killed: boolean }>`select pg_terminate_backend(${pid}) as killed`.execute(db);
			expect(rows[0]!.killed).toBe(true);
			await vi.waitFor(() => expect(resync).toHaveBeenCalledOnce(), { timeout: 10_000, interval: 10 });
			expect(b.listenerPid).not.toBe(pid);

			for (let seq = 2; seq <= 5; seq++) await a.publish('workshop:7', { type: 'input', seq });
			await got.waitFor(5);
			expect(got.seqs()).toEqual([1, 2, 3, 4, 5]);
			const listening = await sql<{ n: number }>`
				select count(*)::int as n from pg_stat_activity where pid = ${b.listenerPid} and application_name = 'malkarta-listen'`.execute(db);
			expect(listening.rows[0]!.n).toBe(1);
		});

		it('listens again after each of repeated drops', async () => {
			const bus = busFor(otherDb, { backoffMs: 20 }) as PgEventBus;
			const got = collector();
			const resync = vi.fn();
			await bus.subscribe('c:retry', got.handler, { onResync: resync }).ready;
			for (let round = 1; round <= 3; round++) {
				const pid = bus.listenerPid;
				await sql`select pg_terminate_backend(${pid})`.execute(db);
				await vi.waitFor(() => expect(resync).toHaveBeenCalledTimes(round), { timeout: 10_000, interval: 5 });
				expect(bus.listenerPid).not.toBe(pid);
			}
			await busFor(db).publish('c:retry', { type: 'x', seq: 9 });
			await got.waitFor(1);
			expect(got.seqs()).toEqual([9]);
		});

		it('closes its LISTEN connection on close, and ignores subscriptions afterwards', async () => {
			const bus = busFor(otherDb) as PgEventBus;
			await bus.subscribe('c:close', () => {}).ready;
			const pid = bus.listenerPid;
			await bus.close();
			await vi.waitFor(async () => {
				const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where pid = ${pid}`.execute(db);
				expect(rows[0]!.n).toBe(0);
			});
			const late = bus.subscribe('c:close', () => {});
			await late.ready;
			expect(bus.listenerPid).toBeNull();
		});
	});
}
