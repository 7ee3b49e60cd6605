// `npm run cli -- report …` on an embedded data folder holding the demo: DOCX, XLSX, a CSV folder and zip
// and the PDF are written with exit 0 and nothing on stdout; an unknown organisation, an unknown cycle and
// another organisation's cycle are exit 1 with a clear message on stderr and no file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, tempDataDir } from '../helpers/app.js';

let dir: string;
let orgs: { id: string; name: string }[] = [];
const tsx = path.resolve('node_modules/.bin/tsx');

function cli(...args: string[]) {
	const r = spawnSync(tsx, ['src/cli/index.ts', ...args], { env: { ...process.env, DATABASE_URL: '', DATA_DIR: path.join(dir, 'db') }, encoding: 'utf8', timeout: 120_000 });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
	dir = tempDataDir();
	const demo = cli('demo', '--json');
	expect(demo.status, demo.stderr).toBe(0);
	orgs = JSON.parse(demo.stdout).organisations;
}, 180_000);
afterAll(() => removeDir(dir));

const alingsas = () => orgs.find((o) => o.name.startsWith('Alingsås'))!.id;
const out = (name: string) => path.join(dir, name);

describe('report', () => {
	it('writes DOCX, XLSX, CSV (folder and zip) and PDF with exit 0 and nothing on stdout', async () => {
		for (const [format, file] of [
			['docx', 'r.docx'],
			['xlsx', 'r.xlsx'],
			['csv', 'csv'],
			['csv', 'r.zip'],
			['pdf', 'r.pdf']
		] as const) {
			const r = cli('report', format, '--org', alingsas(), '--cycle', 'latest', '--out', out(file));
			expect([r.status, r.stdout], `${format} ${r.stderr}`).toEqual([0, '']);
		}
		const docx = await JSZip.loadAsync(fs.readFileSync(out('r.docx')));
		expect(await docx.file('word/document.xml')!.async('string')).toContain('Inledning och metod');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(fs.readFileSync(out('r.xlsx')) as unknown as ArrayBuffer);
		expect(wb.worksheets.map((w) => w.name)).toContain('Kartläggning');
		expect(fs.readdirSync(out('csv')).sort()).toEqual(['bidrag.csv', 'fynd.csv', 'indikatorer.csv', 'kartlaggning.csv', 'relevans.csv', 'samspel.csv', 'workshoppar.csv']);
		expect(Object.keys((await JSZip.loadAsync(fs.readFileSync(out('r.zip')))).files)).toHaveLength(7);
		expect(fs.readFileSync(out('r.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
	}, 240_000);

	it('refuses an unknown organisation, an unknown cycle and another organisation’s cycle (exit 1)', () => {
		const borlange = orgs.find((o) => o.name.startsWith('Borlänge'))!.id;
		const cases: [string[], RegExp][] = [
			[['--org', '00000000-0000-4000-8000-000000000000', '--cycle', 'latest'], /Organisationen .* finns inte/],
			[['--org', 'inte-ett-id', '--cycle', 'latest'], /Organisationen .* finns inte/],
			[['--org', alingsas(), '--cycle', '00000000-0000-4000-8000-000000000000'], /Kartläggningen .* finns inte/]
		];
		for (const [args, message] of cases) {
			const r = cli('report', 'docx', ...args, '--out', out('nej.docx'));
			expect([r.status, r.stdout], r.stderr).toEqual([1, '']);
			expect(r.stderr).toMatch(message);
		}
		expect(fs.existsSync(out('nej.docx'))).toBe(false);
		// Alingsås' cycle asked for under Borlänge
		const cross = cli('report', 'xlsx', '--org', borlange, '--cycle', readCycleIdOf(alingsas()), '--out', out('x.xlsx'));
		expect([cross.status, cross.stdout]).toEqual([1, '']);
		expect(cross.stderr).toMatch(/Kartläggningen .* finns inte/);
		expect(fs.existsSync(out('x.xlsx'))).toBe(false);
	}, 240_000);
});

/** A cycle id of the organisation, read from the embedded database (tsx --eval in the project, so #lib resolves). */
function readCycleIdOf(org: string): string {
	const script = `(async () => { const { readConfig } = await import('#lib/server/config.js'); const { openDatabase } = await import('#lib/server/db/index.js');
const h = await openDatabase(readConfig()); const r = await h.db.selectFrom('mapping_cycle').select('id').where('organisation_id', '=', '${org}').executeTakeFirstOrThrow(); process.stdout.write(r.id); await h.close(); })();`;
	const r = spawnSync(tsx, ['--eval', script], { env: { ...process.env, DATABASE_URL: '', DATA_DIR: path.join(dir, 'db') }, encoding: 'utf8' });
	expect(r.status, r.stderr).toBe(0);
	return r.stdout.trim();
}
