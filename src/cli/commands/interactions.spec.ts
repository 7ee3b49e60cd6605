// End to end: `interactions metrics` run the way a script runs it, as a child process of tsx, on files
// written here (and on the reference matrix in ../shared/data/reference/sweden-weitz-2018, which that case
// reads from there and skips, saying so, when it is absent).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_MATRIX, referenceAvailable } from '#lib/analysis/interactions/fixtures.js';

interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

const root = path.resolve(import.meta.dirname, '../../..');
const available = referenceAvailable();
// A data folder that must stay untouched and a server nobody listens on: the command needs neither.
const scratch = mkdtempSync(path.join(tmpdir(), 'malkarta-interactions-'));
const dataDir = path.join(scratch, 'pglite');
const file = (name: string) => path.join(scratch, name);

function cli(...args: string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile(
			path.join(root, 'node_modules/.bin/tsx'),
			['src/cli/index.ts', ...args],
			{ cwd: root, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none' } },
			(error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
		);
	});
}

// Rows influence columns; worked by hand in src/lib/analysis/interactions/metrics.spec.ts.
//        1.1  1.2  2.1
//  1.1    ·    2    1
//  1.2    0    ·   −1
//  2.1    3    1    ·
const SMALL = '\uFEFFpåverkar\\påverkas;1.1;1.2;2.1\r\n1.1;;2;1\r\n1.2;0;;-1\r\n2.1;3;1;\r\n';
const SMALL_JSON =
	'{"targets":[' +
	'{"code":"1.1","outSum":3,"inSum":3,"outPositive":3,"outNegative":0,"inPositive":3,"inNegative":0,"secondOrder":1,"rankOutSum":2,"rankInSum":1,"rankSecondOrder":2},' +
	'{"code":"1.2","outSum":-1,"inSum":3,"outPositive":0,"outNegative":-1,"inPositive":3,"inNegative":0,"secondOrder":-2,"rankOutSum":3,"rankInSum":2,"rankSecondOrder":3},' +
	'{"code":"2.1","outSum":4,"inSum":0,"outPositive":4,"outNegative":0,"inPositive":1,"inNegative":-1,"secondOrder":4,"rankOutSum":1,"rankInSum":3,"rankSecondOrder":1}' +
	']}\n';

const runs: Record<string, Run> = {};
const cases: Record<string, string[]> = {
	csv: ['interactions', 'metrics', '--json', file('small.csv')],
	xlsx: ['interactions', 'metrics', '--json', file('small.xlsx')],
	reference: ['interactions', 'metrics', '--json', REFERENCE_MATRIX],
	people: ['interactions', 'metrics', file('small.csv')],
	outOfRange: ['interactions', 'metrics', '--json', file('out-of-range.csv')],
	badXlsx: ['interactions', 'metrics', '--json', file('bad.xlsx')],
	missingFile: ['interactions', 'metrics', '--json', file('nowhere.csv')],
	noSubcommand: ['interactions'],
	badSubcommand: ['interactions', 'rank', '--json', file('small.csv')],
	noFile: ['interactions', 'metrics', '--json'],
	unknownFlag: ['interactions', 'metrics', '--csv', file('small.csv')]
};

