// The nulägesanalys at the HTTP edge: Borlänge's samordnare gets 404 on every report page, data request,
// export, action and version of Alingsås' (and on Alingsås' cycle under Borlänge's address); Alingsås'
// läsare reads the report but gets 403 on every edit and export; a publication is readable signed out
// (HTML and DOCX) with only its frozen content, and 404 once unpublished; an unknown slug is 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../helpers/app.js';
import { Client, expectStatus, startDemo, type DemoApp } from './http-client.js';

let app: RunningApp;
let demo: DemoApp;
const ids = { orgA: '', orgB: '', cycleA: '', cycleB: '' };
const builder = (org = ids.orgA, cycle = ids.cycleA) => `/org/${org}/nulage/${cycle}`;

beforeAll(async () => {
	demo = await startDemo();
	({ app, orgA: ids.orgA, orgB: ids.orgB } = demo);
	const cycles = (await demo.a.get(`/org/${ids.orgA}/kartlaggning`)).body;
	ids.cycleA = new RegExp(`/kartlaggning/([0-9a-f-]{36})">Kartläggning 2025<`).exec(cycles)![1]!;
	const created = await demo.b.post(`/org/${ids.orgB}/kartlaggning?/create`, { name: 'Rapportisolering', year: '2026', start: 'empty' });
	ids.cycleB = /\/kartlaggning\/([0-9a-f-]{36})$/.exec(created.location ?? '')![1]!;
	const saved = await demo.a.post(`${builder()}?/conclusion`, { scope: 'social', text: 'Alingsås egen slutsats.', version: '0' });
	expect(saved.status).toBe(200);
}, 120_000);

afterAll(async () => {
	await app?.stop();
});

/** Every way into a cycle's report: the index, the page, its data, the four exports and the five actions. */
async function attempts(c: Client, org: string, cycle: string) {
	const base = builder(org, cycle);
	const out: [string, { status: number; body: string }][] = [];
	for (const path of [`/org/${org}/nulage`, base, `${base}/__data.json`, ...['docx', 'xlsx', 'csv', 'pdf'].map((f) => `${base}/exportera/${f}`)]) out.push([path, await c.get(path)]);
	const posts: [string, Record<string, string>][] = [
		['conclusion', { scope: 'social', text: 'Intrång', version: '1' }],
		['restore', { scope: 'social', restore: '1', version: '1' }],
		['settings', { sections: 'method' }],
		['publish', {}],
		['unpublish', { publication: '00000000-0000-4000-8000-000000000000' }]
	];
	for (const [action, fields] of posts) out.push([`${base}?/${action}`, await c.post(`${base}?/${action}`, fields)]);
	return out;
}

describe('another organisation', () => {
	it('Borlänge’s samordnare gets 404 everywhere in Alingsås’ report, also under the own address', async () => {
		for (const [path, res] of await attempts(demo.b, ids.orgA, ids.cycleA)) {
			expectStatus(res, path, 404);
			expect(res.body, path).not.toContain('Alingsås egen slutsats');
		}
		for (const [path, res] of (await attempts(demo.b, ids.orgB, ids.cycleA)).slice(1)) expectStatus(res, path, 404);
		for (const [path, res] of (await attempts(demo.a, ids.orgA, ids.cycleB)).slice(1)) expectStatus(res, path, 404);
		const page = await demo.a.get(builder());
		expect(page.body).toContain('Alingsås egen slutsats.');
		expect(page.body).not.toContain('Intrång');
	});
});

