// The council's items at the HTTP edge, table-driven like http.test.ts: a samordnare of Alingsås (A) gets
// 404 on every item page, data request, action and export of Borlänge (B) and with B's ids under A's own
// routes, and B's item is unchanged after it all; a läsare of A reads the items but gets 403 on every action
// and the export; a deltagare gets 403; a rådsledamot works the items but may not export; the samordnare's
// export is CSV for Swedish Excel (BOM, `;`) named after the organisation and the cycle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../helpers/app.js';
import { Client, startDemo, type DemoApp } from './http-client.js';

let app: RunningApp;
let demo: DemoApp;
const ids = { orgA: '', orgB: '', cycleA: '', cycleB: '', itemA: '', itemB: '', keyA: '' };
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const GAP = 'gap:unaddressed:14';
/** Svelte's hydration markers and white space between a tag and its text. */
const COMMENTS = '(?:\\s|<!--[^>]*-->)*';

const clientAs = (role: string, organisation: string) => demo.clientAs(role, organisation);

/** The id in the first `href="<prefix>/<uuid>"` whose link text starts with `text`. */
function linkId(html: string, prefix: string, text: string): string {
	const m = new RegExp(`href="${prefix}/(${UUID})"[^>]*>${COMMENTS}${text}`).exec(html);
	if (!m) throw new Error(`no link to ${prefix}/… named ${text}`);
	return m[1]!;
}

/** Opens the item of a finding as the council view's "Ta upp i rådet" form does; the item's id. */
async function openItem(c: Client, orgId: string, cycleId: string, findingKey: string) {
	const res = await c.post(`/org/${orgId}/rad/${cycleId}/arenden?/open`, { findingKey });
	expect(res.status, res.body.slice(0, 500)).toBe(303);
	const m = new RegExp(`^/org/${orgId}/rad/${cycleId}/arenden/(${UUID})$`).exec(res.location ?? '');
	expect(m, res.location ?? '').not.toBeNull();
	return m![1]!;
}

/** A GET with the client's cookies that keeps the body as bytes (a download). */
async function download(c: Client, path: string) {
	const cookie = (c as unknown as { headers(): Record<string, string> }).headers().cookie ?? '';
	const res = await fetch(app.url + path, { headers: { cookie }, redirect: 'manual' });
	return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

beforeAll(async () => {
	demo = await startDemo();
	({ app, orgA: ids.orgA, orgB: ids.orgB } = demo);
	const { a, b } = demo;
	// A: the demo's closed Kartläggning 2025, where one activity helps 8.3 and counteracts 15.1.
	ids.cycleA = linkId((await a.get(`/org/${ids.orgA}/kartlaggning`)).body, `/org/${ids.orgA}/kartlaggning`, 'Kartläggning 2025');
	const unit = linkId((await a.get(`/org/${ids.orgA}/kartlaggning/${ids.cycleA}`)).body, `/org/${ids.orgA}/kartlaggning/${ids.cycleA}`, 'Samhällsbyggnadsnämnden');
	const mapping = (await a.get(`/org/${ids.orgA}/kartlaggning/${ids.cycleA}/${unit}`)).body;
	const activity = new RegExp(`id="activity-(${UUID})-title"[^>]*>${COMMENTS}Öka tillgången på verksamhetsmark`).exec(mapping)![1]!;
	ids.keyA = `conflict:activity:${activity}`;
	ids.itemA = await openItem(await clientAs('rådsledamot', 'Alingsås'), ids.orgA, ids.cycleA, ids.keyA);
	// B: a new, empty cycle, where goal 14 is a gap nobody addresses.
	const cycle = await b.post(`/org/${ids.orgB}/kartlaggning?/create`, { name: 'Rådsisolering', year: '2026', start: 'empty' });
	expect(cycle.status).toBe(303);
	ids.cycleB = new RegExp(`/kartlaggning/(${UUID})$`).exec(cycle.location ?? '')![1]!;
	ids.itemB = await openItem(b, ids.orgB, ids.cycleB, GAP);
	for (const [k, v] of Object.entries(ids)) expect(v, k).not.toBe('');
}, 120_000);

afterAll(async () => {
	await app?.stop();
});

type Row = { name: string; method: 'GET' | 'POST'; path: () => string; body?: () => Record<string, string> };
const inB = () => `/org/${ids.orgB}/rad/${ids.cycleB}/arenden`;
const cycleBUnderA = () => `/org/${ids.orgA}/rad/${ids.cycleB}/arenden`;
const itemBUnderA = () => `/org/${ids.orgA}/rad/${ids.cycleA}/arenden/${ids.itemB}`;
const status = () => ({ section: 'status', status: 'hanterad', version: '1' });
const advice = () => ({ section: 'recommendation', recommendation: 'Intrång', version: '1' });
const comment = () => ({ section: 'comment', text: 'Intrång' });

const crossOrganisation: Row[] = [
	{ name: 'item list of B', method: 'GET', path: inB },
	{ name: 'item list data of B', method: 'GET', path: () => `${inB()}/__data.json` },
	{ name: "B's cycle under A", method: 'GET', path: cycleBUnderA },
	{ name: 'item of B', method: 'GET', path: () => `${inB()}/${ids.itemB}` },
	{ name: 'item data of B', method: 'GET', path: () => `${inB()}/${ids.itemB}/__data.json` },
	{ name: "B's item under A's cycle", method: 'GET', path: itemBUnderA },
	{ name: "B's item data under A's cycle", method: 'GET', path: () => `${itemBUnderA()}/__data.json` },
	{ name: "B's cycle and item under A", method: 'GET', path: () => `${cycleBUnderA()}/${ids.itemB}` },
	{ name: 'open an item in B', method: 'POST', path: () => `${inB()}?/open`, body: () => ({ findingKey: GAP }) },
	{ name: "open an item in B's cycle under A", method: 'POST', path: () => `${cycleBUnderA()}?/open`, body: () => ({ findingKey: GAP }) },
	{ name: 'status in B', method: 'POST', path: () => `${inB()}/${ids.itemB}?/status`, body: status },
	{ name: "status of B's item under A", method: 'POST', path: () => `${itemBUnderA()}?/status`, body: status },
	{ name: 'recommendation in B', method: 'POST', path: () => `${inB()}/${ids.itemB}?/recommendation`, body: advice },
	{ name: "recommendation of B's item under A", method: 'POST', path: () => `${itemBUnderA()}?/recommendation`, body: advice },
	{ name: 'comment in B', method: 'POST', path: () => `${inB()}/${ids.itemB}?/comment`, body: comment },
	{ name: "comment on B's item under A", method: 'POST', path: () => `${itemBUnderA()}?/comment`, body: comment },
	{ name: 'CSV export of B', method: 'GET', path: () => `${inB()}/exportera?format=csv` },
	{ name: 'XLSX export of B', method: 'GET', path: () => `${inB()}/exportera?format=xlsx` },
	{ name: "export of B's cycle under A", method: 'GET', path: () => `${cycleBUnderA()}/exportera?format=csv` }
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
		expect(res.body).not.toContain('Rådsisolering');
	});

	it('B’s item is unchanged: still Ny, no recommendation, no comment, the only one', async () => {
		const b = await clientAs('samordnare', 'Borlänge');
		const page = (await b.get(`${inB()}/${ids.itemB}`)).body;
		expect(page).toContain('Status: Ny');
		expect(page).toContain('Inga kommentarer ännu.');
		expect(page).not.toContain('Intrång');
		const list = (await b.get(inB())).body;
		expect(list.match(new RegExp(`href="${inB()}/${UUID}"`, 'g'))).toHaveLength(1);
	});
});

