// The interaction network at the HTTP edge, table-driven: a samordnare of Alingsås (A) gets 404 on every
// samspel page, data request, stream and action (import included) of Borlänge (B), and with B's cycle under
// A's own routes, and B's scores stay as they were; a läsare of A sees the pages but gets 403 on every
// action; a pair that is not two different targets is 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../helpers/app.js';
import { Client, startDemo, type DemoApp } from './http-client.js';

let app: RunningApp;
let demo: DemoApp;
const ids = { orgA: '', orgB: '', cycleA: '', cycleA2: '', cycleB: '' };
const MATRIX = ';1.1;2.1\n1.1;;2\n2.1;-1;\n';

const clientAs = (role: string, organisation: string) => demo.clientAs(role, organisation);

/** A file upload as a browser sends it (multipart), with the client's cookies. */
async function postFile(c: Client, path: string, mode = 'replace') {
	const body = new FormData();
	body.append('mode', mode);
	body.append('file', new Blob([MATRIX], { type: 'text/csv' }), 'matris.csv');
	const cookie = (c as unknown as { headers(): Record<string, string> }).headers().cookie ?? '';
	const res = await fetch(app.url + path, { method: 'POST', headers: { cookie, origin: app.url, accept: 'text/html' }, body, redirect: 'manual' });
	return { status: res.status, body: await res.text() };
}

async function newCycle(c: Client, orgId: string, name: string) {
	const res = await c.post(`/org/${orgId}/kartlaggning?/create`, { name, year: '2026', start: 'empty' });
	expect(res.status).toBe(303);
	return /\/kartlaggning\/([0-9a-f-]{36})$/.exec(res.location ?? '')![1]!;
}

beforeAll(async () => {
	demo = await startDemo();
	({ app, orgA: ids.orgA, orgB: ids.orgB } = demo);
	const { a, b } = demo;
	ids.cycleA = await newCycle(a, ids.orgA, 'Samspelsisolering');
	ids.cycleA2 = await newCycle(a, ids.orgA, 'Samspelsisolering 2');
	ids.cycleB = await newCycle(b, ids.orgB, 'Samspelsisolering');
	expect((await postFile(b, `/org/${ids.orgB}/samspel/${ids.cycleB}?/import`)).status).toBe(200);
	expect((await postFile(a, `/org/${ids.orgA}/samspel/${ids.cycleA}?/import`)).status).toBe(200);
	for (const [k, v] of Object.entries(ids)) expect(v, k).not.toBe('');
}, 120_000);

afterAll(async () => {
	await app?.stop();
});

type Row = { name: string; method: 'GET' | 'POST' | 'FILE'; path: () => string; body?: () => Record<string, string> };
const inB = () => `/org/${ids.orgB}/samspel/${ids.cycleB}`;
const underA = () => `/org/${ids.orgA}/samspel/${ids.cycleB}`;
const score = () => ({ section: 'score', score: '1', reason: 'Skäl.' });
const settle = () => ({ section: 'settle', score: '1', reason: 'Skäl.', version: '1' });

const crossOrganisation: Row[] = [
	{ name: 'cycle list of B', method: 'GET', path: () => `/org/${ids.orgB}/samspel` },
	{ name: 'cycle page of B', method: 'GET', path: inB },
	{ name: 'cycle data of B', method: 'GET', path: () => `${inB()}/__data.json` },
	{ name: 'pair page of B', method: 'GET', path: () => `${inB()}/par/1.1_2.1` },
	{ name: 'pair data of B', method: 'GET', path: () => `${inB()}/par/1.1_2.1/__data.json` },
	{ name: 'stream of B', method: 'GET', path: () => `${inB()}/strom` },
	{ name: 'score in B', method: 'POST', path: () => `${inB()}/par/1.1_2.1?/score`, body: score },
	{ name: 'settle in B', method: 'POST', path: () => `${inB()}/par/1.1_2.1?/settle`, body: settle },
	{ name: 'import into B', method: 'FILE', path: () => `${inB()}?/import` },
	{ name: 'copy in B', method: 'POST', path: () => `${inB()}?/copy`, body: () => ({ fromCycleId: ids.cycleB }) },
	{ name: "B's cycle under A", method: 'GET', path: underA },
	{ name: "B's pair under A", method: 'GET', path: () => `${underA()}/par/1.1_2.1` },
	{ name: "B's stream under A", method: 'GET', path: () => `${underA()}/strom` },
	{ name: "score in B's cycle under A", method: 'POST', path: () => `${underA()}/par/1.1_2.1?/score`, body: score },
	{ name: "settle in B's cycle under A", method: 'POST', path: () => `${underA()}/par/1.1_2.1?/settle`, body: settle },
	{ name: "import into B's cycle under A", method: 'FILE', path: () => `${underA()}?/import` },
	{ name: "copy from B's cycle into A's", method: 'POST', path: () => `/org/${ids.orgA}/samspel/${ids.cycleA}?/copy`, body: () => ({ fromCycleId: ids.cycleB }) }
];

