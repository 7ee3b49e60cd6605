import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { useTestDb } from '../../../tests/helpers/db.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'malkarta-startup-'));
process.env.DATA_DIR = dataDir;
delete process.env.DEMO;
const { afterMigrate } = await import('./startup.js');
const { needsSetup } = await import('./services/setup.service.js');

const db = await useTestDb();
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function organisations() {
	return db.selectFrom('organisation').select('name').orderBy('name').execute();
}

describe('start-up', () => {
	it('never loads the demo into a server PostgreSQL database, and prints a setup code instead', async () => {
		const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
		await afterMigrate({ db, kind: 'postgres', created: true, close: async () => {} });
		expect(await organisations()).toEqual([]);
		expect(await needsSetup({ db })).toBe(true);
		expect(printed.mock.calls.flat().join('\n')).toMatch(/Engångskod för installation: [A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/);
		printed.mockRestore();
	});

	it('loads the demo into a new embedded folder once, and prints its logins', async () => {
		const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
		await afterMigrate({ db, kind: 'pglite', created: true, close: async () => {} });
		expect((await organisations()).map((o) => o.name)).toEqual(['Alingsås', 'Borlänge']);
		expect(printed.mock.calls.flat().join('\n')).toContain('samordnare@demo.malkarta.se');
		// A restart on the same folder neither loads it again nor asks for setup.
		await afterMigrate({ db, kind: 'pglite', created: false, close: async () => {} });
		expect(await organisations()).toHaveLength(2);
		expect(printed.mock.calls.flat().join('\n')).not.toContain('Engångskod');
		printed.mockRestore();
	});
});
