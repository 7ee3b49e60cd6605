// End to end as an operator runs it (a child process of tsx, embedded data folders): the demo's Alingsås
// exported from one installation, imported into an empty one with the pinned --json answer, and exported
// again byte for byte; importing it twice, or exporting an unknown organisation, is a message and exit 1.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

const root = path.resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'malkarta-org-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const file = (name: string) => path.join(scratch, name);

function cli(dataDir: string, ...args: string[]): Promise<Run> {
	const env = { ...process.env, LOG_LEVEL: 'warn', DATA_DIR: file(dataDir), DATABASE_URL: '' };
	return new Promise((resolve) => {
		execFile(path.join(root, 'node_modules/.bin/tsx'), ['src/cli/index.ts', ...args], { cwd: root, env }, (error, stdout, stderr) =>
			resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
		);
	});
}

describe('org export and org import', () => {
	it('carries an organisation to an empty installation and back byte for byte', async () => {
		const demo = await cli('a', 'demo', '--json');
		expect(demo.code, demo.stderr).toBe(0);
		const alingsas = (JSON.parse(demo.stdout) as { organisations: { id: string; name: string }[] }).organisations.find((o) => o.name === 'Alingsås')!;

		const exported = await cli('a', 'org', 'export', '--org', alingsas.id, '--out', file('a.json'));
		expect(exported.code, exported.stderr).toBe(0);
		const imported = await cli('b', 'org', 'import', file('a.json'), '--json');
		expect(imported.code, imported.stderr).toBe(0);
		expect(JSON.parse(imported.stdout)).toEqual({ organisation: { id: alingsas.id, name: 'Alingsås' } });
		const again = await cli('b', 'org', 'export', '--org', alingsas.id, '--out', file('b.json'));
		expect(again.code, again.stderr).toBe(0);
		expect(readFileSync(file('b.json'), 'utf8') === readFileSync(file('a.json'), 'utf8')).toBe(true);

		const twice = await cli('b', 'org', 'import', file('a.json'), '--json');
		expect(twice.code).toBe(1);
		expect(twice.stdout).toBe('');
		expect(twice.stderr).toMatch(/Organisationen Alingsås .* finns redan i installationen/);
	}, 180_000);

	it('refuses an unknown organisation and a truncated file with exit 1', async () => {
		const unknown = await cli('c', 'org', 'export', '--org', '00000000-0000-4000-8000-000000000000', '--out', file('x.json'));
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toMatch(/Ingen organisation med id 00000000-0000-4000-8000-000000000000/);
		writeFileSync(file('cut.json'), '{"format":"malkarta.organisation","version":1,"organisation":{');
		const cut = await cli('c', 'org', 'import', file('cut.json'));
		expect(cut.code).toBe(1);
		expect(cut.stderr).toMatch(/Filen är inte hel JSON/);
	}, 120_000);
});
