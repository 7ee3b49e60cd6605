import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { dbTarget, migrations } from '../../../../tests/helpers/db.js';
import { SseReader } from '../../../../tests/helpers/events.js';
import type { BusEvent } from './bus.js';

// The runtime reads its configuration once per module instance, and test files share modules: load fresh
// instances that see this file's folder, and leave fresh ones for the files after this one.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'malkarta-realtime-'));
const previousDataDir = process.env.DATA_DIR;
process.env.DATA_DIR = dataDir;
vi.resetModules();
const runtime = await import('../runtime.js');
const { sseResponse } = await import('./index.js');

afterAll(async () => {
	await runtime.stopRuntime();
	fs.rmSync(dataDir, { recursive: true, force: true });
	if (previousDataDir === undefined) delete process.env.DATA_DIR;
	else process.env.DATA_DIR = previousDataDir;
	vi.resetModules();
});

async function backendAlive(pid: number): Promise<boolean> {
	const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
	await client.connect();
	try {
		const { rows } = await client.query('select 1 from pg_stat_activity where pid = $1', [pid]);
		return rows.length > 0;
	} finally {
		await client.end();
	}
}

describe('the runtime’s live updates', () => {
	it('start the bus on first use, and end every stream and the bus on shutdown', async () => {
		await runtime.startRuntime({ migrations });
		const bus = runtime.eventBus();
		expect(runtime.eventBus()).toBe(bus);
		expect(bus.kind).toBe(dbTarget === 'postgres' ? 'postgres' : 'local');

		const request = new Request('http://localhost/live', { signal: new AbortController().signal });
		const reader = new SseReader(sseResponse(request, { subscribe: (send) => bus.subscribe('w:1', send) }).body!);
		expect(await reader.next()).toEqual({ retry: '2000' });
		const handler = vi.fn((_e: BusEvent) => {});
		await bus.subscribe('w:1', handler).ready;
		await bus.publish('w:1', { type: 'input', seq: 1 });
		expect(await reader.nextEvents()).toEqual({ id: 1, events: [{ type: 'input', seq: 1 }] });
		const pid = 'listenerPid' in bus ? (bus.listenerPid as number) : null;
		if (dbTarget === 'postgres') expect(await backendAlive(pid!)).toBe(true);

		const t0 = Date.now();
		await runtime.stopRuntime();
		expect(Date.now() - t0).toBeLessThan(1500);
		expect(await reader.next(1000)).toBeNull();
		if (dbTarget === 'postgres') await vi.waitFor(async () => expect(await backendAlive(pid!)).toBe(false));
		// A closed bus delivers nothing more.
		await bus.publish('w:1', { type: 'input', seq: 2 }).catch(() => {});
		await new Promise((r) => setTimeout(r, 50));
		expect(handler).toHaveBeenCalledTimes(1);
		expect(() => runtime.eventBus()).toThrow(/inte startad/);
	});
});
