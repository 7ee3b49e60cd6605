// Runtime configuration, read once from the environment. Shared by the app and the CLI, so it reads
// process.env directly instead of a SvelteKit-only module.
import path from 'node:path';

export interface Config {
	/** Server PostgreSQL when set; otherwise the embedded database in `dataDir`. */
	databaseUrl: string | null;
	dataDir: string;
	/** Load the demo municipality into a new embedded data folder. */
	demo: boolean;
	/** Kolada's API (KOLADA_BASE_URL), for the live import of statistics. */
	koladaBaseUrl: string;
	/** `production` hides development conveniences (reset links are still logged; no mail yet). */
	env: 'development' | 'production' | 'test';
}

function flag(value: string | undefined, fallback: boolean): boolean {
	if (value === undefined || value === '') return fallback;
	return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
	const databaseUrl = env.DATABASE_URL?.trim() || null;
	const mode = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
	return {
		databaseUrl,
		dataDir: path.resolve(env.DATA_DIR?.trim() || 'data/pglite'),
		demo: flag(env.DEMO, true),
		koladaBaseUrl: env.KOLADA_BASE_URL?.trim() || 'https://api.kolada.se',
		env: mode
	};
}

let cached: Config | null = null;
export function config(): Config {
	cached ??= readConfig();
	return cached;
}
