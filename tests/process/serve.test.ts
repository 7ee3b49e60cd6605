// The built server as a process: it serves on a brand-new embedded data folder and stops promptly on SIGTERM.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../helpers/app.js';

describe('node scripts/serve.js on a fresh embedded data folder', () => {
	let app: RunningApp;

	beforeAll(async () => {
		// DEMO on, as `npm start` runs it the first time.
		app = await startApp({ demo: true });
	});
	afterAll(async () => {
		await app?.stop();
	});

	it('answers GET / with 200 and a Swedish page', async () => {
		const res = await fetch(app.url + '/');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^text\/html/);
		expect(await res.text()).toContain('<html lang="sv">');
		expect(fs.existsSync(path.join(app.dataDir!, 'pgdata', 'PG_VERSION'))).toBe(true);
	});

	it('holds the data folder lock with its own pid while running', () => {
		const lock = JSON.parse(fs.readFileSync(path.join(app.dataDir!, 'malkarta.lock'), 'utf8'));
		expect(lock.pid).toBe(app.pid);
	});

	it('exits within 5 s of SIGTERM, with status 0, releasing the lock', async () => {
		const dir = app.dataDir!;
		const lockFile = path.join(dir, 'malkarta.lock');
		const t0 = Date.now();
		app.child.kill('SIGTERM');
		const exit = await app.exited;
		const ms = Date.now() - t0;
		console.info(`SIGTERM to exit: ${ms} ms`);
		expect(ms).toBeLessThan(5_000);
		expect(exit).toEqual({ code: 0, signal: null });
		expect(fs.existsSync(lockFile)).toBe(false);
		expect(app.output()).toMatch(/SIGTERM/);
	});
});
