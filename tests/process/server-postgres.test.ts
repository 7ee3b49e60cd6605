// The built server on server PostgreSQL (DATABASE_URL): migrations on start, never the demo, a setup code
// instead; two instances on one database; the CLI migrates the same database; SIGTERM exits promptly.
// scripts/test.sh runs this tier inside a throwaway cluster; without one it skips locally and fails in CI.
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../helpers/app.js';
import { createClusterDatabase } from '../helpers/db.js';

const clusterUrl = process.env.DATABASE_URL;
if (!clusterUrl && process.env.CI === 'true') throw new Error('CI=true: the process tests need DATABASE_URL (scripts/with-postgres.sh)');
const root = path.resolve(import.meta.dirname, '..', '..');

function cli(args: string[], databaseUrl: string): Promise<{ code: number | null; out: string }> {
	const env = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' };
	const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['src/cli/index.ts', ...args], { cwd: root, env });
	let out = '';
	child.stdout.on('data', (c: Buffer) => (out += c));
	child.stderr.on('data', (c: Buffer) => (out += c));
	return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out })));
}

describe.skipIf(!clusterUrl)('the app on server PostgreSQL', () => {
	let databaseUrl = '';
	const apps: RunningApp[] = [];

	beforeAll(async () => {
		databaseUrl = await createClusterDatabase(`malkarta_proc_${process.pid}`);
		// Two instances started at once, as behind a load balancer: the migrations must not collide.
		apps.push(...(await Promise.all([startApp({ databaseUrl, demo: true }), startApp({ databaseUrl, demo: true })])));
	}, 120_000);

	afterAll(async () => {
		await Promise.all(apps.map((a) => a.stop()));
	});

	it('migrated once and answers on both instances', async () => {
		for (const app of apps) {
			const res = await fetch(app.url + '/', { redirect: 'manual' });
			expect(res.status).toBe(303);
			expect(res.headers.get('location')).toBe('/installera');
		}
		const db = new pg.Client({ connectionString: databaseUrl });
		await db.connect();
		const migrations = await db.query('select name from kysely_migration order by name');
		const organisations = await db.query('select count(*)::int as n from organisation');
		await db.end();
		expect(migrations.rows.map((r) => r.name)).toContain('2026-11-23T1200_foundation');
		expect(new Set(migrations.rows.map((r) => r.name)).size).toBe(migrations.rows.length);
		// DEMO=1 was set, but the demo is never loaded into a DATABASE_URL database.
		expect(organisations.rows[0].n).toBe(0);
	});

	it('prints a one-time setup code on each instance, and either code opens the first-run form', async () => {
		const codes = await Promise.all(apps.map((a) => a.waitForLine(/Engångskod för installation: [A-Z2-9-]{14}/)));
		expect(codes).toHaveLength(2);
		const page = await fetch(apps[1]!.url + '/installera');
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('<html lang="sv">');
	});

	it('the CLI migrates the same database and finds it up to date', async () => {
		const r = await cli(['migrate'], databaseUrl);
		expect(r.code).toBe(0);
		expect(r.out).toContain('Databasen är redan aktuell (PostgreSQL-servern)');
	});

	it('exits within 5 s of SIGTERM', async () => {
		const app = apps.pop()!;
		const { ms, code } = await app.stop();
		expect(code).toBe(0);
		expect(ms).toBeLessThan(5_000);
	});
});
