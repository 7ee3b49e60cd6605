// What runs once at start, after migrations: the demo municipality (only into a new embedded data
// folder, never into a DATABASE_URL database) and the first-run setup code while there are no users.
import { config } from './config.js';
import type { DbHandle } from './db/index.js';
import { issueSetupCode } from './services/setup.service.js';
import { formatDemoLogins, loadDemo, readDemoLogins, saveDemoLogins } from './demo/load.js';
import { log } from './log.js';

export async function afterMigrate(h: DbHandle): Promise<void> {
	const cfg = config();
	if (h.kind === 'pglite' && h.created && cfg.demo) {
		const logins = await loadDemo(h.db);
		saveDemoLogins(cfg.dataDir, logins);
		log.info('demokommunerna Alingsås och Borlänge är inlästa');
	}
	if (h.kind === 'pglite') {
		const logins = readDemoLogins(cfg.dataDir);
		if (logins) console.error(formatDemoLogins(logins));
	}
	const code = await issueSetupCode({ db: h.db });
	if (code) {
		console.error(`Engångskod för installation: ${code}  (öppna /installera i webbläsaren)`);
		log.info('ingen användare finns ännu: engångskod för installation utskriven');
	}
}
