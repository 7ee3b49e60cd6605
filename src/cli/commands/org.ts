// `org list [--json]`: every organisation of the installation, by name — {"organisations":[{id, name,
// koladaId}]} with --json (one document on stdout), else one line each for people.
import { listOrganisationsForInstallation, type InstallationOrganisation } from '#lib/server/services/installation.service.js';
import { withDatabase } from '../database.js';
import { parseFlags, UsageError } from '../args.js';
import { orgExport, orgImport } from './org-transfer.js';

export function printOrganisations(organisations: InstallationOrganisation[], json: boolean): void {
	if (json) {
		process.stdout.write(JSON.stringify({ organisations: organisations.map((o) => ({ id: o.id, name: o.name, koladaId: o.koladaId })) }) + '\n');
		return;
	}
	const lines = organisations.map((o) => `${o.name.padEnd(30)} ${(o.koladaId ?? '–').padEnd(6)} ${o.id}`);
	process.stdout.write((lines.length ? ['Organisation                   Kolada id', ...lines] : ['Inga organisationer.']).join('\n') + '\n');
}

export const orgCommand = {
	help:
		'org list [--json]: alla organisationer i installationen, efter namn; org export --org <id> --out <fil.json>; ' +
		'org import <fil.json> [--json]: en hel organisation till och från en JSON-fil',
	async run(args: string[]) {
		// export and import take their own flags (--org, --out), so they are dispatched before list's parsing.
		if (args[0] === 'export') return orgExport(args.slice(1));
		if (args[0] === 'import') return orgImport(args.slice(1));
		const { values, positionals } = parseFlags(args, { json: { type: 'boolean' } });
		const [sub, ...rest] = positionals;
		if (sub !== 'list') throw new UsageError(sub ? `Okänt underkommando: org ${sub}` : 'Ange ett underkommando: org list, org export eller org import');
		if (rest.length) throw new UsageError(`Okänt argument: ${rest[0]}`);
		const organisations = await withDatabase((h) => listOrganisationsForInstallation({ db: h.db }));
		printOrganisations(organisations, values.json === true);
	}
};
