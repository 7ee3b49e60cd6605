// End to end: `plan list --org <id> --json` run as an operator runs it (a child process of tsx) on an
// embedded data folder holding the demo: Borlänge's plan in the pinned shape, measures in number order with
// their units by name; an unknown organisation is a clear message and exit 1, a missing --org a usage error.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

const root = path.resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'malkarta-plan-cli-'));
const env = { DATA_DIR: path.join(scratch, 'pglite'), DATABASE_URL: '' };
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cli(...args: string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile(path.join(root, 'node_modules/.bin/tsx'), ['src/cli/index.ts', ...args], { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', ...env } }, (error, stdout, stderr) =>
			resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
		);
	});
}

let orgs: Array<{ id: string; name: string }>;
beforeAll(async () => {
	const demo = await cli('demo', '--json');
	expect(demo.code, demo.stderr).toBe(0);
	orgs = (JSON.parse(demo.stdout) as { organisations: Array<{ id: string; name: string }> }).organisations;
}, 120_000);

describe('plan list', () => {
	it('prints Borlänge’s plan in the pinned shape, measures in number order with their units by name', async () => {
		const run = await cli('plan', 'list', '--org', orgs.find((o) => o.name === 'Borlänge')!.id, '--json');
		expect(run.code, run.stderr).toBe(0);
		expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
		const doc = JSON.parse(run.stdout) as { plans: Array<{ id: string; title: string; period: string; measures: Array<Record<string, unknown>> }> };
		expect(Object.keys(doc)).toEqual(['plans']);
		expect(doc.plans).toHaveLength(1);
		const [p] = doc.plans;
		expect(Object.keys(p!)).toEqual(['id', 'title', 'period', 'measures']);
		expect([p!.title, p!.period]).toEqual(['Handlingsplan till miljöstrategin för 2023', '2023']);
		expect(p!.measures.map((m) => m.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
		for (const m of p!.measures) expect(Object.keys(m)).toEqual(['number', 'title', 'units', 'targets', 'status']);
		expect(p!.measures[0]).toEqual({ number: 1, title: 'Ställa om Borlänges fordonsflotta', units: ['Bildningssektorn', 'Borlänge Energi', 'Hushagen', 'Sociala sektorn', 'Sektorn för verksamhetsstöd', 'Tunabyggen'], targets: [], status: 'pågår' });
		expect(p!.measures[2]).toMatchObject({ number: 3, units: ['Tunabyggen'], status: 'pågår' });
		expect(p!.measures[4]).toMatchObject({ number: 5, status: 'försenad' });
		expect(p!.measures[1]).toMatchObject({ number: 2, status: null });
	}, 60_000);

	it('lists no plans for Alingsås, and people get lines', async () => {
		const alingsas = orgs.find((o) => o.name === 'Alingsås')!.id;
		expect(JSON.parse((await cli('plan', 'list', '--org', alingsas, '--json')).stdout)).toEqual({ plans: [] });
		const people = await cli('plan', 'list', '--org', orgs.find((o) => o.name === 'Borlänge')!.id);
		expect(people.stdout).toMatch(/^Handlingsplan till miljöstrategin för 2023 \(2023\)/);
		expect(people.stdout).toContain(' 3. Växla upp Borlänges byggmetoder för att nå klimatneutralitet – Tunabyggen [pågår]');
	}, 60_000);

	it('an unknown organisation is a clear message and exit 1; without --org a usage error (exit 2)', async () => {
		const unknown = await cli('plan', 'list', '--org', '00000000-0000-4000-8000-000000000000', '--json');
		expect(unknown.code).toBe(1);
		expect(unknown.stdout).toBe('');
		expect(unknown.stderr).toContain('Organisationen 00000000-0000-4000-8000-000000000000 finns inte i installationen.');
		const junk = await cli('plan', 'list', '--org', 'inte-ett-id');
		expect(junk.code).toBe(1);
		const missing = await cli('plan', 'list');
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('Ange organisationen: plan list --org <id>');
	}, 60_000);
});
