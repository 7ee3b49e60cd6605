// Live workshops across server processes: two app processes on one throwaway PostgreSQL database; a
// participant's rating posted to one process reaches the facilitator's SSE stream served by the other
// (LISTEN/NOTIFY), with the sequence number of its acknowledgement, and a participant's stream there gets
// only an aggregate nudge — never the rating itself. scripts/test.sh runs this tier inside a cluster.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../helpers/app.js';
import { createClusterDatabase } from '../helpers/db.js';
import { ctxOf, makeOrganisation } from '../helpers/fixtures.js';
import type { Database } from '#lib/server/db/schema.js';
import { createSession, generateSessionToken } from '#lib/server/auth/session.js';
import { createCycle } from '#lib/server/services/cycle.service.js';
import { joinAsGuest } from '#lib/server/services/guest.service.js';
import { changeWorkshop, createWorkshop } from '#lib/server/services/workshop.service.js';

const clusterUrl = process.env.DATABASE_URL;
if (!clusterUrl && process.env.CI === 'true') throw new Error('CI=true: the process tests need DATABASE_URL (scripts/with-postgres.sh)');

/** Reads an SSE response's messages: each `data:` line is a JSON array of events. */
function readEvents(res: Response) {
	const events: Array<{ type: string; seq: number; [k: string]: unknown }> = [];
	const reader = res.body!.getReader();
	const decoder = new TextDecoder();
	let buffer = '';
	const done = (async () => {
		for (;;) {
			const { value, done: end } = await reader.read().catch(() => ({ value: undefined, done: true }));
			if (end) return;
			buffer += decoder.decode(value, { stream: true });
			let i: number;
			while ((i = buffer.indexOf('\n\n')) >= 0) {
				const message = buffer.slice(0, i);
				buffer = buffer.slice(i + 2);
				for (const line of message.split('\n')) if (line.startsWith('data: ')) events.push(...JSON.parse(line.slice(6)));
			}
		}
	})();
	return { events, stop: () => reader.cancel().catch(() => {}), done };
}

async function until<T>(what: () => T | undefined, timeoutMs = 10_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const v = what();
		if (v !== undefined) return v;
		if (Date.now() > deadline) throw new Error('timed out');
		await new Promise((r) => setTimeout(r, 20));
	}
}

describe.skipIf(!clusterUrl)('a workshop served by two processes on one PostgreSQL', () => {
	let databaseUrl = '';
	let db: Kysely<Database>;
	let apps: RunningApp[] = [];

	beforeAll(async () => {
		databaseUrl = await createClusterDatabase(`malkarta_ws_${process.pid}`);
		apps = await Promise.all([startApp({ databaseUrl }), startApp({ databaseUrl })]);
		db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 2 }) }) });
	}, 120_000);

	afterAll(async () => {
		await Promise.all(apps.map((a) => a.stop()));
		await db?.destroy();
	});

	it('a rating posted to one process appears on the other process’s streams', async () => {
		const [a, b] = apps as [RunningApp, RunningApp];
		const f = await makeOrganisation(db, 'Alfa');
		const lead = ctxOf(db, f.processledare);
		const cycleId = (await createCycle(ctxOf(db, f.samordnare), f.organisation.id, { name: 'K', year: 2026, copy: false })).id;
		const w = await createWorkshop(lead, f.organisation.id, { name: 'W', cycleId, unitIds: [f.units.sn.id], steps: ['goals'] });
		await changeWorkshop(lead, f.organisation.id, w.id, { type: 'status', status: 'open' });
		const one = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: '192.0.2.1' });
		const two = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Ali', address: '192.0.2.1' });
		const session = generateSessionToken();
		await createSession(db, session, f.processledare.id);

		// The facilitator's stream and a participant's stream, both on process A.
		const facilitator = readEvents(await fetch(`${a.url}/org/${f.organisation.id}/workshop/${w.id}/strom`, { headers: { cookie: `malkarta_session=${session}` } }));
		const participant = readEvents(await fetch(`${a.url}/delta/${w.id}/strom`, { headers: { cookie: `malkarta_guest=${two.token}` } }));
		await until(() => (facilitator.events.length && participant.events.length ? true : undefined));
		expect(facilitator.events[0]?.type).toBe('sync');

		// A rating posted to process B, results hidden: the facilitator sees it, the other participant nothing.
		const post = (level: string) =>
			fetch(`${b.url}/delta/${w.id}/svar`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', cookie: `malkarta_guest=${one.token}` },
				body: JSON.stringify({ id: crypto.randomUUID(), kind: 'goal_relevance', subject: '6', level })
			}).then(async (r) => ({ status: r.status, ack: (await r.json()) as { id: string; seq: number; stored: boolean } }));
		const first = await post('hög');
		expect(first.status).toBe(200);
		expect(first.ack.stored).toBe(true);
		const seen = await until(() => facilitator.events.find((e) => e.type === 'input' && e.seq >= first.ack.seq));
		expect(seen).toMatchObject({ type: 'input', seq: first.ack.seq, subject: '6', kind: 'goal_relevance' });
		expect(JSON.stringify(facilitator.events)).not.toMatch(/hög|Kim/);

		// Results shown (on B as well): the participant's stream on A gets an aggregate nudge, never the rating.
		await fetch(`${b.url}/org/${f.organisation.id}/workshop/${w.id}?/results`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `malkarta_session=${session}`, origin: b.url },
			body: 'show=yes'
		});
		await until(() => participant.events.find((e) => e.type === 'state' && e.showResults === true));
		const second = await post('låg');
		const nudge = await until(() => participant.events.find((e) => e.type === 'aggregate' && e.seq >= second.ack.seq));
		expect(nudge).toEqual({ type: 'aggregate', seq: second.ack.seq });
		expect(participant.events.some((e) => e.type === 'input')).toBe(false);

		facilitator.stop();
		participant.stop();
		const stored = await db.selectFrom('mapping_input').select(['id', 'seq']).where('workshop_id', '=', w.id).execute();
		expect(stored.map((r) => Number(r.seq)).sort()).toEqual([first.ack.seq, second.ack.seq]);
	});
});
