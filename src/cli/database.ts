// Opens the configured database for a CLI command and runs the migrations from migrations/ on disk.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readConfig } from '#lib/server/config.js';
import { openDatabase, type DbHandle } from '#lib/server/db/index.js';
import { migrateToLatest, migrationsFromModules, type MigrationModules } from '#lib/server/db/migrate.js';

const migrationsDir = path.resolve(import.meta.dirname, '../../migrations');

export async function loadMigrations(): Promise<MigrationModules> {
	const files = fs.readdirSync(migrationsDir).filter((f) => f.endsWith('.ts')).sort();
	const modules: Record<string, unknown> = {};
	for (const f of files) modules[f] = await import(pathToFileURL(path.join(migrationsDir, f)).href);
	return migrationsFromModules(modules);
}

export async function withDatabase<T>(fn: (h: DbHandle) => Promise<T>): Promise<T> {
	const h = await openDatabase(readConfig());
	try {
		await migrateToLatest(h.db, await loadMigrations());
		return await fn(h);
	} finally {
		await h.close();
	}
}
