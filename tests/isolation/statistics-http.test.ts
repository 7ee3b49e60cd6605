// The statistics page at the HTTP edge, as a browser without JavaScript sends it (multipart and form posts):
// Alingsås' samordnare imports a real-size Kolada file (over adapter-node's default body limit of 512 KB) and
// gets the counts in Swedish; a 50 MB upload is answered with the Swedish "too large" message next to the
// field and stores nothing; the live import goes to a loopback stub (KOLADA_BASE_URL), and when the stub
// answers 500 the page says Kolada is not answering and the stored values are kept. Borlänge's samordnare gets
// 404 on the page, its data request and every action; Alingsås' läsare reads the page and gets 403 on every
// action. No test touches the network.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../helpers/app.js';
import { Client, demoLogin, expectStatus, orgIdsIn } from './http-client.js';

const recorded = fs.readFileSync(path.resolve(import.meta.dirname, '../../src/lib/server/kolada/fixtures/recorded-envelope.json'));
const municipalities = (
	JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../src/lib/server/kolada/data/municipality_v3_2026-03-23.json'), 'utf8')) as {
		values: Array<{ id: string }>;
	}
).values.map((m) => m.id);

let app: RunningApp;
let stub: http.Server;
let stubAnswer: (url: URL, res: http.ServerResponse) => void = (_u, res) => res.end('{}');
const stubSeen: string[] = [];
let orgA = '';
let orgB = '';
const cookies = new Map<string, string>();

/** Signs in as a demo login; returns the cookie header to send. */
async function signIn(role: string, organisation: string): Promise<string> {
	if (cookies.has(`${role}/${organisation}`)) return cookies.get(`${role}/${organisation}`)!;
	const l = demoLogin(app.output(), role, organisation);
	const res = await fetch(`${app.url}/logga-in`, {
		method: 'POST',
		headers: { origin: app.url, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
		body: new URLSearchParams({ email: l.email, password: l.password }),
		redirect: 'manual'
	});
	expect(res.status).toBe(303);
	const cookie = res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0]!)
		.join('; ');
	cookies.set(`${role}/${organisation}`, cookie);
	return cookie;
}

async function get(cookie: string, p: string) {
	const res = await fetch(app.url + p, { headers: { cookie, accept: 'text/html' }, redirect: 'manual' });
	return { status: res.status, body: await res.text() };
}

/** A form post as a browser without JavaScript sends it: multipart when a file is given. */
async function post(cookie: string, p: string, fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }) {
	let body: FormData | URLSearchParams;
	if (file) {
		body = new FormData();
		for (const [k, v] of Object.entries(fields)) body.append(k, v);
		body.append('file', new Blob([new Uint8Array(file.bytes)], { type: 'application/json' }), file.name);
	} else body = new URLSearchParams(fields);
	const res = await fetch(app.url + p, { method: 'POST', headers: { cookie, origin: app.url, accept: 'text/html' }, body, redirect: 'manual' });
	return { status: res.status, body: await res.text() };
}

