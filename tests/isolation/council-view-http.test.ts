// The council view at the HTTP edge: Borlänge's samordnare gets 404 on Alingsås' council view (its page,
// its data request, the cycle picker) and Alingsås' samordnare the same on Borlänge's, also with the other
// organisation's cycle id under the own organisation's address; a deltagare, who may map but not see the
// analysis, gets 403 on the view; a läsare sees it without the button that opens a council item; a
// rådsledamot sees the view with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../helpers/app.js';
import { expectStatus, startDemo, type DemoApp } from './http-client.js';

let app: RunningApp;
let demo: DemoApp;
const ids = { orgA: '', orgB: '', cycleA: '', cycleB: '' };

const clientAs = (role: string, organisation: string) => demo.clientAs(role, organisation);

beforeAll(async () => {
	demo = await startDemo();
	({ app, orgA: ids.orgA, orgB: ids.orgB } = demo);
	const { a, b } = demo;
	const cycles = (await a.get(`/org/${ids.orgA}/kartlaggning`)).body;
	ids.cycleA = new RegExp(`/kartlaggning/([0-9a-f-]{36})">Kartläggning 2025<`).exec(cycles)![1]!;
	const created = await b.post(`/org/${ids.orgB}/kartlaggning?/create`, { name: 'Rådsisolering', year: '2026', start: 'empty' });
	expect(created.status).toBe(303);
	ids.cycleB = /\/kartlaggning\/([0-9a-f-]{36})$/.exec(created.location ?? '')![1]!;
	for (const [k, v] of Object.entries(ids)) expect(v, k).not.toBe('');
}, 120_000);

afterAll(async () => {
	await app?.stop();
});


describe('a member of another organisation', () => {
	const rows: Array<[string, () => string, 'A' | 'B']> = [
		['Alingsås’ council view, as Borlänge', () => `/org/${ids.orgA}/rad/${ids.cycleA}`, 'B'],
		['Alingsås’ council view data, as Borlänge', () => `/org/${ids.orgA}/rad/${ids.cycleA}/__data.json`, 'B'],
		['Alingsås’ cycle picker, as Borlänge', () => `/org/${ids.orgA}/rad`, 'B'],
		['Alingsås’ cycle under Borlänge, as Borlänge', () => `/org/${ids.orgB}/rad/${ids.cycleA}`, 'B'],
		['Borlänge’s council view, as Alingsås', () => `/org/${ids.orgB}/rad/${ids.cycleB}`, 'A'],
		['Borlänge’s council view data, as Alingsås', () => `/org/${ids.orgB}/rad/${ids.cycleB}/__data.json`, 'A'],
		['Borlänge’s cycle under Alingsås, as Alingsås', () => `/org/${ids.orgA}/rad/${ids.cycleB}`, 'A']
	];

	it.each(rows)('gets 404: %s', async (_name, path, who) => {
		const c = await clientAs('samordnare', who === 'A' ? 'Alingsås' : 'Borlänge');
		const res = await c.get(path());
		expectStatus(res, path(), 404);
		expect(res.body).not.toContain(who === 'A' ? 'Rådsisolering' : 'Kartläggning 2025');
		expect(res.body).not.toContain(who === 'A' ? 'Borlänge' : 'Socialnämnden');
	});
});

describe('in the own organisation', () => {
	it('a deltagare gets 403 on the council view, its data and the cycle picker', async () => {
		const d = await clientAs('deltagare', 'Alingsås');
		const view = await d.get(`/org/${ids.orgA}/rad/${ids.cycleA}`);
		expect(view.status).toBe(403);
		expect(view.body).not.toContain('Var finns luckorna?');
		expectStatus(await d.get(`/org/${ids.orgA}/rad/${ids.cycleA}/__data.json`), '/__data.json', 403);
		// The picker itself: no list of cycles and no way on.
		expect((await d.get(`/org/${ids.orgA}/rad`)).status).toBe(403);
		expect((await d.get(`/org/${ids.orgA}/rad?cycle=${ids.cycleA}`)).status).toBe(403);
		expectStatus(await d.get(`/org/${ids.orgA}/rad/__data.json`), '/rad/__data.json', 403);
	});

	it('a läsare sees the council view but no “Ta upp i rådet” (reading is not working with council items)', async () => {
		const reader = await clientAs('läsare', 'Alingsås');
		const res = await reader.get(`/org/${ids.orgA}/rad/${ids.cycleA}`);
		expect(res.status).toBe(200);
		expect(res.body).toContain('Var drar vi åt olika håll?');
		expect(res.body).not.toContain('Ta upp i rådet');
		const member = await clientAs('rådsledamot', 'Alingsås');
		expect((await member.get(`/org/${ids.orgA}/rad/${ids.cycleA}`)).body).toContain('Ta upp i rådet');
	});

	it('a rådsledamot sees the council view; the picker sends ?cycle= on to the cycle, an unknown cycle is 404', async () => {
		const r = await clientAs('rådsledamot', 'Alingsås');
		const res = await r.get(`/org/${ids.orgA}/rad/${ids.cycleA}`);
		expect(res.status).toBe(200);
		expect(res.body).toContain('Hållbarhetsrådet – Kartläggning 2025');
		const picked = await r.get(`/org/${ids.orgA}/rad?cycle=${ids.cycleA}`);
		expect(picked.status).toBe(303);
		expect(picked.location).toBe(`/org/${ids.orgA}/rad/${ids.cycleA}`);
		expect((await r.get(`/org/${ids.orgA}/rad/${crypto.randomUUID()}`)).status).toBe(404);
	});
});
