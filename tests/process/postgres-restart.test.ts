// A PostgreSQL restart under a running server (issue 21: `pg_ctl stop -m fast` ended the process with an
// unhandled 'error' event from the pool). On a throwaway cluster of its own, so stopping it touches no other
// test: while the database is away the process lives and pages answer 503 with the Swedish message, a live
// stream opened in the gap is told to come back, and once the server is up again pages answer 200 and the
// stream gets its initial sync. Then SIGTERM ends the process within 2 s.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../helpers/app.js';
import { ctxOf, makeOrganisation } from '../helpers/fixtures.js';
import type { Database } from '#lib/server/db/schema.js';
import { createCycle } from '#lib/server/services/cycle.service.js';
import { joinAsGuest } from '#lib/server/services/guest.service.js';
import { changeWorkshop, createWorkshop } from '#lib/server/services/workshop.service.js';

const PGBIN = process.env.PGBIN ?? '/usr/lib/postgresql/15/bin';
const available = fs.existsSync(path.join(PGBIN, 'pg_ctl'));
if (!available && process.env.CI === 'true') throw new Error(`CI=true: this test needs PostgreSQL 15 in ${PGBIN}`);
const asRoot = process.getuid?.() === 0;

/** A cluster in a temp dir, run as the postgres user when we are root (as scripts/with-postgres.sh does). */
class Cluster {
	readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'malkarta-restart-'));
	port = 0;
	run(cmd: string, args: string[]): void {
		const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(PGBIN, cmd), ...args]] : [path.join(PGBIN, cmd), args];
		execFileSync(file, argv, { cwd: this.dir, stdio: 'pipe' });
	}
	async init(): Promise<void> {
		if (asRoot) execFileSync('chown', ['postgres:', this.dir]);
		fs.chmodSync(this.dir, 0o700);
		this.run('initdb', ['-D', `${this.dir}/data`, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
		this.port = await freePort();
		this.start();
	}
	start(): void {
		const opts = `-c listen_addresses=127.0.0.1 -p ${this.port} -k ${this.dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
		this.run('pg_ctl', ['-D', `${this.dir}/data`, '-l', `${this.dir}/server.log`, '-w', '-t', '60', '-s', 'start', '-o', opts]);
	}
	stop(mode: 'fast' | 'immediate'): void {
		this.run('pg_ctl', ['-D', `${this.dir}/data`, '-m', mode, '-w', '-s', 'stop']);
	}
	remove(): void {
		try {
			this.stop('immediate');
		} catch {
			/* already stopped */
		}
		fs.rmSync(this.dir, { recursive: true, force: true });
	}
	get url(): string {
		return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
	}
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = net.createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as net.AddressInfo;
			s.close(() => resolve(port));
		});
	});
}

/** The first SSE events of a stream response, read until `count` arrived or it ended; and its raw text. */
async function readStream(res: Response, count = 1, timeoutMs = 10_000): Promise<{ events: Array<{ type: string }>; text: string }> {
	const reader = res.body!.getReader();
	const decoder = new TextDecoder();
	let text = '';
	const events: Array<{ type: string }> = [];
	const timer = setTimeout(() => void reader.cancel().catch(() => {}), timeoutMs);
	try {
		while (events.length < count) {
			const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
			if (done) break;
			text += decoder.decode(value, { stream: true });
			events.length = 0;
			for (const line of text.split('\n')) if (line.startsWith('data: ')) events.push(...JSON.parse(line.slice(6)));
		}
	} finally {
		clearTimeout(timer);
		await reader.cancel().catch(() => {});
	}
	return { events, text };
}

describe.skipIf(!available)('a PostgreSQL restart under the running server', () => {
	const cluster = new Cluster();
	let app: RunningApp;
	let workshopId = '';
	let guestToken = '';

	beforeAll(async () => {
		await cluster.init();
		// The app migrates the database on start.
		app = await startApp({ databaseUrl: cluster.url });
		const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: cluster.url, max: 2 }) }) });
		try {
			const f = await makeOrganisation(db, 'Alfa');
			const lead = ctxOf(db, f.processledare);
			const cycleId = (await createCycle(ctxOf(db, f.samordnare), f.organisation.id, { name: 'K', year: 2026, copy: false })).id;
			const w = await createWorkshop(lead, f.organisation.id, { name: 'W', cycleId, unitIds: [f.units.sn.id], steps: ['goals'] });
			await changeWorkshop(lead, f.organisation.id, w.id, { type: 'status', status: 'open' });
			workshopId = w.id;
			guestToken = (await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: '192.0.2.1' })).token;
		} finally {
			await db.destroy();
		}
	}, 120_000);

	afterAll(async () => {
		await app?.kill().catch(() => {});
		cluster.remove();
	});

	const page = () => fetch(`${app.url}/logga-in`, { redirect: 'manual' });
	const stream = () => fetch(`${app.url}/delta/${workshopId}/strom`, { headers: { cookie: `malkarta_guest=${guestToken}`, accept: 'text/event-stream' } });

	it('survives the stop, answers 503 with the message meanwhile, and 200 with a synced stream once it is back', async () => {
		// The pool now holds idle connections, and the LISTEN connection is up.
		await Promise.all(Array.from({ length: 4 }, () => page().then((r) => expect(r.status).toBe(200))));
		expect((await readStream(await stream())).events[0]?.type).toBe('sync');

		cluster.stop('fast');
		await new Promise((r) => setTimeout(r, 500));
		expect(app.child.exitCode).toBeNull();
		const away = await page();
		expect(away.status).toBe(503);
		expect(await away.text()).toContain('Databasen går inte att nå just nu.');
		// EventSource gives up on an error status: the gap's stream ends with a retry hint instead.
		const gap = await stream();
		expect(gap.status).toBe(200);
		expect(await gap.text()).toMatch(/^retry: \d+/);
		expect(app.output()).not.toMatch(/Unhandled 'error' event/);

		cluster.start();
		const deadline = Date.now() + 20_000;
		let status = 0;
		while (Date.now() < deadline && (status = (await page()).status) !== 200) await new Promise((r) => setTimeout(r, 200));
		expect(status).toBe(200);
		// The browser's retries of the gap's stream, as EventSource follows the retry hint: a page can answer
		// before every pooled connection is back (a loaded machine), so a retry may get the hint once more;
		// within the deadline one gets its initial sync.
		let first: string | undefined;
		while (Date.now() < deadline + 20_000 && first !== 'sync') {
			const back = await stream();
			expect(back.status).toBe(200);
			first = (await readStream(back, 1, 5_000)).events[0]?.type;
			if (first !== 'sync') await new Promise((r) => setTimeout(r, 500));
		}
		expect(first).toBe('sync');
		expect(app.child.exitCode).toBeNull();
	}, 60_000);

	it('exits within 2 s of SIGTERM', async () => {
		const { ms, code } = await app.stop();
		expect(code).toBe(0);
		expect(ms).toBeLessThan(2_000);
	});
});