/** The KPIs the page lists as stored, with their number of values: what must not change. */
async function stored(cookie: string): Promise<string[]> {
	const page = await get(cookie, `/org/${orgA}/statistik`);
	expect(page.status).toBe(200);
	return [...page.body.matchAll(/<tr[^>]*data-kpi="([A-Z]\d{5})"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => {
		const count = /<td[^>]*>\s*(\d+)\s*<\/td>/.exec(m[2]!)?.[1];
		return `${m[1]}:${count}`;
	});
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\s+/g, ' ');

beforeAll(async () => {
	stub = http.createServer((req, res) => {
		const url = new URL(req.url!, 'http://127.0.0.1');
		stubSeen.push(url.pathname);
		stubAnswer(url, res);
	});
	await new Promise<void>((r) => stub.listen(0, '127.0.0.1', r));
	const stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
	app = await startApp({ demo: true, env: { KOLADA_BASE_URL: stubUrl } });
	orgA = orgIdsIn((await get(await signIn('samordnare', 'Alingsås'), '/')).body)[0]!;
	orgB = orgIdsIn((await get(await signIn('samordnare', 'Borlänge'), '/')).body)[0]!;
	expect(orgA).toMatch(/^[0-9a-f-]{36}$/);
	expect(orgB).not.toBe(orgA);
}, 120_000);

afterAll(async () => {
	await app?.stop();
	await new Promise<void>((r) => (stub ? stub.close(() => r()) : r()));
});

describe('the samordnare', () => {
	it('imports a real-size file (over 512 KB) and reads the counts in Swedish', async () => {
		const a = await signIn('samordnare', 'Alingsås');
		// Every municipality and region of the catalogue, 2015–2024, T/K/M: the shape Kolada answers for a KPI.
		const items = municipalities.flatMap((m) =>
			Array.from({ length: 10 }, (_, i) => ({
				values: ['T', 'K', 'M'].map((gender, g) => ({ gender, count: 1, status: '', value: 50 + i + g / 10, isdeleted: false })),
				kpi: 'N07418',
				period: 2015 + i,
				municipality: m
			}))
		);
		const big = new TextEncoder().encode(JSON.stringify({ count: items.length, next_url: null, previous_url: null, values: items }, null, 1));
		expect(big.byteLength).toBeGreaterThan(512 * 1024);
		const r = await post(a, `/org/${orgA}/statistik?/file`, {}, { name: 'kolada.json', bytes: big });
		expect(r.status).toBe(200);
		expect(text(r.body)).toContain(`${items.length * 3} värden för 1 nyckeltal sparades`);
		expect(await stored(a)).toContain(`N07418:${items.length * 3}`);
	});

	it('imports the recorded file: the counts, the unknown and the retired KPI named; the same file again changes nothing', async () => {
		const a = await signIn('samordnare', 'Alingsås');
		const first = await post(a, `/org/${orgA}/statistik?/file`, {}, { name: 'kolada.json', bytes: recorded });
		expect(first.status).toBe(200);
		const said = text(first.body);
		expect(said).toContain('7 värden för 3 nyckeltal sparades');
		expect(said).toContain('3 rader utan värde hoppades över');
		expect(said).toMatch(/Finns inte i Koladas förteckning: U99999/);
		expect(said).toMatch(/Utgångna nyckeltal \(gammal definition\): U07451/);
		const before = await stored(a);
		const again = await post(a, `/org/${orgA}/statistik?/file`, {}, { name: 'kolada.json', bytes: recorded });
		expect(text(again.body)).toContain('(0 nya eller ändrade)');
		expect(await stored(a)).toEqual(before);
	});

	it('gets the Swedish "too large" message for a 50 MB file, and nothing is stored', async () => {
		const a = await signIn('samordnare', 'Alingsås');
		const before = await stored(a);
		const huge = new Uint8Array(50 * 1024 * 1024).fill(0x20);
		const r = await post(a, `/org/${orgA}/statistik?/file`, {}, { name: 'stor.json', bytes: huge });
		expect(r.status).toBe(413);
		expect(text(r.body)).toContain('Filen är för stor: högst 20 MB.');
		expect(r.body).toContain('id="field-file-error"');
		expect(await stored(a)).toEqual(before);
	});

	it('gets the Swedish message naming what is wrong for a file that is not JSON', async () => {
		const a = await signIn('samordnare', 'Alingsås');
		const r = await post(a, `/org/${orgA}/statistik?/file`, {}, { name: 'x.json', bytes: new TextEncoder().encode('kpi;municipality\nN15436;1489') });
		expect(r.status).toBe(400);
		expect(text(r.body)).toContain('Filen är inte JSON.');
	});

	it('imports live from the stub, and when Kolada answers 500 reads that Kolada is not answering; the stored values stay', async () => {
		const a = await signIn('samordnare', 'Alingsås');
		stubSeen.length = 0;
		stubAnswer = (url, res) => {
			res.setHeader('content-type', 'application/json');
			const [, , , , kpis, , munis, , years] = url.pathname.split('/');
			const values = kpis!.split(',').flatMap((kpi) =>
				munis!.split(',').flatMap((municipality) =>
					years!.split(',').map((y) => ({ kpi, municipality, period: Number(y), values: [{ gender: 'T', count: 1, status: '', value: Number(y) - 1900, isdeleted: false }] }))
				)
			);
			res.end(JSON.stringify({ count: values.length, next_url: null, previous_url: null, values }));
		};
		const ok = await post(a, `/org/${orgA}/statistik?/live`, { kpis: 'N15454', years: '2021-2022' });
		expect(ok.status).toBe(200);
		expect(stubSeen).toEqual(['/v3/data/kpi/N15454/municipality/1489,0000/year/2021,2022']);
		expect(text(ok.body)).toContain('4 värden för 1 nyckeltal sparades');
		const before = await stored(a);
		expect(before).toContain('N15454:4');

		stubAnswer = (_url, res) => {
			res.statusCode = 500;
			res.end('{"error":"internal"}');
		};
		const down = await post(a, `/org/${orgA}/statistik?/live`, { kpis: 'N15454', years: '2021-2022' });
		expect(down.status).toBe(503);
		expect(text(down.body)).toContain('Kolada svarar inte just nu');
		expect(await stored(a)).toEqual(before);
	}, 60_000);
});

describe('roles and other organisations', () => {
	const actions = (): Array<[string, Record<string, string>, boolean]> => [
		[`/org/${orgA}/statistik?/file`, {}, true],
		[`/org/${orgA}/statistik?/live`, { kpis: 'N15436', years: '2020' }, false],
		[`/org/${orgA}/statistik?/comparison`, { comparisonId: '0014' }, false]
	];

	it('gives Borlänge’s samordnare 404 on Alingsås’ page, its data request and every action', async () => {
		const b = await signIn('samordnare', 'Borlänge');
		for (const p of [`/org/${orgA}/statistik`, `/org/${orgA}/statistik/__data.json`, `/org/${orgA}/statistik?jamfor=riket`]) expectStatus(await get(b, p), p, 404);
		const before = await stored(await signIn('samordnare', 'Alingsås'));
		for (const [p, fields, file] of actions()) expect((await post(b, p, fields, file ? { name: 'k.json', bytes: recorded } : undefined)).status, p).toBe(404);
		expect(await stored(await signIn('samordnare', 'Alingsås'))).toEqual(before);
	});

	it('lets Alingsås’ läsare read what is stored with "Källa: Kolada", without the forms, and gives 403 on every action', async () => {
		const l = await signIn('läsare', 'Alingsås');
		const page = await get(l, `/org/${orgA}/statistik`);
		expect(page.status).toBe(200);
		expect(page.body).toContain('Källa: Kolada');
		expect(page.body).not.toContain('action="?/file"');
		const before = await stored(l);
		for (const [p, fields, file] of actions()) expect((await post(l, p, fields, file ? { name: 'k.json', bytes: recorded } : undefined)).status, p).toBe(403);
		expect(await stored(l)).toEqual(before);
	});
});
