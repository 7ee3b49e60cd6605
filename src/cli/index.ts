// The admin CLI: `npm run cli -- <command>`. Shares the services with the web app. Output for people
// goes to stderr, machine-readable output to stdout; usage errors exit 2.
import { UsageError } from './args.js';

interface Command {
	run: (args: string[]) => Promise<void>;
	help: string;
}

// Loaded on demand: a command that needs no database (suggest, interactions) should not pay for loading
// the database drivers, and the XLSX reader is heavy.
const commands: Record<string, () => Promise<Command>> = {
	migrate: async () => (await import('./commands/migrate.js')).migrateCommand,
	'create-admin': async () => (await import('./commands/create-admin.js')).createAdminCommand,
	suggest: async () => (await import('./commands/suggest.js')).suggestCommand,
	interactions: async () => (await import('./commands/interactions.js')).interactionsCommand,
	demo: async () => (await import('./commands/demo.js')).demoCommand,
	org: async () => (await import('./commands/org.js')).orgCommand,
	kolada: async () => (await import('./commands/kolada.js')).koladaCommand,
	plan: async () => (await import('./commands/plan.js')).planCommand,
	report: async () => (await import('./commands/report.js')).reportCommand
};

async function usage(): Promise<string> {
	const lines = await Promise.all(Object.entries(commands).map(async ([name, load]) => `  ${name.padEnd(14)} ${(await load()).help}`));
	return ['Användning: npm run cli -- <kommando> [flaggor]', '', 'Kommandon:', ...lines].join('\n');
}

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		console.error(await usage());
		return name ? 0 : 2;
	}
	const load = commands[name];
	if (!load) {
		console.error(`Okänt kommando: ${name}\n\n${await usage()}`);
		return 2;
	}
	try {
		const command = await load();
		await command.run(rest);
		return 0;
	} catch (e) {
		if (e instanceof UsageError) {
			console.error(`${e.message}\n\n${await usage()}`);
			return 2;
		}
		console.error(`Fel: ${e instanceof Error ? e.message : String(e)}`);
		return 1;
	}
}

process.exitCode = await main(process.argv.slice(2));
