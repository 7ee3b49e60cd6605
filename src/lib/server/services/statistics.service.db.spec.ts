// The statistics service against a real database: a Kolada file stored number by number (gender rows one
// each), the same file again changing nothing, unknown and retired KPIs reported, a malformed file storing
// nothing; the live import against a loopback stub, and Kolada unreachable answered with the message and the
// stored values kept; the comparison's choice; roles and other organisations.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import { getStatistics, importKoladaFile, importKoladaLive, koladaValues, searchComparisons, setComparison } from './statistics.service.js';

const db = await useTestDb();
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '..', 'kolada', 'fixtures', name), 'utf8');
let f: OrganisationFixture;
let other: OrganisationFixture;
const org = () => f.organisation.id;
const as = (u: { id: string }) => ctxOf(db, u);
const count = async () => Number((await db.selectFrom('kolada_value').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

let server: http.Server;
let base = '';
let answer: (res: http.ServerResponse) => void;
beforeAll(async () => {
	server = http.createServer((_req, res) => answer(res));
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

beforeEach(async () => {
	f = await makeOrganisation(db, 'Alfa');
	other = await makeOrganisation(db, 'Beta');
	await db.updateTable('organisation').set({ kolada_id: '1489' }).where('id', '=', org()).execute();
});

describe('importKoladaFile', () => {
	it('stores every number of the file, reports unknown and retired KPIs, and changes nothing the second time', async () => {
		const first = await importKoladaFile(as(f.samordnare), org(), fixture('recorded-envelope.json'));
		expect(first).toEqual({ kpis: 3, values: 7, skipped: 3, changed: 7, unknownKpis: ['U99999'], retiredKpis: ['U07451'] });
		expect((await koladaValues(as(f.lasare), org(), 'n15436')).values).toEqual([
			{ year: 2019, gender: 'T', value: 84.5 },
			{ year: 2020, gender: 'T', value: 90.5 },
			{ year: 2020, gender: 'K', value: 92.1 },
			{ year: 2020, gender: 'M', value: 88.9 }
		]);
		expect((await koladaValues(as(f.lasare), org(), 'N15436', { municipality: '0000' })).values).toEqual([{ year: 2020, gender: 'T', value: 85.6 }]);
		const again = await importKoladaFile(as(f.samordnare), org(), fixture('recorded-envelope.json'));
		expect(again).toMatchObject({ values: 7, changed: 0 });
		expect(await count()).toBe(7);
	});

	it('stores the real recorded answer for five municipalities', async () => {
		expect(await importKoladaFile(as(f.samordnare), org(), fixture('kolada_n21704_fixture.json'))).toMatchObject({ kpis: 1, values: 15, skipped: 0, unknownKpis: [], retiredKpis: [] });
		expect((await koladaValues(as(f.samordnare), org(), 'N21704', { municipality: '2480' })).values.map((v) => v.gender)).toEqual(['T', 'K', 'M']);
	});

	it('refuses a malformed file with its message and stores nothing', async () => {
		for (const bad of ['not json', '{"kpi": 1}', '[{"kpi":"N15436","municipality":"1489","period":"x","values":[]}]']) {
			const err = await serviceError(() => importKoladaFile(as(f.samordnare), org(), bad));
			expect(err.status).toBe(400);
			expect(err.messageKey).toMatch(/^kolada\.error\./);
		}
		expect(await count()).toBe(0);
	});

	it('is the samordnare’s: a läsare or deltagare gets 403, another organisation 404, nothing stored', async () => {
		for (const u of [f.lasare, f.deltagare, f.processledare]) expect((await serviceError(() => importKoladaFile(as(u), org(), fixture('recorded-envelope.json')))).status).toBe(403);
		expect((await serviceError(() => importKoladaFile(as(other.samordnare), org(), fixture('recorded-envelope.json')))).status).toBe(404);
		expect((await serviceError(() => koladaValues(as(other.samordnare), org(), 'N15436'))).status).toBe(404);
		expect(await count()).toBe(0);
	});
});

describe('importKoladaLive', () => {
	it('fetches the organisation’s municipality and its comparison and stores the answer', async () => {
		answer = (res) => res.end(JSON.stringify({ count: 1, next_url: null, previous_url: null, values: JSON.parse(fixture('recorded-envelope.json')).values }));
		const r = await importKoladaLive(as(f.samordnare), org(), { kpis: ['N15436'], years: [2019, 2020] }, { baseUrl: base });
		expect(r).toMatchObject({ values: 7, changed: 7 });
		expect(await count()).toBe(7);
	});

	it('answers 503 with the message when Kolada cannot be reached, and keeps the stored values', async () => {
		await importKoladaFile(as(f.samordnare), org(), fixture('recorded-envelope.json'));
		answer = (res) => {
			res.statusCode = 500;
			res.end('{}');
		};
		const err = await serviceError(() => importKoladaLive(as(f.samordnare), org(), { kpis: ['N15436'], years: [2020] }, { baseUrl: base, retries: 1, backoffMs: 5 }));
		expect([err.status, err.messageKey]).toEqual([503, 'kolada.error.unreachable']);
		const closed = await serviceError(() => importKoladaLive(as(f.samordnare), org(), { kpis: ['N15436'], years: [2020] }, { baseUrl: 'http://127.0.0.1:9', retries: 0, timeoutMs: 500 }));
		expect(closed.status).toBe(503);
		expect(await count()).toBe(7);
	});

	it('needs the organisation’s Kolada code', async () => {
		const err = await serviceError(() => importKoladaLive(as(other.samordnare), other.organisation.id, { kpis: ['N15436'], years: [2020] }, { baseUrl: base }));
		expect(err.messageKey).toBe('kolada.error.noMunicipality');
	});
});

describe('the comparison', () => {
	it('is Riket until the samordnare chooses a region or a municipality group from the catalogue', async () => {
		expect((await getStatistics(as(f.lasare), org())).comparison).toEqual({ id: '0000', title: 'Riket', type: 'L' });
		await setComparison(as(f.samordnare), org(), '0014');
		expect((await getStatistics(as(f.lasare), org())).comparison).toEqual({ id: '0014', title: 'Västra Götalandsregionen', type: 'L' });
		expect((await serviceError(() => setComparison(as(f.samordnare), org(), '1480'))).messageKey).toBe('kolada.error.comparison');
		expect((await serviceError(() => setComparison(as(f.samordnare), org(), 'G999999999'))).status).toBe(400);
		expect((await serviceError(() => setComparison(as(f.lasare), org(), '0000'))).status).toBe(403);
		expect((await serviceError(() => setComparison(as(other.samordnare), org(), '0000'))).status).toBe(404);
	});

	it('is searched with the organisation’s nearest first: Riket, its region, the groups made for it', async () => {
		const suggested = await searchComparisons(as(f.lasare), org(), '');
		expect(suggested.slice(0, 2).map((a) => a.title)).toEqual(['Riket', 'Västra Götalandsregionen']);
		expect(suggested.map((a) => a.id)).toContain('G37326'); // Liknande kommuner, övergripande, Alingsås, 2025
		expect((await searchComparisons(as(f.lasare), org(), 'liknande overgripande'))[0]?.id).toBe('G37326');
		expect((await serviceError(() => searchComparisons(as(other.lasare), org(), 'riket'))).status).toBe(404);
	});

	it('lists what is stored with the catalogue’s word on each KPI', async () => {
		await importKoladaFile(as(f.samordnare), org(), fixture('recorded-envelope.json'));
		const s = await getStatistics(as(f.lasare), org());
		expect(s.municipality).toEqual({ id: '1489', title: 'Alingsås', type: 'K' });
		expect(s.stored.map((x) => [x.kpi.id, x.kpi.status, x.values, x.firstYear, x.lastYear])).toEqual([
			['N15436', 'known', 5, 2019, 2020],
			['U07451', 'retired', 1, 2020, 2020],
			['U99999', 'unknown', 1, 2020, 2020]
		]);
		expect(s.canImport).toBe(false);
	});
});
