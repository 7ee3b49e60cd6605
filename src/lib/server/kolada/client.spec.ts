// The live Kolada client against a stub server on loopback (no test touches the network): it follows
// next_url page by page, splits more than 25 KPI ids into batches, gives up on a slow answer within its
// timeout, tries a 5xx again and then reports Kolada unreachable.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchKoladaValues, KoladaUnreachable } from './client.js';

type Handler = (url: URL, res: http.ServerResponse) => void;
let handler: Handler;
const seen: string[] = [];
let server: http.Server;
let base = '';

const row = (kpi: string, municipality: string, period: number, value: number | null) => ({
	kpi,
	municipality,
	period,
	values: [{ gender: 'T', count: 1, status: '', value, isdeleted: false }]
});
const answer = (res: http.ServerResponse, body: unknown, status = 200) => {
	res.writeHead(status, { 'content-type': 'application/json' });
	res.end(JSON.stringify(body));
};

beforeAll(async () => {
	server = http.createServer((req, res) => {
		const url = new URL(req.url!, base);
		seen.push(url.pathname + url.search);
		handler(url, res);
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
	seen.length = 0;
});

describe('fetchKoladaValues', () => {
	it('follows next_url until the last page', async () => {
		handler = (url, res) => {
			const page = Number(url.searchParams.get('page') ?? '1');
			answer(res, {
				count: 3,
				next_url: page < 3 ? `${base}/v3/data/kpi/N15436/municipality/1489,0000/year/2020?per_page=5000&page=${page + 1}` : null,
				previous_url: null,
				values: [row('N15436', '1489', 2017 + page, 80 + page)]
			});
		};
		const r = await fetchKoladaValues({ baseUrl: base }, { kpis: ['N15436'], municipalities: ['1489', '0000'], years: [2018, 2019, 2020] });
		expect(seen[0]).toBe('/v3/data/kpi/N15436/municipality/1489,0000/year/2018,2019,2020?per_page=5000');
		expect(r.requests).toBe(3);
		expect(r.values.map((v) => [v.year, v.value])).toEqual([
			[2018, 81],
			[2019, 82],
			[2020, 83]
		]);
	});

	it('asks for at most 25 KPI ids per request', async () => {
		handler = (url, res) => {
			const ids = url.pathname.split('/')[4]!.split(',');
			answer(res, { count: ids.length, next_url: null, previous_url: null, values: ids.map((id) => row(id, '1489', 2020, 1)) });
		};
		const kpis = Array.from({ length: 60 }, (_, i) => `N${String(10000 + i)}`);
		const r = await fetchKoladaValues({ baseUrl: base }, { kpis, municipalities: ['1489'], years: [2020] });
		expect(seen.map((s) => s.split('/')[4]!.split(',').length)).toEqual([25, 25, 10]);
		expect(new Set(r.values.map((v) => v.kpi)).size).toBe(60);
	});

	it('gives up on an answer slower than its timeout, and says Kolada did not answer in time', async () => {
		handler = () => {}; // never answers
		const started = Date.now();
		const err = await fetchKoladaValues({ baseUrl: base, timeoutMs: 200, retries: 1, backoffMs: 10 }, { kpis: ['N15436'], municipalities: ['1489'], years: [2020] }).catch((e) => e);
		expect(err).toBeInstanceOf(KoladaUnreachable);
		expect((err as KoladaUnreachable).reason).toBe('timeout');
		expect(seen).toHaveLength(2);
		expect(Date.now() - started).toBeLessThan(5_000);
	});

	it('tries a 5xx again, then reports Kolada unreachable; a 4xx is not tried again', async () => {
		handler = (_url, res) => answer(res, { message: 'Internal error' }, 503);
		const err = await fetchKoladaValues({ baseUrl: base, retries: 2, backoffMs: 10 }, { kpis: ['N15436'], municipalities: ['1489'], years: [2020] }).catch((e) => e);
		expect(err).toMatchObject({ name: 'KoladaUnreachable', reason: 'status' });
		expect(seen).toHaveLength(3);
		seen.length = 0;
		handler = (_url, res) => answer(res, { message: 'Not found' }, 404);
		await expect(fetchKoladaValues({ baseUrl: base, retries: 2, backoffMs: 10 }, { kpis: ['N15436'], municipalities: ['1489'], years: [2020] })).rejects.toBeInstanceOf(KoladaUnreachable);
		expect(seen).toHaveLength(1);
	});

	it('recovers when a retry succeeds', async () => {
		let calls = 0;
		handler = (_url, res) => (++calls === 1 ? answer(res, {}, 502) : answer(res, { count: 1, next_url: null, previous_url: null, values: [row('N15436', '1489', 2020, 90)] }));
		const r = await fetchKoladaValues({ baseUrl: base, backoffMs: 10 }, { kpis: ['N15436'], municipalities: ['1489'], years: [2020] });
		expect(r.values).toEqual([{ kpi: 'N15436', municipality: '1489', year: 2020, gender: 'T', value: 90 }]);
	});
});
