// The admin CLI: `npm run cli -- <command>`. Shares the services with the web app. Output for people
// goes to stderr, machine-readable output to stdout; usage errors exit 2.
import { migrateCommand } from './commands/migrate.js';
import { createAdminCommand } from './commands/create-admin.js';
import { suggestCommand } from './commands/suggest.js';
import { interactionsCommand } from './commands/interactions.js';
import { UsageError } from './args.js';

const commands: Record<string, { run: (args: string[]) => Promise<void>; help: string }> = {
	migrate: migrateCommand,
	'create-admin': createAdminCommand,
	suggest: suggestCommand,
	interactions: interactionsCommand
};

function usage(): string {
	return [
		'Användning: npm run cli -- <kommando> [flaggor]',
		'',
		'Kommandon:',
		...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(14)} ${c.help}`)
	].join('\n');
}

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		console.error(usage());
		return name ? 0 : 2;
	}
	const command = commands[name];
	if (!command) {
		console.error(`Okänt kommando: ${name}\n\n${usage()}`);
		return 2;
	}
	try {
		await command.run(rest);
		return 0;
	} catch (e) {
		if (e instanceof UsageError) {
			console.error(`${e.message}\n\n${usage()}`);
			return 2;
		}
		console.error(`Fel: ${e instanceof Error ? e.message : String(e)}`);
		return 1;
	}
}

process.exitCode = await main(process.argv.slice(2));