describe('in the own organisation', () => {
	it('a läsare reads the report and its versions, but every edit and export is 403', async () => {
		const c = await demo.clientAs('läsare', 'Alingsås');
		const page = await c.get(builder());
		expect(page.status).toBe(200);
		expect(page.body).toContain('1. Inledning och metod');
		expect(page.body).toContain('Alingsås egen slutsats.');
		expect(page.body).not.toContain('Spara slutsatsen');
		expect(page.body).not.toContain('/exportera/docx');
		for (const [path, res] of (await attempts(c, ids.orgA, ids.cycleA)).slice(3)) expectStatus(res, path, 403);
		expect((await demo.a.get(builder())).body).not.toContain('Intrång');
	});

	it('two saves on the same version: the second is a 409 showing both texts, the first kept', async () => {
		const base = (await demo.a.get(builder())).body;
		const version = /data-conclusion="ekonomisk"[\s\S]*?name="version" value="(\d+)"/.exec(base)![1]!;
		const first = await demo.a.post(`${builder()}?/conclusion`, { scope: 'ekonomisk', text: 'Först sparad text.', version });
		expect(first.status).toBe(200);
		const second = await demo.a.post(`${builder()}?/conclusion`, { scope: 'ekonomisk', text: 'Samtidigt skriven text.', version });
		expect(second.status).toBe(409);
		expect(second.body).toContain('Någon annan sparade slutsatsen medan du skrev.');
		expect(second.body).toContain('Först sparad text.');
		expect(second.body).toContain('Samtidigt skriven text.');
		const after = (await demo.a.get(builder())).body;
		expect(after).toContain('Först sparad text.');
		expect(after).not.toContain('Samtidigt skriven text.');
	});

	it('the samordnare downloads the DOCX, XLSX and CSV zip', async () => {
		for (const [f, type] of [
			['docx', 'wordprocessingml'],
			['xlsx', 'spreadsheetml'],
			['csv', 'application/zip']
		] as const) {
			const res = await fetch(`${app.url}${builder()}/exportera/${f}`, { headers: { cookie: await cookieOf(demo.a) } });
			expect(res.status, f).toBe(200);
			expect(res.headers.get('content-type'), f).toContain(type);
			expect(res.headers.get('content-disposition'), f).toMatch(/^attachment; filename="Nulagesanalys - Alingsas/);
			expect((await res.arrayBuffer()).byteLength, f).toBeGreaterThan(1000);
		}
	});
});

/** The session cookie a client holds, for a raw fetch of binary bodies. */
async function cookieOf(c: Client): Promise<string> {
	return ((c as unknown as { cookies: Map<string, string> }).cookies ? [...(c as unknown as { cookies: Map<string, string> }).cookies].map(([k, v]) => `${k}=${v}`).join('; ') : '');
}

describe('publication', () => {
	it('is readable signed out, only its frozen content, and gone (404) once unpublished', async () => {
		const published = await demo.a.post(`${builder()}?/publish`, {});
		expect(published.status).toBe(200);
		const page = (await demo.a.get(builder())).body;
		const slug = /data-publication="([a-z2-7]+)"/.exec(page)![1]!;
		const publicationId = /name="publication" value="([0-9a-f-]{36})"/.exec(page)![1]!;
		// a later save is a draft the publication does not show
		expect((await demo.a.post(`${builder()}?/conclusion`, { scope: 'social', text: 'Ett senare utkast.', version: '1' })).status).toBe(200);
		const visitor = new Client(app.url);
		const read = await visitor.get(`/publicerad/${slug}`);
		expect(read.status).toBe(200);
		expect(read.body).toContain('Nulägesanalys Agenda 2030 – Alingsås');
		expect(read.body).toContain('Alingsås egen slutsats.');
		expect(read.body).not.toContain('Ett senare utkast.');
		expect(read.body).not.toContain('Spara slutsatsen');
		expect(read.body).toContain('href="/tillganglighet"');
		const docx = await fetch(`${app.url}/publicerad/${slug}/docx`);
		expect(docx.status).toBe(200);
		expect((await visitor.get(`/publicerad/${slug}/xlsx`)).status).toBe(404);
		expect((await visitor.get('/tillganglighet')).status).toBe(200);
		// Borlänge cannot take Alingsås' publication down
		expectStatus(await demo.b.post(`${builder(ids.orgB, ids.cycleB)}?/unpublish`, { publication: publicationId }), 'unpublish as B', 404);
		expect((await visitor.get(`/publicerad/${slug}`)).status).toBe(200);
		expect((await demo.a.post(`${builder()}?/unpublish`, { publication: publicationId })).status).toBe(200);
		expect((await visitor.get(`/publicerad/${slug}`)).status).toBe(404);
		expect((await visitor.get(`/publicerad/${slug}/docx`)).status).toBe(404);
		expect((await visitor.get('/publicerad/aaaaaaaaaaaaaaaa')).status).toBe(404);
	});
});
