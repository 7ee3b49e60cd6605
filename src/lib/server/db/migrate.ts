// Runs the dated migrations in migrations/ on either database. The app passes them in from an
// import.meta.glob (a bundled server cannot read its source folder); the CLI loads them from disk.
import { Migrator, type Migration, type MigrationResultSet } from 'kysely/migration';
import type { Kysely } from 'kysely';

export type MigrationModules = Record<string, Migration>;

function nameOf(file: string): string {
	return file.replace(/^.*\//, '').replace(/\.(ts|js)$/, '');
}

export function migrationsFromModules(modules: Record<string, unknown>): MigrationModules {
	const out: MigrationModules = {};
	for (const [file, mod] of Object.entries(modules)) out[nameOf(file)] = mod as Migration;
	return out;
}

function migrator(db: Kysely<any>, migrations: MigrationModules): Migrator {
	return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

function unwrap(result: MigrationResultSet): string[] {
	if (result.error) {
		const failed = result.results?.find((r) => r.status === 'Error');
		throw new Error(`Migreringen ${failed?.migrationName ?? ''} misslyckades: ${String(result.error)}`, {
			cause: result.error
		});
	}
	return (result.results ?? []).map((r) => `${r.direction === 'Up' ? '↑' : '↓'} ${r.migrationName}`);
}

export async function migrateToLatest(db: Kysely<any>, migrations: MigrationModules): Promise<string[]> {
	return unwrap(await migrator(db, migrations).migrateToLatest());
}

export async function migrateDown(db: Kysely<any>, migrations: MigrationModules): Promise<string[]> {
	return unwrap(await migrator(db, migrations).migrateDown());
}
