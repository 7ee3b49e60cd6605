// The steering and statistics pages at the HTTP edge, every page, data request, endpoint and action: Borlänge's samordnare
// gets 404 on each of Alingsås' (with Alingsås' own goal and indicator ids), and Alingsås' läsare 403 on
// every edit page and action while reading the steering page itself. Alingsås' steering (the demo's five
// prioritised goals and 29 indicators) is the same afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../helpers/app.js';
import { Client, expectStatus, startDemo, type DemoApp } from './http-client.js';

let app: RunningApp;
let demo: DemoApp;
let orgA = '';
let goalId = '';
let indicatorId = '';
let areaId = '';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Alingsås' steering and statistics as its samordnare's data requests return them: what must not change. */
async function steeringOfA(): Promise<string> {
	const bodies: string[] = [];
	for (const path of [`/org/${orgA}/styrning/__data.json`, `/org/${orgA}/statistik/__data.json`]) {
		const res = await demo.a.get(path);
		expect(res.status).toBe(200);
		bodies.push(res.body);
	}
	return bodies.join('\n');
}

beforeAll(async () => {
	demo = await startDemo();
	({ app, orgA } = demo);
	const page = (await demo.a.get(`/org/${orgA}/styrning`)).body;
	goalId = new RegExp(`/styrning/mal/(${UUID})`).exec(page)?.[1] ?? '';
	indicatorId = new RegExp(`/styrning/indikator/(${UUID})`).exec(page)?.[1] ?? '';
	const areas = (await demo.a.get(`/org/${orgA}/styrning/fokusomraden`)).body;
	areaId = new RegExp(`name="id" value="(${UUID})"`).exec(areas)?.[1] ?? '';
	expect([goalId, indicatorId, areaId].every(Boolean), 'the demo’s goal, indicator and focus area ids').toBe(true);
}, 120_000);

afterAll(async () => {
	await app?.stop();
});

const indicatorFields = () => ({ goalId, name: 'X', kind: 'styrande', direction: 'higher', sourceName: 'X', targets: '11.2' });

/** Every way into Alingsås' steering that changes something, or shows an edit page. */
function edits(): Array<[string, 'get' | 'post', Record<string, string>]> {
	const s = `/org/${orgA}/styrning`;
	return [
		[`${s}/fokusomraden`, 'get', {}],
		[`${s}/fokusomraden/__data.json`, 'get', {}],
		[`${s}/fokusomraden?/save`, 'post', { name: 'X' }],
		[`${s}/fokusomraden?/move`, 'post', { id: areaId, direction: 'down' }],
		[`${s}/fokusomraden?/remove`, 'post', { id: areaId }],
		[`${s}/mal/ny`, 'get', {}],
		[`${s}/mal/ny?/save`, 'post', { title: 'X' }],
		[`${s}/mal/${goalId}`, 'get', {}],
		[`${s}/mal/${goalId}/__data.json`, 'get', {}],
		[`${s}/mal/${goalId}?/save`, 'post', { title: 'X' }],
		[`${s}/mal/${goalId}?/move`, 'post', { id: goalId, direction: 'down' }],
		[`${s}/mal/${goalId}?/judge`, 'post', { goalId, year: '2022', level: 'uppfyllt', analysis: 'X' }],
		[`${s}/mal/${goalId}?/unjudge`, 'post', { goalId, year: '2021' }],
		[`${s}/mal/${goalId}?/remove`, 'post', { id: goalId }],
		[`${s}/indikator/ny`, 'get', {}],
		[`${s}/indikator/ny?/save`, 'post', indicatorFields()],
		[`${s}/indikator/${indicatorId}`, 'get', {}],
		[`${s}/indikator/${indicatorId}/__data.json`, 'get', {}],
		[`${s}/indikator/${indicatorId}?/save`, 'post', indicatorFields()],
		[`${s}/indikator/${indicatorId}?/outcome`, 'post', { indicatorId, year: '2019', value: '1' }],
		[`${s}/indikator/${indicatorId}?/move`, 'post', { id: indicatorId, direction: 'down' }],
		[`${s}/indikator/${indicatorId}?/remove`, 'post', { id: indicatorId }],
		[`/org/${orgA}/statistik?/file`, 'post', {}],
		[`/org/${orgA}/statistik?/live`, 'post', { kpis: 'N15436', years: '2020' }],
		[`/org/${orgA}/statistik?/comparison`, 'post', { comparisonId: '0014' }]
	];
}

async function attempt(c: Client, [path, method, fields]: [string, 'get' | 'post', Record<string, string>]) {
	return method === 'get' ? c.get(path) : c.post(path, fields);
}

describe('a samordnare of another organisation', () => {
	it('gets 404 on every steering page, data request, the KPI search and every action of Alingsås', async () => {
		const before = await steeringOfA();
		const s = `/org/${orgA}/styrning`;
		const reads: Array<[string, 'get', Record<string, string>]> = [
			[s, 'get', {}],
			[`${s}/__data.json`, 'get', {}],
			[`${s}/nyckeltal?sok=elever`, 'get', {}],
			[`/org/${orgA}/statistik`, 'get', {}],
			[`/org/${orgA}/statistik/__data.json`, 'get', {}]
		];
		for (const a of [...reads, ...edits()]) {
			const res = await attempt(demo.b, a);
			expectStatus(res, a[0], 404);
			expect(res.body, a[0]).not.toContain('Alingsås växer');
		}
		expect(await steeringOfA()).toBe(before);
	});
});

describe('a läsare of Alingsås', () => {
	it('reads the steering page, and gets 403 on every edit page and action; nothing changes', async () => {
		const before = await steeringOfA();
		const c = await demo.clientAs('läsare', 'Alingsås');
		const page = await c.get(`/org/${orgA}/styrning`);
		expect(page.status).toBe(200);
		expect(page.body).toContain(`id="indicator-${indicatorId}"`);
		for (const a of edits()) expectStatus(await attempt(c, a), a[0], 403);
		expect(await steeringOfA()).toBe(before);
	});
});
