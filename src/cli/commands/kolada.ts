// `kolada import --org <orgId> <file.json> [--json]` and `kolada values --org <orgId> --kpi <KPI> [--json]`:
// the statistics service's file import and its values, as the web app's samordnare has them. With --json
// exactly one JSON document on stdout; people's text on stderr.
import fs from 'node:fs';
import { translator } from '#lib/i18n/index.js';
import { ServiceError } from '#lib/server/services/errors.js';
import { statisticsForInstallation } from '#lib/server/services/statistics.service.js';
import { withDatabase } from '../database.js';
import { parseFlags, UsageError } from '../args.js';

const t = translator('sv');

/** A refusal of the service as a sentence for the operator (an unknown organisation, a malformed file). */
async function explained<T>(run: () => Promise<T>, orgId: string): Promise<T> {
	try {
		return await run();
	} catch (e) {
		if (!(e instanceof ServiceError)) throw e;
		throw new Error(e.status === 404 ? `Organisationen ${orgId} finns inte i installationen.` : t(e.messageKey, e.params));
	}
}

export const koladaCommand = {
	help: 'kolada import --org <id> <fil.json> | kolada values --org <id> --kpi <KPI>  [--json]: statistik från Kolada',
	async run(args: string[]) {
		const { values, positionals } = parseFlags(args, { org: { type: 'string' }, kpi: { type: 'string' }, json: { type: 'boolean' } });
		const [sub, ...rest] = positionals;
		const orgId = values.org;
		if (!orgId) throw new UsageError('Ange organisationen: --org <id> (npm run cli -- org list visar dem)');
		const json = values.json === true;
		if (sub === 'import') {
			const [file, ...extra] = rest;
			if (!file || extra.length) throw new UsageError('Ange en fil: kolada import --org <id> <fil.json>');
			let bytes: Uint8Array;
			try {
				bytes = fs.readFileSync(file);
			} catch {
				throw new Error(`Filen ${file} kan inte läsas.`);
			}
			const r = await withDatabase((h) => explained(() => statisticsForInstallation.importFile(h.db, orgId, bytes), orgId));
			const out = { kpis: r.kpis, values: r.values, skipped: r.skipped, unknownKpis: r.unknownKpis, retiredKpis: r.retiredKpis };
			if (json) process.stdout.write(JSON.stringify(out) + '\n');
			else console.error(t('kolada.imported', { values: r.values, kpis: r.kpis, changed: r.changed, skipped: r.skipped }));
			return;
		}
		if (sub === 'values') {
			if (!values.kpi || rest.length) throw new UsageError('Ange nyckeltalet: kolada values --org <id> --kpi <KPI>');
			const kpi = values.kpi;
			const r = await withDatabase((h) => explained(() => statisticsForInstallation.values(h.db, orgId, kpi), orgId));
			if (json) process.stdout.write(JSON.stringify(r) + '\n');
			else for (const v of r.values) process.stdout.write(`${v.year}\t${v.gender}\t${v.value}\n`);
			return;
		}
		throw new UsageError(sub ? `Okänt underkommando: kolada ${sub}` : 'Ange ett underkommando: kolada import eller kolada values');
	}
};
