// The engine on a real matrix: Sweden, 34 targets (SEI, Weitz et al. 2018). The files are read from
// ../shared/data/reference/sweden-weitz-2018/ beside the project and never copied into it; these tests skip
// (and say so) when ../shared is absent, and fail under CI=true.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeiCsv, splitCsv } from './csv.js';
import { REFERENCE_DIR, REFERENCE_MATRIX, referenceAvailable, toSeiCsv } from './fixtures.js';
import { goalMatrix } from './goals.js';
import { scoredCount, targetMetrics } from './metrics.js';
import { formatIssues } from './sei-layout.js';
import type { InteractionMatrix, TargetMetrics } from './types.js';

const available = referenceAvailable();

function readCsv(name: string): Record<string, string>[] {
	const split = splitCsv(readFileSync(path.join(REFERENCE_DIR, name), 'utf8'), ',');
	if (!split.ok) throw new Error(`${name}: unterminated quote`);
	const [head, ...rows] = split.rows;
	return rows.map((row) => Object.fromEntries(head!.map((h, k) => [h, row[k] ?? ''])));
}

describe.skipIf(!available)('reference matrix, SEI Weitz et al. 2018 (read from ../shared/data/reference/sweden-weitz-2018)', () => {
	let matrix: InteractionMatrix;
	let metrics: TargetMetrics[];
	let by: Record<string, TargetMetrics>;
	if (available) {
		const parsed = parseSeiCsv(readFileSync(REFERENCE_MATRIX, 'utf8'));
		if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
		matrix = parsed.matrix;
		metrics = targetMetrics(matrix);
		by = Object.fromEntries(metrics.map((m) => [m.code, m]));
	}
	const rankedBy = (key: 'rankOutSum' | 'rankInSum' | 'rankSecondOrder') => [...metrics].sort((a, b) => a[key] - b[key]);

	it('imports 34 targets, two per goal, and 34 × 33 = 1,122 scored pairs', () => {
		expect(matrix.codes).toHaveLength(34);
		expect(matrix.codes.slice(0, 3)).toEqual(['1.3', '1.5', '2.2']);
		expect(matrix.codes.at(-1)).toBe('17.13');
		expect(scoredCount(matrix)).toBe(1122);
	});

	it('out-sum: 16.6 first (51), 12.1 second (43), 8.4 third (40); 17.11 last and the only negative (−9)', () => {
		const ranked = rankedBy('rankOutSum');
		expect(ranked.slice(0, 3).map((m) => [m.code, m.outSum])).toEqual([
			['16.6', 51],
			['12.1', 43],
			['8.4', 40]
		]);
		expect([ranked.at(-1)!.code, ranked.at(-1)!.outSum, ranked.at(-1)!.rankOutSum]).toEqual(['17.11', -9, 34]);
		expect(metrics.filter((m) => m.outSum < 0).map((m) => m.code)).toEqual(['17.11']);
	});

	it('in-sum: 1.5 first (37), 2.4 second (32)', () => {
		expect(
			rankedBy('rankInSum')
				.slice(0, 2)
				.map((m) => [m.code, m.inSum])
		).toEqual([
			['1.5', 37],
			['2.4', 32]
		]);
	});

	it('second order: 16.6 (516), 12.1 (470), 8.4 (469), 12.5 (352), 9.5 (335.5)', () => {
		expect(
			rankedBy('rankSecondOrder')
				.slice(0, 5)
				.map((m) => [m.code, m.secondOrder])
		).toEqual([
			['16.6', 516],
			['12.1', 470],
			['8.4', 469],
			['12.5', 352],
			['9.5', 335.5]
		]);
	});

	it('12.5 and 9.5 overtake 5.5 and 4.4 on second order, though lower on the plain out-sum', () => {
		for (const low of ['12.5', '9.5']) {
			for (const high of ['5.5', '4.4']) {
				expect(by[low]!.rankOutSum, `${low} vs ${high} out-sum`).toBeGreaterThan(by[high]!.rankOutSum);
				expect(by[low]!.rankSecondOrder, `${low} vs ${high} second order`).toBeLessThan(by[high]!.rankSecondOrder);
			}
		}
	});

	it('reproduces every row of the expected rankings, ties in SDG order', () => {
		const rows = readCsv('sweden_weitz2018_expected_rankings.csv');
		expect(rows).toHaveLength(3 * 34);
		const fields = {
			out_sum: ['rankOutSum', 'outSum'],
			in_sum: ['rankInSum', 'inSum'],
			second_order: ['rankSecondOrder', 'secondOrder']
		} as const;
		for (const row of rows) {
			const [rankKey, valueKey] = fields[row.metric as keyof typeof fields];
			const m = by[row.id!]!;
			expect([row.metric, m[rankKey], m[valueKey]]).toEqual([row.metric, Number(row.rank), Number(row.value)]);
		}
	});

	it('reproduces every row of the nodes file: sums, their parts, second order and ranks', () => {
		const rows = readCsv('sweden_weitz2018_34targets_nodes.csv');
		expect(rows.map((r) => r.id)).toEqual(matrix.codes);
		for (const row of rows) {
			const m = by[row.id!]!;
			expect({
				code: m.code,
				outSum: m.outSum,
				inSum: m.inSum,
				outPositive: m.outPositive,
				outNegative: m.outNegative,
				secondOrder: m.secondOrder,
				rankOutSum: m.rankOutSum,
				rankInSum: m.rankInSum
			}).toEqual({
				code: row.id,
				outSum: Number(row.out_sum_influencing),
				inSum: Number(row.in_sum_influenced),
				outPositive: Number(row.out_positive),
				outNegative: Number(row.out_negative),
				secondOrder: Number(row['second_order_0.5xSum(a_ij*out_j)']),
				rankOutSum: Number(row.rank_by_out_sum),
				rankInSum: Number(row.rank_by_in_sum)
			});
		}
	});

	it('agrees with the long list of edges cell by cell', () => {
		const edges = readCsv('sweden_weitz2018_34targets_edges.csv');
		expect(edges).toHaveLength(1122);
		const index = new Map(matrix.codes.map((c, i) => [c, i]));
		for (const e of edges) expect(matrix.cells[index.get(e.source!)!]![index.get(e.target!)!], `${e.source} → ${e.target}`).toBe(Number(e.score));
	});

	it('gives the same result from a Swedish-Excel copy: semicolons, BOM, CRLF, rows shuffled', () => {
		const rowOrder = matrix.codes.map((_, i) => (i * 7) % 34);
		const copy = parseSeiCsv(toSeiCsv(matrix, { separator: ';', bom: true, newline: '\r\n', rowOrder, corner: 'påverkar\\påverkas' }));
		expect(copy.ok && targetMetrics(copy.matrix)).toEqual(metrics);
	});

	it('aggregates to goals with the same totals: goal 16 pushes with 19 + 51 = 70', () => {
		const goals = goalMatrix(matrix).cells;
		expect(goals.flat().reduce((s, c) => s + c.count, 0)).toBe(1122);
		expect(goals.flat().reduce((s, c) => s + c.sum, 0)).toBe(metrics.reduce((s, m) => s + m.outSum, 0));
		expect(goals[15]!.reduce((s, c) => s + c.sum, 0)).toBe(70);
		// 16.4 → 16.6 = 3, 16.6 → 16.4 = 3
		expect(goals[15]![15]).toEqual({ sum: 6, count: 2, positive: 6, negative: 0 });
		// goal 17 on goal 7: 17.11 → 7.2 −1, 17.11 → 7.3 −1, 17.13 → 7.2 2, 17.13 → 7.3 1
		expect(goals[16]![6]).toEqual({ sum: 1, count: 4, positive: 3, negative: -2 });
	});
});
