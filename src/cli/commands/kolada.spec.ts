// End to end: `kolada import` and `kolada values` as an operator runs them (child processes of tsx) against
// an embedded data folder holding the demo: the pinned JSON shapes, the stored numbers of a recorded file,
// the organisation's own municipality only, a second import changing nothing, and an unknown organisation or
// a malformed file answered with a message and exit status 1.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'malkarta-kolada-cli-'));
const env = { DATA_DIR: path.join(scratch, 'pglite'), DATABASE_URL: '' };
const recorded = path.join(root, 'src/lib/server/kolada/fixtures/recorded-envelope.json');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		execFile(path.join(root, 'node_modules/.bin/tsx'), ['src/cli/index.ts', ...args], { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', ...env } }, (error, stdout, stderr) =>
			resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
		);
	});
}

let orgId = '';
beforeAll(async () => {
	const demo = await cli('demo', '--json');
	expect(demo.code, demo.stderr).toBe(0);
	orgId = (JSON.parse(demo.stdout) as { organisations: Array<{ id: string; name: string }> }).organisations.find((o) => o.name === 'Alingsås')!.id;
}, 120_000);

describe('kolada import and values', () => {
	it('imports a recorded file and prints the pinned counts; a second import changes no value', async () => {
		const first = await cli('kolada', 'import', '--org', orgId, recorded, '--json');
		expect(first.code, first.stderr).toBe(0);
		expect(first.stdout.trimEnd().split('\n')).toHaveLength(1);
		const doc = JSON.parse(first.stdout);
		expect(Object.keys(doc)).toEqual(['kpis', 'values', 'skipped', 'unknownKpis', 'retiredKpis']);
		expect(doc).toEqual({ kpis: 3, values: 7, skipped: 3, unknownKpis: ['U99999'], retiredKpis: ['U07451'] });
		const again = await cli('kolada', 'import', '--org', orgId, recorded);
		expect(again.code).toBe(0);
		expect(again.stderr).toContain('(0 nya eller ändrade)');
	}, 60_000);

	it('prints a KPI’s values of the organisation’s own municipality, by year then T, K, M', async () => {
		const r = await cli('kolada', 'values', '--org', orgId, '--kpi', 'N15436', '--json');
		expect(r.code, r.stderr).toBe(0);
		const doc = JSON.parse(r.stdout);
		expect(Object.keys(doc)).toEqual(['kpi', 'municipality', 'values']);
		expect(doc.kpi).toBe('N15436');
		expect(doc.municipality).toBe('1489');
		// 2019–2020 from the recorded file; Riket's 85.6 (0000) is not the organisation's own.
		expect(doc.values.filter((v: { year: number }) => v.year >= 2019 && v.year <= 2020)).toEqual([
			{ year: 2019, gender: 'T', value: 84.5 },
			{ year: 2020, gender: 'T', value: 90.5 },
			{ year: 2020, gender: 'K', value: 92.1 },
			{ year: 2020, gender: 'M', value: 88.9 }
		]);
		expect(doc.values.some((v: { value: number }) => v.value === 85.6)).toBe(false);
	}, 60_000);

	it('answers an unknown organisation and a malformed file with a message and exit status 1, nothing on stdout', async () => {
		const unknown = await cli('kolada', 'values', '--org', '00000000-0000-4000-8000-000000000000', '--kpi', 'N15436', '--json');
		expect([unknown.code, unknown.stdout]).toEqual([1, '']);
		expect(unknown.stderr).toContain('Organisationen 00000000-0000-4000-8000-000000000000 finns inte i installationen.');
		const bad = path.join(scratch, 'bad.json');
		writeFileSync(bad, 'kpi;municipality');
		const malformed = await cli('kolada', 'import', '--org', orgId, bad, '--json');
		expect([malformed.code, malformed.stdout]).toEqual([1, '']);
		expect(malformed.stderr).toContain('Filen är inte JSON.');
	}, 60_000);
});
