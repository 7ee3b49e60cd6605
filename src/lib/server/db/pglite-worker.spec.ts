// The embedded database in its worker thread: values cross intact, errors keep PostgreSQL's fields,
// transactions hold the queue as PGlite's own do, the server's thread runs while a query does, and a
// data folder keeps what was written across a close and a reopen.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortedTransactionError, Kysely, sql } from 'kysely';
import { PgliteWorker, PgliteWorkerError } from './pglite-worker.js';
import { PgliteWorkerDialect } from './pglite-worker-dialect.js';

type Tables = { note: { id: number; body: string } };

describe('PGlite in a worker thread', { timeout: 30_000 }, () => {
	let worker: PgliteWorker;
	let db: Kysely<Tables>;
	beforeAll(async () => {
		worker = await PgliteWorker.start();
		db = new Kysely<Tables>({ dialect: new PgliteWorkerDialect(worker) });
		await sql`create table note (id int primary key, body text not null)`.execute(db);
	});
	afterAll(() => db.destroy());
	const bodies = async () => (await db.selectFrom('note').select('body').orderBy('id').execute()).map((r) => r.body);

	it('returns dates, numbers, json, bytes and nulls as PGlite makes them', async () => {
		const { rows } = await worker.query(
			`select timestamptz '2026-12-06 08:00:00+00' as at, 12345678901::int8 as big, 2.5::float8 as f,
			        '{"å":[1,"ö"]}'::jsonb as doc, '\\x0102ff'::bytea as bytes, null::text as nothing, $1::text as param`,
			['Hallstahammar']
		);
		const row = rows[0]!;
		expect(row.at).toBeInstanceOf(Date);
		expect((row.at as Date).toISOString()).toBe('2026-12-06T08:00:00.000Z');
		expect(row.big).toBe(12345678901);
		expect(row.f).toBe(2.5);
		expect(row.doc).toEqual({ å: [1, 'ö'] });
		expect(row.bytes).toBeInstanceOf(Uint8Array);
		expect([...(row.bytes as Uint8Array)]).toEqual([1, 2, 255]);
		expect(row.nothing).toBeNull();
		expect(row.param).toBe('Hallstahammar');
	});

	it('returns long text values whole, ASCII or not (they cross as bytes)', async () => {
		const { rows } = await worker.query(
			`select repeat('ab' || chr(31), 40000) as ascii, repeat('Målkarta ÅÄÖ – 🌍 ', 5000) as swedish, 'kort' as short`,
			[]
		);
		expect(rows[0]).toEqual({ ascii: 'ab\x1f'.repeat(40000), swedish: 'Målkarta ÅÄÖ – 🌍 '.repeat(5000), short: 'kort' });
	});

	it('reports affected rows and keeps PostgreSQL’s error fields', async () => {
		const inserted = await db.insertInto('note').values({ id: 1, body: 'ett' }).executeTakeFirst();
		expect(inserted.numInsertedOrUpdatedRows).toBe(1n);
		const duplicate = db.insertInto('note').values({ id: 1, body: 'igen' }).execute();
		await expect(duplicate).rejects.toBeInstanceOf(PgliteWorkerError);
		await expect(duplicate).rejects.toMatchObject({ code: '23505', constraint: 'note_pkey' });
		await db.deleteFrom('note').execute();
	});

	it('keeps a rolled-back transaction’s writes out, and queries outside it out of it', async () => {
		const outside: Promise<unknown>[] = [];
		await expect(
			db.transaction().execute(async (trx) => {
				await trx.insertInto('note').values({ id: 10, body: 'inne, ångras' }).execute();
				// Sent while the transaction is open: it must wait for the end, not run inside it.
				outside.push(db.insertInto('note').values({ id: 11, body: 'utanför' }).execute());
				await trx.insertInto('note').values({ id: 12, body: 'inne, ångras också' }).execute();
				throw new Error('ångra');
			})
		).rejects.toThrow('ångra');
		await Promise.all(outside);
		expect(await bodies()).toEqual(['utanför']);

		await db.transaction().execute(async (trx) => {
			await trx.insertInto('note').values({ id: 20, body: 'sparad' }).execute();
		});
		expect(await bodies()).toEqual(['utanför', 'sparad']);
		await db.deleteFrom('note').execute();
	});

	it('reports a commit of a failed transaction as aborted, and writes nothing of it', async () => {
		const committing = db.transaction().execute(async (trx) => {
			await trx.insertInto('note').values({ id: 30, body: 'före felet' }).execute();
			await sql`select 1 / 0`.execute(trx).catch(() => undefined);
		});
		await expect(committing).rejects.toBeInstanceOf(AbortedTransactionError);
		expect(await bodies()).toEqual([]);
	});

	it('leaves the server’s thread free while a query runs', async () => {
		let turns = 0;
		let running = true;
		const spin = () => {
			turns++;
			if (running) setImmediate(spin);
		};
		setImmediate(spin);
		// Long enough to be sure of: PGlite on this thread would have kept the event loop for all of it.
		await sql`select count(*) from generate_series(1, 2000000) g where g % 7 = 3`.execute(db);
		running = false;
		expect(turns).toBeGreaterThan(10);
	});

	it('refuses queries once closed, and closes twice without harm', async () => {
		const other = await PgliteWorker.start();
		await other.close();
		await other.close();
		expect(other.closed).toBe(true);
		await expect(other.query('select 1', [])).rejects.toThrow('closed');
	});
});

describe('PGlite in a worker thread, on a data folder', () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'malkarta-pglite-worker-'));
	afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

	it('keeps what was written across a close and a reopen', async () => {
		const first = new Kysely<Tables>({ dialect: new PgliteWorkerDialect(await PgliteWorker.start(path.join(dir, 'pgdata'))) });
		await sql`create table note (id int primary key, body text not null)`.execute(first);
		await first.insertInto('note').values({ id: 1, body: 'kvar efter omstart' }).execute();
		await first.destroy();

		const again = new Kysely<Tables>({ dialect: new PgliteWorkerDialect(await PgliteWorker.start(path.join(dir, 'pgdata'))) });
		try {
			expect(await again.selectFrom('note').select('body').execute()).toEqual([{ body: 'kvar efter omstart' }]);
		} finally {
			await again.destroy();
		}
	}, 60_000); // a new data folder takes seconds to create

	it('fails to open, without hanging, where the folder cannot be', async () => {
		const file = path.join(dir, 'a-file');
		fs.writeFileSync(file, 'not a folder');
		await expect(PgliteWorker.start(path.join(file, 'pgdata'))).rejects.toThrow();
	});
});
