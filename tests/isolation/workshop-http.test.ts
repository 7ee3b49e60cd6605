// Workshops at the HTTP edge, table-driven like http.test.ts: a samordnare of Alingsås (A) gets 404 on every
// workshop page, stream and action of Borlänge (B) and with B's ids under A's own routes; a guest of A's
// workshop gets 404 on B's participant page, stream and answer endpoint; a join code opens its own
// workshop only; wrong codes from one address are limited (429, Swedish) while a right code still joins;
// and a läsare of A gets 403 on the workshop pages and actions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../helpers/app.js';
import { Client, startDemo, type DemoApp } from './http-client.js';

let app: RunningApp;
let demo: DemoApp;
const ids = { orgA: '', orgB: '', cycleB: '', unitB: '', workshopA: '', workshopB: '', codeA: '', codeB: '' };
let guestA: Client;

const clientAs = (role: string, organisation: string) => demo.clientAs(role, organisation);

/** A cycle, a workshop for the organisation's first unit in it, opened; returns its id and code. */
async function openWorkshop(c: Client, orgId: string) {
	const cycle = await c.post(`/org/${orgId}/kartlaggning?/create`, { name: 'Workshopisolering', year: '2026', start: 'empty' });
	expect(cycle.status).toBe(303);
	const cycleId = /\/kartlaggning\/([0-9a-f-]{36})$/.exec(cycle.location ?? '')![1]!;
	const form = (await c.get(`/org/${orgId}/workshop`)).body;
	const unitId = /name="units" value="([0-9a-f-]{36})"/.exec(form)![1]!;
	const created = await c.post(`/org/${orgId}/workshop?/create`, { name: 'Isolering', cycleId, units: unitId, steps: ['intro', 'goals'] });
	expect(created.status).toBe(303);
	const workshopId = /\/workshop\/([0-9a-f-]{36})$/.exec(created.location ?? '')![1]!;
	expect((await c.post(`/org/${orgId}/workshop/${workshopId}?/status`, { status: 'open' })).status).toBe(200);
	const code = /data-testid="join-code"[^>]*>([A-Z0-9 ]+)</.exec((await c.get(`/org/${orgId}/workshop/${workshopId}`)).body)![1]!.replace(/\s/g, '');
	return { cycleId, unitId, workshopId, code };
}

async function joinAs(code: string, name: string) {
	const guest = new Client(app.url);
	const joined = await guest.post('/delta?/join', { code, displayName: name });
	expect(joined.status).toBe(303);
	return { guest, location: joined.location };
}

beforeAll(async () => {
	demo = await startDemo();
	({ app, orgA: ids.orgA, orgB: ids.orgB } = demo);
	const { a, b } = demo;
	const wa = await openWorkshop(a, ids.orgA);
	const wb = await openWorkshop(b, ids.orgB);
	Object.assign(ids, { workshopA: wa.workshopId, codeA: wa.code, workshopB: wb.workshopId, codeB: wb.code, cycleB: wb.cycleId, unitB: wb.unitId });
	guestA = (await joinAs(ids.codeA, 'Gäst A')).guest;
	for (const [k, v] of Object.entries(ids)) expect(v, k).not.toBe('');
}, 120_000);

afterAll(async () => {
	await app?.stop();
});

type Row = { name: string; method: 'GET' | 'POST'; path: () => string; body?: () => Record<string, string | string[]> };
const consoleB = () => `/org/${ids.orgB}/workshop/${ids.workshopB}`;
const underA = () => `/org/${ids.orgA}/workshop/${ids.workshopB}`;

const crossOrganisation: Row[] = [
	{ name: 'workshop list of B', method: 'GET', path: () => `/org/${ids.orgB}/workshop` },
	{ name: 'create workshop in B', method: 'POST', path: () => `/org/${ids.orgB}/workshop?/create`, body: () => ({ name: 'X', cycleId: ids.cycleB, units: ids.unitB, steps: 'goals' }) },
	{ name: "create workshop in A with B's cycle and unit", method: 'POST', path: () => `/org/${ids.orgA}/workshop?/create`, body: () => ({ name: 'X', cycleId: ids.cycleB, units: ids.unitB, steps: 'goals' }) },
	{ name: 'console of B', method: 'GET', path: consoleB },
	{ name: 'console data of B', method: 'GET', path: () => `${consoleB()}/__data.json` },
	{ name: 'projector of B', method: 'GET', path: () => `${consoleB()}/projektor` },
	{ name: 'stream of B', method: 'GET', path: () => `${consoleB()}/strom` },
	{ name: 'step in B', method: 'POST', path: () => `${consoleB()}?/step`, body: () => ({ index: '1' }) },
	{ name: 'close B', method: 'POST', path: () => `${consoleB()}?/status`, body: () => ({ status: 'closed' }) },
	{ name: 'show results in B', method: 'POST', path: () => `${consoleB()}?/results`, body: () => ({ show: 'yes' }) },
	{ name: 'agree in B', method: 'POST', path: () => `${consoleB()}?/agree`, body: () => ({ kind: 'goal', code: '6', level: 'hög', version: '0' }) },
	{ name: "B's workshop under A", method: 'GET', path: underA },
	{ name: "B's projector under A", method: 'GET', path: () => `${underA()}/projektor` },
	{ name: "B's stream under A", method: 'GET', path: () => `${underA()}/strom` },
	{ name: "B's step under A", method: 'POST', path: () => `${underA()}?/step`, body: () => ({ index: '1' }) },
	{ name: "B's unit through A's unit picker", method: 'POST', path: () => `/org/${ids.orgA}/workshop/${ids.workshopA}?/unit`, body: () => ({ unitId: ids.unitB }) }
];

