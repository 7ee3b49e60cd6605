// `org export --org <id> --out <file.json>` and `org import <file.json> [--json]`: the whole organisation as
// one JSON file and back (services/org-export.service.ts, org-import.service.ts). Import prints
// {"organisation":{"id","name"}} with --json; a refused file is a message and exit 1, nothing stored.
import { readFileSync, writeFileSync } from 'node:fs';
import { exportOrganisationForInstallation } from '#lib/server/services/org-export.service.js';
import { importOrganisationForInstallation } from '#lib/server/services/org-import.service.js';
import { withDatabase } from '../database.js';
import { parseFlags, UsageError } from '../args.js';

export async function orgExport(args: string[]): Promise<void> {
	const { values, positionals } = parseFlags(args, { org: { type: 'string' }, out: { type: 'string' } });
	if (positionals.length) throw new UsageError(`Okänt argument: ${positionals[0]}`);
	if (!values.org || !values.out) throw new UsageError('Ange --org <organisationens id> och --out <fil.json>');
	const { org, out } = values;
	const file = await withDatabase((h) => exportOrganisationForInstallation({ db: h.db }, org));
	writeFileSync(out, file.json);
	console.error(`Organisationen skrevs till ${out} (${Buffer.byteLength(file.json)} byte).`);
}

export async function orgImport(args: string[]): Promise<void> {
	const { values, positionals } = parseFlags(args, { json: { type: 'boolean' } });
	if (positionals.length !== 1) throw new UsageError('Ange en fil: org import <fil.json> [--json]');
	let text: string;
	try {
		text = readFileSync(positionals[0]!, 'utf8');
	} catch (e) {
		throw new Error(`Filen ${positionals[0]} kunde inte läsas: ${e instanceof Error ? e.message : String(e)}`);
	}
	const organisation = await withDatabase((h) => importOrganisationForInstallation({ db: h.db }, text));
	if (values.json === true) process.stdout.write(JSON.stringify({ organisation: { id: organisation.id, name: organisation.name } }) + '\n');
	else process.stdout.write(`Organisationen ${organisation.name} lästes in (${organisation.id}).\n`);
}
