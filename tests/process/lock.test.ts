// The embedded data folder is single-process: a second server on the same folder is refused with a clear
// message while the first keeps serving, and a lock left behind by a killed process is taken over.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, spawnApp, startApp, tempDataDir, type RunningApp } from '../helpers/app.js';

describe('the PGlite data folder lock', () => {
	const dataDir = tempDataDir();
	const lockFile = path.join(dataDir, 'malkarta.lock');
	let first: RunningApp;
	const others: RunningApp[] = [];

	beforeAll(async () => {
		first = await startApp({ dataDir });
	});
	afterAll(async () => {
		for (const app of [first, ...others]) await app?.stop();
		removeDir(dataDir);
	});

	it('refuses a second server on the same folder, naming the lock and its owner', async () => {
		const second = await spawnApp({ dataDir });
		others.push(second);
		const exit = await Promise.race([
			second.exited,
			new Promise<'still running'>((r) => setTimeout(() => r('still running'), 30_000))
		]);
		expect(exit, second.output()).not.toBe('still running');
		expect((exit as { code: number | null }).code).not.toBe(0);
		expect((exit as { code: number | null }).code).not.toBeNull();
		// The message of DataDirLockedError (src/lib/server/db/lock.ts).
		expect(second.output()).toContain(`Datamappen ${dataDir} används redan av en annan Målkarta-process (pid ${first.pid})`);
		expect(second.output()).toContain('The data folder is in use by another process.');
		// The message alone: no raw stack trace under it (issue 21).
		expect(second.output()).not.toMatch(/^\s+at /m);
	});

	it('keeps the first server serving', async () => {
		const res = await fetch(first.url + '/');
		expect(res.status).toBe(200);
		expect(JSON.parse(fs.readFileSync(lockFile, 'utf8')).pid).toBe(first.pid);
	});

	it('takes over the stale lock after the owner is killed with SIGKILL', async () => {
		const exit = await first.kill();
		expect(exit.signal).toBe('SIGKILL');
		// SIGKILL leaves the lock file behind, naming a process that no longer exists.
		expect(JSON.parse(fs.readFileSync(lockFile, 'utf8')).pid).toBe(first.pid);

		const third = await startApp({ dataDir });
		others.push(third);
		const res = await fetch(third.url + '/');
		expect(res.status).toBe(200);
		expect(await res.text()).toContain('<html lang="sv">');
		expect(JSON.parse(fs.readFileSync(lockFile, 'utf8')).pid).toBe(third.pid);
		expect(third.output()).not.toContain('används redan');
	});
});