describe('a member of another organisation', () => {
	it.each(crossOrganisation.map((r) => [r.name, r] as const))('gets 404: %s', async (_name, row) => {
		const a = await clientAs('samordnare', 'Alingsås');
		const res = row.method === 'GET' ? await a.get(row.path()) : await a.post(row.path(), row.body!());
		if (row.path().endsWith('__data.json')) {
			const nodes = (JSON.parse(res.body) as { nodes: Array<{ type: string; error?: { status: number } } | null> }).nodes;
			expect(nodes.filter((n) => n?.type === 'error').map((n) => n!.error!.status)).toContain(404);
		} else {
			expect(res.status).toBe(404);
		}
		expect(res.body).not.toContain('Borlänge');
		expect(res.body).not.toContain(ids.codeB);
	});

	it('B’s workshop is unchanged: still open on its first step', async () => {
		const b = await clientAs('samordnare', 'Borlänge');
		const page = (await b.get(consoleB())).body;
		expect(page).toContain('Avsluta workshoppen');
		expect(page).toContain('0 har gått med');
		expect(page).toMatch(/aria-current="step"[^]*?Introduktion till målen/);
	});
});

describe('guests', () => {
	it('a guest of A’s workshop gets 404 on B’s participant page, stream and answer endpoint', async () => {
		expect((await guestA.get(`/delta/${ids.workshopA}`)).status).toBe(200);
		expect((await guestA.get(`/delta/${ids.workshopB}`)).status).toBe(404);
		expect((await guestA.get(`/delta/${ids.workshopB}/strom`)).status).toBe(404);
		const posted = await fetch(`${app.url}/delta/${ids.workshopB}/svar`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', cookie: (await guestCookie(guestA)) ?? '' },
			body: JSON.stringify({ id: crypto.randomUUID(), kind: 'goal_relevance', subject: '6', level: 'hög' })
		});
		expect(posted.status).toBe(404);
		expect((await guestA.post(`/delta/${ids.workshopB}?/rate`, { kind: 'goal_relevance', 'level:6': 'hög', 'id:6': crypto.randomUUID() })).status).toBe(404);
	});

	it('a guest is not signed in: the organisation’s pages send them to sign in', async () => {
		const res = await guestA.get(`/org/${ids.orgA}/workshop/${ids.workshopA}`);
		expect([303, 401]).toContain(res.status);
	});

	it('a join code opens its own workshop only', async () => {
		const { location } = await joinAs(ids.codeB.toLowerCase(), 'Gäst B');
		expect(location).toBe(`/delta/${ids.workshopB}`);
	});

	it('wrong codes from one address: the 21st in a minute is 429 in Swedish, and a right code gets the same answer then (no oracle)', async () => {
		const c = new Client(app.url);
		const statuses: number[] = [];
		let last = '';
		for (let i = 0; i < 21; i++) {
			const r = await c.post('/delta?/code', { code: 'ZZZ ZZZ' });
			statuses.push(r.status);
			last = r.body;
		}
		expect(statuses).toEqual([...Array(20).fill(400), 429]);
		expect(last).toContain('För många felaktiga koder');
		const right = await c.post('/delta?/code', { code: ids.codeA });
		expect([right.status, right.body.includes('För många felaktiga koder')]).toEqual([429, true]);
		expect((await c.post('/delta?/join', { code: ids.codeA, displayName: 'Sen gäst' })).status).toBe(429);
	});
});

describe('a läsare in the own organisation', () => {
	it('gets 403 on the workshop pages and actions', async () => {
		const reader = await clientAs('läsare', 'Alingsås');
		const own = `/org/${ids.orgA}/workshop/${ids.workshopA}`;
		expect((await reader.get(`/org/${ids.orgA}/workshop`)).status).toBe(403);
		expect((await reader.get(own)).status).toBe(403);
		expect((await reader.get(`${own}/projektor`)).status).toBe(403);
		expect((await reader.get(`${own}/strom`)).status).toBe(403);
		expect((await reader.post(`${own}?/step`, { index: '1' })).status).toBe(403);
	});
});

/** The Cookie header the client sends (it keeps its cookies to itself; the JSON endpoint needs them on a fetch). */
async function guestCookie(c: Client): Promise<string | undefined> {
	return (c as unknown as { headers(): Record<string, string> }).headers().cookie;
}
