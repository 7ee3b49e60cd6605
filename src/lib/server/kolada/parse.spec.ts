// Reading Kolada v3 files: the real recorded answer (a bare list), a full envelope with deleted rows, null
// and non-numeric values and a missing gender, a decimal comma; malformed files refused naming the problem.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_KOLADA_FILE_BYTES, parseKoladaFile } from './parse.js';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('parseKoladaFile', () => {
	it('reads the real recorded answer for N21704 (a bare values list): five municipalities × T, K, M', () => {
		const r = parseKoladaFile(fixture('kolada_n21704_fixture.json'));
		if (!r.ok) throw new Error(r.problem.key);
		expect(r.kpis).toEqual(['N21704']);
		expect(r.skipped).toBe(0);
		expect(r.values).toHaveLength(15);
		expect(r.values.filter((v) => v.municipality === '0180')).toEqual([
			{ kpi: 'N21704', municipality: '0180', year: 2023, gender: 'T', value: 21.88749 },
			{ kpi: 'N21704', municipality: '0180', year: 2023, gender: 'K', value: 25.688929 },
			{ kpi: 'N21704', municipality: '0180', year: 2023, gender: 'M', value: 15.778849 }
		]);
		expect(r.values.find((v) => v.municipality === '1280' && v.gender === 'T')!.value).toBe(20.979068);
	});

	it('reads the full envelope: skips deleted rows, nulls and words; a missing gender is T; a decimal comma counts', () => {
		const r = parseKoladaFile(fixture('recorded-envelope.json'));
		if (!r.ok) throw new Error(r.problem.key);
		expect(r.kpis).toEqual(['N15436', 'U07451', 'U99999']);
		// the deleted K, the null M of Riket 2020, and "n/a" for K 2019
		expect(r.skipped).toBe(3);
		expect(r.values).toEqual([
			{ kpi: 'N15436', municipality: '1489', year: 2020, gender: 'T', value: 90.5 },
			{ kpi: 'N15436', municipality: '1489', year: 2020, gender: 'K', value: 92.1 },
			{ kpi: 'N15436', municipality: '1489', year: 2020, gender: 'M', value: 88.9 },
			{ kpi: 'N15436', municipality: '0000', year: 2020, gender: 'T', value: 85.6 },
			{ kpi: 'U07451', municipality: '1489', year: 2020, gender: 'T', value: 67 },
			{ kpi: 'U99999', municipality: '1489', year: 2020, gender: 'T', value: 1.5 },
			{ kpi: 'N15436', municipality: '1489', year: 2019, gender: 'T', value: 84.5 }
		]);
	});

	it.each([
		['not JSON', 'kpi;municipality\nN15436;1489', 'kolada.error.notJson'],
		['JSON of another shape', '{"kpi":"N15436"}', 'kolada.error.shape'],
		['invalid UTF-8', new Uint8Array([0x5b, 0xff, 0x5d]), 'kolada.error.notJson']
	] as const)('refuses %s', (_name, input, key) => {
		const r = parseKoladaFile(input);
		expect(r).toEqual({ ok: false, problem: { key, params: {} } });
	});

	it('refuses an item without a valid field, naming the item and the field', () => {
		const r = parseKoladaFile(JSON.stringify([{ kpi: 'N15436', municipality: '1489', period: 2020, values: [] }, { kpi: 'N15436', municipality: 'Alingsås', period: 2020, values: [] }]));
		expect(r).toEqual({ ok: false, problem: { key: 'kolada.error.item', params: { item: 2, name: 'municipality' } } });
		expect(parseKoladaFile('[{"kpi":"N15436","municipality":"1489","period":2020,"values":[{"gender":"X","value":1}]}]')).toMatchObject({
			ok: false,
			problem: { params: { item: 1, name: 'gender' } }
		});
	});

	it('refuses a 50 MB file before reading it', () => {
		const big = new Uint8Array(50 * 1024 * 1024);
		expect(big.byteLength).toBeGreaterThan(MAX_KOLADA_FILE_BYTES);
		expect(parseKoladaFile(big)).toEqual({ ok: false, problem: { key: 'kolada.error.tooLarge', params: { max: 20 } } });
	});
});
