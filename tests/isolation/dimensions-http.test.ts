// The dimensions page at the HTTP edge: Borlänge's samordnare gets 404 on Alingsås' page, its data request
// and both actions (save, reset), and Alingsås' samordnare the same on Borlänge's; Alingsås' läsare and
// processledare get 403 on the page, its data and both actions. Each organisation's own grouping (set by
// its samordnare first) is unchanged afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../helpers/app.js';
import { Client, expectStatus, startDemo, type DemoApp } from './http-client.js';

let app: RunningApp;
let demo: DemoApp;
const ids = { orgA: '', orgB: '' };
const all = Array.from({ length: 17 }, (_, i) => String(i + 1));
/** Alingsås: the default with goal 12 in Ekologisk too. Borlänge: goal 6 in Social too. */
const own = {
	A: { social: ['1', '2', '3', '4', '5', '7', '11', '16', '17'], ekologisk: ['6', '12', '13', '14', '15', '17'], ekonomisk: ['8', '9', '10', '12', '17'] },
	B: { social: ['1', '2', '3', '4', '5', '6', '7', '11', '16', '17'], ekologisk: ['6', '13', '14', '15', '17'], ekonomisk: ['8', '9', '10', '12', '17'] }
};

const clientAs = (role: string, organisation: string) => demo.clientAs(role, organisation);

/** The goals ticked per dimension on the page as the organisation's samordnare sees it. */
async function stored(who: 'A' | 'B') {
	const c = await clientAs('samordnare', who === 'A' ? 'Alingsås' : 'Borlänge');
	const res = await c.get(`/org/${who === 'A' ? ids.orgA : ids.orgB}/dimensioner`);
	expect(res.status).toBe(200);
	const out: Record<string, string[]> = { social: [], ekologisk: [], ekonomisk: [] };
	for (const m of res.body.matchAll(/<input\b[^>]*>/g)) {
		const tag = m[0];
		const name = /name="(\w+)"/.exec(tag)?.[1];
		const value = /value="(\d+)"/.exec(tag)?.[1];
		if (name && value && name in out && /\schecked\b/.test(tag)) out[name]!.push(value);
	}
	return { grouping: out, mode: /data-grouping="(\w+)"/.exec(res.body)?.[1] };
}


beforeAll(async () => {
	demo = await startDemo();
	({ app, orgA: ids.orgA, orgB: ids.orgB } = demo);
	const { a, b } = demo;
	expect((await a.post(`/org/${ids.orgA}/dimensioner?/save`, own.A)).status).toBe(200);
	expect((await b.post(`/org/${ids.orgB}/dimensioner?/save`, own.B)).status).toBe(200);
	expect(await stored('A')).toEqual({ grouping: own.A, mode: 'own' });
	expect(await stored('B')).toEqual({ grouping: own.B, mode: 'own' });
}, 120_000);

afterAll(async () => {
	await app?.stop();
});

/** Every way into an organisation's dimensions: the page, its data, saving (every goal in Social) and resetting. */
async function attempts(c: Client, orgId: string) {
	const base = `/org/${orgId}/dimensioner`;
	return [
		[base, await c.get(base)],
		[`${base}/__data.json`, await c.get(`${base}/__data.json`)],
		[`${base}?/save`, await c.post(`${base}?/save`, { social: all })],
		[`${base}?/reset`, await c.post(`${base}?/reset`, {})]
	] as const;
}

describe('a samordnare of another organisation', () => {
	it.each([
		['Borlänge’s samordnare on Alingsås’ page', 'B', 'A'],
		['Alingsås’ samordnare on Borlänge’s page', 'A', 'B']
	] as const)('gets 404: %s', async (_name, who, target) => {
		const c = await clientAs('samordnare', who === 'A' ? 'Alingsås' : 'Borlänge');
		for (const [path, res] of await attempts(c, target === 'A' ? ids.orgA : ids.orgB)) {
			expectStatus(res, path, 404);
			expect(res.body, path).not.toContain('Spara indelningen');
		}
		expect(await stored('A')).toEqual({ grouping: own.A, mode: 'own' });
		expect(await stored('B')).toEqual({ grouping: own.B, mode: 'own' });
	});
});

describe('in the own organisation', () => {
	it.each(['läsare', 'processledare'])('a %s gets 403 on the page, its data and both actions; nothing changes', async (role) => {
		const c = await clientAs(role, 'Alingsås');
		for (const [path, res] of await attempts(c, ids.orgA)) {
			expectStatus(res, path, 403);
			expect(res.body, path).not.toContain('Spara indelningen');
		}
		expect(await stored('A')).toEqual({ grouping: own.A, mode: 'own' });
		// no link to the page on the organisation page either
		expect((await c.get(`/org/${ids.orgA}`)).body).not.toContain(`/org/${ids.orgA}/dimensioner`);
	});

	it('the samordnare’s link on the organisation page leads to the page', async () => {
		const c = await clientAs('samordnare', 'Alingsås');
		expect((await c.get(`/org/${ids.orgA}`)).body).toContain(`href="/org/${ids.orgA}/dimensioner"`);
	});
});
