// `interactions metrics [--json] <file.csv|file.xlsx>`: the metrics of an interaction matrix in the SEI
// layout (first row and first column target codes, rows influence columns), computed without a database.
// With --json, stdout gets exactly one line: {"targets":[{"code":"16.6","outSum":51,…,"rankSecondOrder":1},…]}
// in the matrix's order, numbers unrounded; without it, a table for people on stdout. A file that cannot be
// read as a matrix exits 1 with the Swedish issues (row and column named) on stderr and nothing on stdout.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseSeiFile } from '#lib/analysis/interactions/import.js';
import { scoredCount, targetMetrics } from '#lib/analysis/interactions/metrics.js';
import { formatIssues } from '#lib/analysis/interactions/sei-layout.js';
import type { TargetMetrics } from '#lib/analysis/interactions/types.js';
import { UsageError } from '../args.js';

const METRICS_ARGS = 'metrics [--json] <fil.csv|fil.xlsx>';
const METRICS_USAGE = `interactions ${METRICS_ARGS}`;

function parse(args: string[]) {
	try {
		return parseArgs({ args, options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true });
	} catch (e) {
		const code = (e as { code?: string }).code;
		const flag = /'(--?[\w-]+)/.exec(e instanceof Error ? e.message : '')?.[1] ?? '';
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`Okänd flagga: ${flag}`);
		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`Flaggan ${flag} tar inget värde.`);
		throw new UsageError('Felaktiga flaggor.');
	}
}

async function readInput(file: string): Promise<Uint8Array> {
	try {
		return await readFile(file);
	} catch (e) {
		const code = (e as { code?: string }).code;
		if (code === 'ENOENT') throw new Error(`Filen ${file} finns inte.`);
		if (code === 'EISDIR') throw new Error(`${file} är en mapp, inte en fil.`);
		if (code === 'EACCES') throw new Error(`Filen ${file} går inte att läsa (behörighet saknas).`);
		throw new Error(`Filen ${file} går inte att läsa.`);
	}
}

/** The document --json prints: the fields of the documented shape, in its order. */
export function metricsDocument(metrics: readonly TargetMetrics[]) {
	return {
		targets: metrics.map((m) => ({
			code: m.code,
			outSum: m.outSum,
			inSum: m.inSum,
			outPositive: m.outPositive,
			outNegative: m.outNegative,
			inPositive: m.inPositive,
			inNegative: m.inNegative,
			secondOrder: m.secondOrder,
			rankOutSum: m.rankOutSum,
			rankInSum: m.rankInSum,
			rankSecondOrder: m.rankSecondOrder
		}))
	};
}

const number = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

function table(metrics: readonly TargetMetrics[], scored: number): string {
	const head = ['Delmål', 'Påverkar', '+', '−', 'Påverkas', '+', '−', 'Andra ordn.', 'Rang ut', 'Rang in', 'Rang 2:a'];
	const rows = [...metrics]
		.sort((a, b) => a.rankOutSum - b.rankOutSum)
		.map((m) => [
			m.code,
			...[m.outSum, m.outPositive, m.outNegative, m.inSum, m.inPositive, m.inNegative, m.secondOrder].map((v) => number.format(v)),
			String(m.rankOutSum),
			String(m.rankInSum),
			String(m.rankSecondOrder)
		]);
	const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
	const line = (cells: string[]) => cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  ');
	return [
		`${metrics.length} delmål, ${number.format(scored)} bedömda par. Påverkar = radsumma, påverkas = kolumnsumma,`,
		'andra ordn. = 0,5 × Σ (poäng × påverkande delmåls radsumma). Rang 1 är högst; lika värden i FN:s ordning.',
		'',
		line(head),
		...rows.map(line)
	].join('\n');
}

async function metricsCommand(args: string[]) {
	const { values, positionals } = parse(args);
	if (positionals.length === 0) throw new UsageError(`Ange filen med matrisen: ${METRICS_USAGE}`);
	if (positionals.length > 1) throw new UsageError(`Ange en enda fil: ${METRICS_USAGE}`);
	const file = positionals[0]!;
	const result = await parseSeiFile(await readInput(file));
	if (!result.ok) throw new Error(`${file} går inte att läsa som en interaktionsmatris:\n${formatIssues(result.issues)}`);
	const metrics = targetMetrics(result.matrix);
	if (values.json) {
		process.stdout.write(`${JSON.stringify(metricsDocument(metrics))}\n`);
		return;
	}
	process.stdout.write(`${table(metrics, scoredCount(result.matrix))}\n`);
}

const subcommands: Record<string, (args: string[]) => Promise<void>> = {
	metrics: metricsCommand
};

export const interactionsCommand = {
	help: `${METRICS_ARGS}: nyckeltal per delmål för en interaktionsmatris i SEI-format (ingen databas behövs)`,
	async run(args: string[]) {
		const [name, ...rest] = args;
		if (!name) throw new UsageError(`Ange ett underkommando: ${METRICS_USAGE}`);
		const sub = subcommands[name];
		if (!sub) throw new UsageError(`Okänt underkommando: interactions ${name}. Finns: ${Object.keys(subcommands).join(', ')}.`);
		await sub(rest);
	}
};
