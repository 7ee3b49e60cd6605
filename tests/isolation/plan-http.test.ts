// The handlingsplan at the HTTP edge: Alingsås' samordnare gets 404 on every page, data request, export
// and action of Borlänge's plan (the demo's, with its 17 measures), and Borlänge's on Alingsås'; in Alingsås,
// a läsare and a deltagare get 403 on the samordnare's pages, actions and exports, a läsare also on a
// follow-up, while both read the plan. Borlänge's plan is unchanged afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../helpers/app.js';
import { Client, expectStatus, startDemo, type DemoApp } from './http-client.js';

let app: RunningApp;
let demo: DemoApp;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
interface Target {
	org: string;
	plan: string;
	measure: string;
	unit: string;
	point: string;
}
let A: Target;
let B: Target;

const first = (html: string, re: RegExp) => re.exec(html)?.[1] ?? '';

/** The plan's ids as its own samordnare sees them: the first plan, its first measure, a unit and a point of the follow-up form. */
async function idsOf(c: Client, org: string): Promise<Target> {
	const list = await c.get(`/org/${org}/handlingsplan`);
	const plan = first(list.body, new RegExp(`/org/${org}/handlingsplan/(${UUID})`));
	const view = await c.get(`/org/${org}/handlingsplan/${plan}`);
	const measure = first(view.body, new RegExp(`/handlingsplan/${plan}/atgard/(${UUID})`));
	const page = await c.get(`/org/${org}/handlingsplan/${plan}/atgard/${measure}`);
	return { org, plan, measure, unit: first(page.body, new RegExp(`name="unitId"[^]*?value="(${UUID})"`)), point: first(page.body, new RegExp(`name="pointId"[^]*?value="(${UUID})"`)) };
}

/** Every way into a plan: pages, their data, the exports and every action. */
async function attempts(c: Client, t: Target) {
	const base = `/org/${t.org}/handlingsplan`;
	const plan = `${base}/${t.plan}`;
	const measure = `${plan}/atgard/${t.measure}`;
	const out: Array<readonly [string, { status: number; body: string }]> = [];
	for (const path of [base, `${base}/__data.json`, plan, `${plan}/__data.json`, `${plan}/atgard/ny`, `${plan}/atgard/ny/__data.json`, measure, `${measure}/__data.json`, `${measure}/andra`, `${plan}/exportera?format=csv`, `${plan}/exportera?format=xlsx`])
		out.push([path, await c.get(path)]);
	const posts: Array<[string, Record<string, string | string[]>]> = [
		[`${base}?/create`, { title: 'Intrång', periodStart: '2027', periodEnd: '2027' }],
		[`${plan}?/copy`, { title: 'Intrång', periodStart: '2027', periodEnd: '2027' }],
		[`${plan}/atgard/ny?/save`, { title: 'Intrång' }],
		[`${measure}/andra?/save`, { title: 'Intrång', version: '1' }],
		[`${measure}?/followUp`, { measureId: t.measure, unitId: t.unit, pointId: t.point, status: 'genomförd' }],
		[`${plan}?/close`, {}]
	];
	for (const [path, form] of posts) out.push([path, await c.post(path, form)]);
	return out;
}

async function snapshot(t: Target, c: Client) {
	const view = await c.get(`/org/${t.org}/handlingsplan/${t.plan}`);
	const page = await c.get(`/org/${t.org}/handlingsplan/${t.plan}/atgard/${t.measure}`);
	return { rows: [...view.body.matchAll(/data-measure="(\d+)"/g)].length, closed: view.body.includes('data-closed'), history: [...page.body.matchAll(/data-current=/g)].length, h1: first(page.body, /<h1>([^<]*)<\/h1>/) };
}

beforeAll(async () => {
	demo = await startDemo();
	app = demo.app;
	// Alingsås has no plan in the demo: its samordnare makes one with one measure for Socialnämnden.
	const made = await demo.a.post(`/org/${demo.orgA}/handlingsplan?/create`, { title: 'Alingsås plan', periodStart: '2026', periodEnd: '2026' });
	expect(made.status).toBe(303);
	const sn = first((await demo.a.get(`${made.location}/atgard/ny`)).body, new RegExp(`value="(${UUID})"[^>]*> Socialnämnden`));
	const saved = await demo.a.post(`${made.location}/atgard/ny?/save`, { title: 'Alingsås åtgärd', unitIds: [sn] });
	expect(saved.status).toBe(303);
	A = await idsOf(demo.a, demo.orgA);
	B = await idsOf(demo.b, demo.orgB);
	expect([A.plan, A.measure, A.unit, A.point, B.plan, B.measure, B.unit, B.point].every((x) => new RegExp(`^${UUID}$`).test(x))).toBe(true);
}, 120_000);

afterAll(async () => {
	await app?.stop();
});

describe('a samordnare of another organisation', () => {
	it('Alingsås’ samordnare gets 404 everywhere in Borlänge’s plan, and it is unchanged', async () => {
		const before = await snapshot(B, demo.b);
		expect(before.rows).toBe(17);
		for (const [path, res] of await attempts(demo.a, B)) {
			expectStatus(res, path, 404);
			expect(res.body, path).not.toContain('Ställa om Borlänges fordonsflotta');
		}
		expect(await snapshot(B, demo.b)).toEqual(before);
	});

	it('Borlänge’s samordnare gets 404 everywhere in Alingsås’ plan', async () => {
		const before = await snapshot(A, demo.a);
		for (const [path, res] of await attempts(demo.b, A)) expectStatus(res, path, 404);
		expect(await snapshot(A, demo.a)).toEqual(before);
	});
});

describe('in the own organisation', () => {
	it.each(['läsare', 'deltagare'])('a %s reads the plan and the measure, and gets 403 on the samordnare’s pages, actions and exports', async (role) => {
		const c = await demo.clientAs(role, 'Alingsås');
		const before = await snapshot(A, demo.a);
		const plan = `/org/${A.org}/handlingsplan/${A.plan}`;
		expect((await c.get(plan)).status).toBe(200);
		expect((await c.get(`${plan}/atgard/${A.measure}`)).status).toBe(200);
		const managed = (await attempts(c, A)).filter(([path]) => /atgard\/ny|andra|exportera|\?\/(create|copy|close)/.test(path));
		expect(managed).toHaveLength(10);
		for (const [path, res] of managed) expectStatus(res, path, 403);
		const followUp = (await attempts(c, A)).find(([path]) => path.endsWith('?/followUp'))!;
		// The deltagare is a member of Socialnämnden, which takes the measure on; the läsare may not report.
		expect(followUp[1].status).toBe(role === 'deltagare' ? 200 : 403);
		const after = await snapshot(A, demo.a);
		expect(after.rows).toBe(before.rows);
		expect(after.closed).toBe(false);
	});
});