describe('roles in the own organisation', () => {
	const own = () => `/org/${ids.orgA}/rad/${ids.cycleA}/arenden`;
	const item = () => `${own()}/${ids.itemA}`;

	it('a läsare reads the list and the item, without forms or export links', async () => {
		const reader = await clientAs('läsare', 'Alingsås');
		const list = await reader.get(own());
		expect(list.status).toBe(200);
		expect(list.body).toContain('Öka tillgången på verksamhetsmark');
		expect(list.body).not.toContain('exportera?format=');
		const page = await reader.get(item());
		expect(page.status).toBe(200);
		expect(page.body).toContain('Du kan läsa ärendet men inte ändra det.');
		expect(page.body).not.toContain('?/status');
	});

	it('a läsare gets 403 on every action and the export', async () => {
		const reader = await clientAs('läsare', 'Alingsås');
		expect((await reader.post(`${own()}?/open`, { findingKey: ids.keyA })).status).toBe(403);
		expect((await reader.post(`${item()}?/status`, status())).status).toBe(403);
		expect((await reader.post(`${item()}?/recommendation`, advice())).status).toBe(403);
		expect((await reader.post(`${item()}?/comment`, comment())).status).toBe(403);
		expect((await reader.get(`${own()}/exportera?format=csv`)).status).toBe(403);
		const page = (await reader.get(item())).body;
		expect(page).toContain('Status: Ny');
		expect(page).not.toContain('Intrång');
	});

	it('a deltagare gets 403 on the list and the item', async () => {
		const member = await clientAs('deltagare', 'Alingsås');
		expect((await member.get(own())).status).toBe(403);
		expect((await member.get(item())).status).toBe(403);
	});

	it('a rådsledamot opens the same item again (idempotent) but may not export (403)', async () => {
		const rad = await clientAs('rådsledamot', 'Alingsås');
		expect(await openItem(rad, ids.orgA, ids.cycleA, ids.keyA)).toBe(ids.itemA);
		expect((await rad.post(`${own()}?/open`, { findingKey: 'conflict:activity:none' })).status).toBe(404);
		expect((await rad.get(`${own()}/exportera?format=xlsx`)).status).toBe(403);
	});

	it('the samordnare downloads CSV for Swedish Excel named after the organisation and the cycle', async () => {
		const a = await clientAs('samordnare', 'Alingsås');
		const res = await download(a, `${own()}/exportera?format=csv`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Rådets ärenden – Alingsås – Kartläggning 2025.csv')}`);
		expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(res.bytes);
		expect(text).toContain('Typ;Status;Rubrik;Enheter;Delmål;Rekommendation;Antal kommentarer;Senast ändrad\r\n');
		expect(text).toContain('Målkonflikt;Ny;Samhällsbyggnadsnämndens aktivitet ”Öka tillgången på verksamhetsmark');
		const xlsx = await download(a, `${own()}/exportera?format=xlsx`);
		expect(xlsx.status).toBe(200);
		expect([...xlsx.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip
	});
});
