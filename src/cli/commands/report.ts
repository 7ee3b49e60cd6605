// `report <docx|xlsx|pdf|csv> --org <id> --cycle <id|latest> --out <file>`: writes the organisation's
// nulägesanalys of that cycle (or its newest) to a file; for csv `--out` is a folder (one file per view)
// or a .zip. Nothing on stdout; an unknown organisation or cycle is an error (exit 1).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { reportFile, isReportFormat } from '#lib/server/services/report-export.service.js';
import { reportForInstallation } from '#lib/server/services/report-installation.service.js';
import { reportCsvFiles } from '#lib/server/reports/spreadsheets.js';
import { withDatabase } from '../database.js';
import { parseFlags, UsageError } from '../args.js';

export const reportCommand = {
	help: 'report <docx|xlsx|pdf|csv> --org <id> --cycle <id|latest> --out <fil>: nulägesanalysen som fil (csv: en mapp eller .zip)',
	async run(args: string[]) {
		const { values, positionals } = parseFlags(args, { org: { type: 'string' }, cycle: { type: 'string' }, out: { type: 'string' } });
		const [format, ...rest] = positionals;
		if (!format || !isReportFormat(format)) throw new UsageError(format ? `Okänt format: report ${format} (docx, xlsx, pdf eller csv)` : 'Ange formatet: report <docx|xlsx|pdf|csv>');
		if (rest.length) throw new UsageError(`Okänt argument: ${rest[0]}`);
		if (!values.org || !values.cycle || !values.out) throw new UsageError('Ange --org <id>, --cycle <id|latest> och --out <fil>');
		const { org, cycle, out } = values as { org: string; cycle: string; out: string };
		const model = await withDatabase((h) => reportForInstallation({ db: h.db }, org, cycle));
		if (format === 'csv' && !out.toLowerCase().endsWith('.zip')) {
			mkdirSync(out, { recursive: true });
			for (const [name, bytes] of Object.entries(reportCsvFiles(model))) writeFileSync(path.join(out, name), bytes);
			return;
		}
		const file = await reportFile(model, format);
		mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
		writeFileSync(out, file.body);
	}
};