describe('a member of another organisation', () => {
	it.each(crossOrganisation.map((r) => [r.name, r] as const))('gets 404: %s', async (_name, row) => {
		const a = await clientAs('samordnare', 'Alingsås');
		const res = row.method === 'GET' ? await a.get(row.path()) : row.method === 'FILE' ? await postFile(a, row.path()) : await a.post(row.path(), row.body!());
		if (row.path().endsWith('__data.json')) {
			const nodes = (JSON.parse(res.body) as { nodes: Array<{ type: string; error?: { status: number } } | null> }).nodes;
			expect(nodes.filter((n) => n?.type === 'error').map((n) => n!.error!.status)).toContain(404);
		} else {
			expect(res.status).toBe(404);
		}
		expect(res.body).not.toContain('Borlänge');
	});

	it("B's scores are unchanged", async () => {
		const b = await clientAs('samordnare', 'Borlänge');
		const cycle = (await b.get(inB())).body;
		expect(cycle).toContain('Räknat på de gemensamma bedömningarna (2 par)');
		const pair = (await b.get(`${inB()}/par/1.1_2.1`)).body;
		expect(pair).toContain('Ingen har bedömt paret än.');
		expect(pair).toContain('Inläst från en matris.');
	});
});

describe('a läsare in the own organisation', () => {
	it('sees the pages and the stream', async () => {
		const reader = await clientAs('läsare', 'Alingsås');
		expect((await reader.get(`/org/${ids.orgA}/samspel`)).status).toBe(200);
		const page = await reader.get(`/org/${ids.orgA}/samspel/${ids.cycleA}`);
		expect(page.status).toBe(200);
		expect(page.body).not.toContain('action="?/import"');
		const pair = await reader.get(`/org/${ids.orgA}/samspel/${ids.cycleA}/par/1.1_2.1`);
		expect(pair.status).toBe(200);
		expect(pair.body).not.toContain('action="?/settle"');
		const stream = await fetch(`${app.url}/org/${ids.orgA}/samspel/${ids.cycleA}/strom`, {
			headers: { cookie: (reader as unknown as { headers(): Record<string, string> }).headers().cookie ?? '' }
		});
		expect(stream.status).toBe(200);
		expect(stream.headers.get('content-type')).toContain('text/event-stream');
		await stream.body?.cancel();
	});

	it('gets 403 on every action', async () => {
		const reader = await clientAs('läsare', 'Alingsås');
		const own = `/org/${ids.orgA}/samspel/${ids.cycleA}`;
		expect((await reader.post(`${own}/par/1.1_2.1?/score`, score())).status).toBe(403);
		expect((await reader.post(`${own}/par/1.1_2.1?/settle`, settle())).status).toBe(403);
		expect((await postFile(reader, `${own}?/import`)).status).toBe(403);
		expect((await reader.post(`/org/${ids.orgA}/samspel/${ids.cycleA2}?/copy`, { fromCycleId: ids.cycleA })).status).toBe(403);
	});
});

describe('the pair in the address', () => {
	it.each(['6.3_6.3', '6.3', '6.3_18.1', '6.3_6.4_6.5', 'x_y', '6.3-6.4'])('%s → 404', async (pair) => {
		const a = await clientAs('samordnare', 'Alingsås');
		expect((await a.get(`/org/${ids.orgA}/samspel/${ids.cycleA}/par/${pair}`)).status).toBe(404);
	});

	it('a good pair opens', async () => {
		const a = await clientAs('samordnare', 'Alingsås');
		expect((await a.get(`/org/${ids.orgA}/samspel/${ids.cycleA}/par/6.3_6.4`)).status).toBe(200);
	});
});
