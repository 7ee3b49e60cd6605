// End to end: `demo` and `org list` run the way an operator runs them, as child processes of tsx, against an
// embedded data folder in a temp dir and — when DATABASE_URL is set (scripts/with-postgres.sh) — against a
// database of their own in that cluster. Asserts the pinned JSON shape, that a second `demo` changes
// nothing (same ids, same row counts) and that `org list` lists what `demo` created.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '#lib/server/db/index.js';
import { createClusterDatabase } from '../../../tests/helpers/db.js';

interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

const root = path.resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'malkarta-demo-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cli(env: Record<string, string>, ...args: string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile(
			path.join(root, 'node_modules/.bin/tsx'),
			['src/cli/index.ts', ...args],
			{ cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', ...env } },
			(error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
		);
	});
}

interface Organisations {
	organisations: Array<{ id: string; name: string; koladaId: string | null }>;
}

/** Exactly one JSON document on stdout, of exactly the pinned shape. */
function oneDocument(run: Run): Organisations {
	expect(run.code, run.stderr).toBe(0);
	expect(run.stdout.endsWith('\n')).toBe(true);
	expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
	const doc = JSON.parse(run.stdout) as Organisations;
	expect(Object.keys(doc)).toEqual(['organisations']);
	for (const o of doc.organisations) {
		expect(Object.keys(o)).toEqual(['id', 'name', 'koladaId']);
		expect(o.id).toMatch(/^[0-9a-f-]{36}$/);
	}
	return doc;
}

/** Rows per application table, read after the CLI has closed the database. */
async function rowCounts(cfg: { databaseUrl: string | null; dataDir: string }): Promise<Record<string, number>> {
	const h = await openDatabase(cfg);
	try {
		const { rows } = await sql<{ tablename: string }>`
			select tablename from pg_tables where schemaname = current_schema() and tablename not like 'kysely_%' order by tablename`.execute(h.db);
		const out: Record<string, number> = {};
		for (const { tablename } of rows) {
			const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(tablename)}`.execute(h.db);
			out[tablename] = r.rows[0]!.n;
		}
		return out;
	} finally {
		await h.close();
	}
}

const demoOrganisations = [
	{ name: 'Alingsås', koladaId: '1489' },
	{ name: 'Borlänge', koladaId: '2081' }
];

const targets: Array<{ name: string; setup: () => Promise<{ env: Record<string, string>; cfg: { databaseUrl: string | null; dataDir: string } }> }> = [
	{
		name: 'embedded (DATA_DIR)',
		setup: async () => {
			const dataDir = path.join(scratch, 'pglite');
			return { env: { DATA_DIR: dataDir, DATABASE_URL: '' }, cfg: { databaseUrl: null, dataDir } };
		}
	}
];
if (process.env.DATABASE_URL)
	targets.push({
		name: 'PostgreSQL (DATABASE_URL)',
		setup: async () => {
			const url = await createClusterDatabase('malkarta_demo_cli');
			// A data folder that must stay untouched: with DATABASE_URL nothing is written there.
			const dataDir = path.join(scratch, 'unused');
			return { env: { DATA_DIR: dataDir, DATABASE_URL: url }, cfg: { databaseUrl: url, dataDir } };
		}
	});

describe.each(targets)('demo and org list, $name', ({ name, setup }) => {
	const embedded = name.startsWith('embedded');

	it(
		'lists nothing before the demo, loads it once, a second run changes nothing and prints the same, and org list lists it',
		async () => {
			const { env, cfg } = await setup();

			const empty = oneDocument(await cli(env, 'org', 'list', '--json'));
			expect(empty).toEqual({ organisations: [] });

			const first = await cli(env, 'demo', '--json');
			const created = oneDocument(first);
			expect(created.organisations.map((o) => ({ name: o.name, koladaId: o.koladaId }))).toEqual(demoOrganisations);
			if (embedded) {
				// The logins are kept in the data folder, readable by the owner only; --json prints none.
				expect(first.stderr).toBe('');
				const file = path.join(cfg.dataDir, 'demo-inloggningar.json');
				expect(statSync(file).mode & 0o077).toBe(0);
				const logins = JSON.parse(readFileSync(file, 'utf8')) as Array<{ email: string; password: string }>;
				expect(logins.map((l) => l.email)).toContain('samordnare@demo.malkarta.se');
			} else {
				// Nowhere to keep them: printed on stderr once, now, beside the JSON on stdout.
				expect(first.stderr).toMatch(/sparas inte/);
				expect(first.stderr).toMatch(/samordnare@demo\.malkarta\.se\s+\S+-\S+\s+\(Alingsås\)/);
				expect(existsSync(cfg.dataDir)).toBe(false);
			}
			const counts = await rowCounts(cfg);
			expect(counts.organisation).toBe(2);
			expect(counts.indicator).toBe(29);
			expect(counts.priority_goal).toBe(5);

			const second = await cli(env, 'demo', '--json');
			expect(oneDocument(second)).toEqual(created);
			expect(second.stdout).toBe(first.stdout);
			expect(second.stderr).toBe('');
			expect(await rowCounts(cfg)).toEqual(counts);

			const listed = oneDocument(await cli(env, 'org', 'list', '--json'));
			expect(listed).toEqual(created);

			// For people: the organisations on stdout, the state and (embedded) the logins on stderr.
			const people = await cli(env, 'demo');
			expect(people.code).toBe(0);
			expect(people.stdout).toMatch(/^Organisation\s+Kolada id\nAlingsås\s+1489\s+[0-9a-f-]{36}\nBorlänge\s+2081\s+[0-9a-f-]{36}\n$/);
			expect(people.stderr).toMatch(/inget ändrades/);
			if (embedded) expect(people.stderr).toMatch(/Demoinloggningar[\s\S]*admin@demo\.malkarta\.se/);
			else expect(people.stderr).not.toMatch(/admin@demo\.malkarta\.se/);
			expect(await rowCounts(cfg)).toEqual(counts);

			const orgPeople = await cli(env, 'org', 'list');
			expect(orgPeople.code).toBe(0);
			expect(orgPeople.stdout).toBe(people.stdout);
		},
		240_000
	);
});

describe('usage errors exit 2 and print nothing on stdout', () => {
	const env = { DATA_DIR: path.join(scratch, 'never'), DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none' };
	it.each([
		[['org'], /Ange ett underkommando: org list/],
		[['org', 'show', '--json'], /Okänt underkommando: org show/],
		[['org', 'list', '--csv'], /Felaktiga flaggor/],
		[['demo', 'now'], /Okänt argument: now/]
	])('%j', async (args, message) => {
		const run = await cli(env, ...args);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(message);
		expect(existsSync(env.DATA_DIR)).toBe(false);
	}, 60_000);
});
