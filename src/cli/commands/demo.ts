// `demo [--json]`: loads the demo organisations (Alingsås with its steering and kartläggning, Borlänge) into
// the configured database — the embedded one in DATA_DIR or the server at DATABASE_URL — unless they are
// there; a second run changes nothing and prints the same. Prints {"organisations":[{id, name, koladaId}]}
// with --json (one document on stdout), else a list for people. The demo logins: in the embedded database
// they are kept in the data folder (as at the app's first start) and printed on stderr without --json. For
// DATABASE_URL they are not written anywhere (the CLI's folder need not be the server's): they are printed
// on stderr once, when the demo is loaded, with or without --json; later runs can only say so.
import { readConfig } from '#lib/server/config.js';
import { formatDemoLogins, readDemoLogins, saveDemoLogins } from '#lib/server/demo/load.js';
import { loadDemoForInstallation } from '#lib/server/services/installation.service.js';
import { withDatabase } from '../database.js';
import { parseFlags, UsageError } from '../args.js';
import { printOrganisations } from './org.js';

export const demoCommand = {
	help: 'läser in demokommunerna (Alingsås, Borlänge) i databasen om de inte finns [--json]',
	async run(args: string[]) {
		const { values, positionals } = parseFlags(args, { json: { type: 'boolean' } });
		if (positionals.length) throw new UsageError(`Okänt argument: ${positionals[0]}`);
		const cfg = readConfig();
		const { result, kind } = await withDatabase(async (h) => ({ result: await loadDemoForInstallation({ db: h.db }), kind: h.kind }));
		const json = values.json === true;
		if (kind === 'pglite') {
			if (result.logins) saveDemoLogins(cfg.dataDir, result.logins);
			if (!json) {
				console.error(result.logins ? `Demot är inläst i den inbäddade databasen i ${cfg.dataDir}.` : `Demot fanns redan i ${cfg.dataDir}; inget ändrades.`);
				const logins = readDemoLogins(cfg.dataDir);
				console.error(logins ? formatDemoLogins(logins) : 'Demoinloggningarna finns inte sparade i datamappen.');
			}
		} else if (result.logins) {
			console.error('Demot är inläst på PostgreSQL-servern. Inloggningarna sparas inte: skriv upp dem nu.');
			console.error(formatDemoLogins(result.logins));
		} else if (!json) {
			console.error('Demot fanns redan på PostgreSQL-servern; inget ändrades. Inloggningarna skrevs ut när demot lästes in.');
		}
		printOrganisations(result.organisations, json);
	}
};
