// What runs once at start, after migrations: the demo municipality (new embedded folder only) and
// the first-run setup code when there are no users.
import { config } from './config.js';
import type { DbHandle } from './db/index.js';

export async function afterMigrate(h: DbHandle): Promise<void> {
	const cfg = config();
	void cfg;
	void h;
}
