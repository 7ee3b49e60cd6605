// `plan list --org <id> [--json]`: the organisation's action plans with their measures in number order —
// {"plans":[{id, title, period, measures:[{number, title, units, targets, status}]}]} with --json, else
// lines for people. An unknown organisation is an error (exit 1).
import { listPlansForInstallation, type InstallationPlan } from '#lib/server/services/plan-installation.service.js';
import { withDatabase } from '../database.js';
import { parseFlags, UsageError } from '../args.js';

function print(plans: InstallationPlan[], json: boolean): void {
	if (json) {
		process.stdout.write(JSON.stringify({ plans }) + '\n');
		return;
	}
	const lines = plans.flatMap((p) => [`${p.title} (${p.period})  ${p.id}`, ...p.measures.map((m) => `  ${String(m.number).padStart(2)}. ${m.title} – ${m.units.join(', ') || 'inga enheter'}${m.status ? ` [${m.status}]` : ''}`)]);
	process.stdout.write((lines.length ? lines : ['Inga handlingsplaner.']).join('\n') + '\n');
}

export const planCommand = {
	help: 'plan list --org <id> [--json]: organisationens handlingsplaner med åtgärder och enheter',
	async run(args: string[]) {
		const { values, positionals } = parseFlags(args, { org: { type: 'string' }, json: { type: 'boolean' } });
		const [sub, ...rest] = positionals;
		if (sub !== 'list') throw new UsageError(sub ? `Okänt underkommando: plan ${sub}` : 'Ange ett underkommando: plan list');
		if (rest.length) throw new UsageError(`Okänt argument: ${rest[0]}`);
		if (!values.org) throw new UsageError('Ange organisationen: plan list --org <id>');
		const org = values.org;
		print(await withDatabase((h) => listPlansForInstallation({ db: h.db }, org)), values.json === true);
	}
};
