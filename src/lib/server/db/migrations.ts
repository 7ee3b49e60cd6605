// The migrations as bundled into the server build.
import { migrationsFromModules } from './migrate.js';

export const bundledMigrations = migrationsFromModules(
	import.meta.glob('../../../../migrations/*.ts', { eager: true })
);