beforeAll(async () => {
	writeFileSync(file('small.csv'), SMALL);
	writeFileSync(file('out-of-range.csv'), 'x,1.3,1.5,2.2\n1.3,,1,1\n1.5,1,,1\n2.2,1,-4,\n');
	const good = new ExcelJS.Workbook();
	const sheet = good.addWorksheet('Matris');
	SMALL.slice(1)
		.trim()
		.split('\r\n')
		.forEach((line, r) => line.split(';').forEach((v, c) => (sheet.getCell(r + 1, c + 1).value = r > 0 && c > 0 && v !== '' ? Number(v) : v || null)));
	writeFileSync(file('small.xlsx'), new Uint8Array(await good.xlsx.writeBuffer()));
	const bad = new ExcelJS.Workbook();
	bad.addWorksheet('Matris').addRows([
		['', '1.3', '1.5'],
		['1.3', null, 2.5],
		['1.5', 1, null]
	]);
	writeFileSync(file('bad.xlsx'), new Uint8Array(await bad.xlsx.writeBuffer()));

	const names = Object.keys(cases).filter((name) => name !== 'reference' || available);
	const results = await Promise.all(names.map((name) => cli(...cases[name]!)));
	names.forEach((name, i) => (runs[name] = results[i]!));
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function oneDocument(run: Run) {
	expect(run.code).toBe(0);
	expect(run.stderr).toBe('');
	expect(run.stdout.endsWith('\n')).toBe(true);
	expect(run.stdout.split('\n')).toHaveLength(2);
	return JSON.parse(run.stdout) as { targets: Record<string, number | string>[] };
}

describe('interactions metrics --json', () => {
	it('prints exactly one JSON document, the documented fields in order (CSV with ; and BOM)', () => {
		expect(runs.csv!.stdout).toBe(SMALL_JSON);
		const doc = oneDocument(runs.csv!);
		expect(Object.keys(doc)).toEqual(['targets']);
		expect(Object.keys(doc.targets[0]!)).toEqual([
			'code',
			'outSum',
			'inSum',
			'outPositive',
			'outNegative',
			'inPositive',
			'inNegative',
			'secondOrder',
			'rankOutSum',
			'rankInSum',
			'rankSecondOrder'
		]);
	});

	it('reads the same matrix from XLSX', () => {
		oneDocument(runs.xlsx!);
		expect(runs.xlsx!.stdout).toBe(SMALL_JSON);
	});

	it.skipIf(!available)('reproduces the reference (read from ../shared): 16.6 first with 51 and 516, 17.11 last with −9', () => {
		const { targets } = oneDocument(runs.reference!);
		expect(targets).toHaveLength(34);
		expect(targets.find((t) => t.code === '16.6')).toMatchObject({ outSum: 51, secondOrder: 516, rankOutSum: 1, rankSecondOrder: 1 });
		expect(targets.find((t) => t.code === '17.11')).toMatchObject({ outSum: -9, inSum: -2, rankOutSum: 34, rankInSum: 34 });
		expect(targets.find((t) => t.code === '9.5')).toMatchObject({ secondOrder: 335.5, rankSecondOrder: 5 });
		expect(targets.find((t) => t.code === '1.5')).toMatchObject({ inSum: 37, rankInSum: 1 });
	});

	it('needs no database: the data folder is never created', () => {
		expect(existsSync(dataDir)).toBe(false);
	});
});

describe('interactions metrics for people', () => {
	it('prints a Swedish table on stdout, strongest influence first', () => {
		const run = runs.people!;
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		expect(run.stdout).toMatch(/^3 delmål, 6 bedömda par\./);
		const rows = run.stdout.split('\n').filter((l) => /^\d+\.\w+\s/.test(l));
		expect(rows.map((l) => l.split(/\s+/)[0])).toEqual(['2.1', '1.1', '1.2']);
		expect(rows[2]).toMatch(/^1\.2\s+−1\s+0\s+−1\s+3\s+3\s+0\s+−2\s+3\s+2\s+3$/);
	});
});

describe('input errors exit 1: a Swedish message naming row and column on stderr, nothing on stdout', () => {
	it.each([
		['outOfRange', 'Rad 4 (2.2), kolumn 3 (1.5): värdet "-4" ligger utanför −3…3.'],
		['badXlsx', 'Rad 2 (1.3), kolumn 3 (1.5): värdet "2.5" är inget heltal. Skalan har bara heltal från −3 till 3.'],
		['missingFile', 'nowhere.csv finns inte.']
	])('%s', (name, message) => {
		const run = runs[name]!;
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain(message);
		expect(run.stderr).toMatch(/^Fel: /);
	});
});

describe('usage errors exit 2', () => {
	it.each([
		['noSubcommand', /Ange ett underkommando: interactions metrics/],
		['badSubcommand', /Okänt underkommando: interactions rank\. Finns: metrics\./],
		['noFile', /Ange filen med matrisen/],
		['unknownFlag', /Okänd flagga: --csv/]
	])('%s: a Swedish message and the usage on stderr, nothing on stdout', (name, message) => {
		const run = runs[name]!;
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(message);
		expect(run.stderr).toMatch(/Användning: npm run cli/);
	});
});
