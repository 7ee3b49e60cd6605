// `migrate [--down]`: brings the database to the latest migration (or undoes the last one).
import { readConfig } from '#lib/server/config.js';
import { openDatabase } from '#lib/server/db/index.js';
import { migrateDown, migrateToLatest } from '#lib/server/db/migrate.js';
import { loadMigrations } from '../database.js';
import { parseFlags } from '../args.js';

export const migrateCommand = {
	help: 'kör databasens migreringar (--down ångrar den senaste)',
	async run(args: string[]) {
		const { values } = parseFlags(args, { down: { type: 'boolean' } });
		const cfg = readConfig();
		const h = await openDatabase(cfg);
		try {
			const migrations = await loadMigrations();
			const done = values.down ? await migrateDown(h.db, migrations) : await migrateToLatest(h.db, migrations);
			const where = h.kind === 'pglite' ? `inbäddad databas i ${cfg.dataDir}` : 'PostgreSQL-servern';
			console.error(done.length ? `${done.join('\n')}\nKlart (${where}).` : `Databasen är redan aktuell (${where}).`);
		} finally {
			await h.close();
		}
	}
};
