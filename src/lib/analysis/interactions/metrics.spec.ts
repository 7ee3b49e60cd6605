// Metrics and goal-level aggregation on matrices small enough to check by hand, then property checks on
// seeded random matrices.
import { describe, expect, it } from 'vitest';
import { compareTargetCodes, parseTargetCode } from '#lib/domain/sdg-codes.js';
import { parseSeiCsv } from './csv.js';
import { randomMatrix, seededRandom, toSeiCsv } from './fixtures.js';
import { goalMatrix } from './goals.js';
import { rankDescending, scoredCount, targetMetrics } from './metrics.js';
import type { InteractionMatrix, TargetMetrics } from './types.js';

function byCode(metrics: TargetMetrics[]): Record<string, TargetMetrics> {
	return Object.fromEntries(metrics.map((m) => [m.code, m]));
}

// Rows influence columns.
//        1.1  1.2  2.1
//  1.1    ·    2    1     out  3
//  1.2    0    ·   −1     out −1
//  2.1    3    1    ·     out  4
//  in     3    3    0
// second order: 1.1 = ½(2·(−1) + 1·4) = 1;  1.2 = ½(0·3 + (−1)·4) = −2;  2.1 = ½(3·3 + 1·(−1)) = 4
const distinct: InteractionMatrix = {
	codes: ['1.1', '1.2', '2.1'],
	cells: [
		[null, 2, 1],
		[0, null, -1],
		[3, 1, null]
	]
};

// Every out-sum is 2, so the ranks of out-sum and second order are decided by SDG order alone:
// 3.9, 3.d, 10.1 — not the file's order (10.1, 3.d, 3.9) and not string order ("10.1" < "3.9" < "3.d").
//        10.1  3.d  3.9
//  10.1    ·    3   −1     out 2 (+3, −1)
//  3.d     2    ·    ·     out 2 (one cell not scored)
//  3.9     1    1    ·     out 2
//  in      3    4   −1
// second order: ½ Σ_j a_ij · 2 = the out-sum = 2 for each
const ties: InteractionMatrix = {
	codes: ['10.1', '3.d', '3.9'],
	cells: [
		[null, 3, -1],
		[2, null, null],
		[1, 1, null]
	]
};

describe('targetMetrics, worked by hand', () => {
	it('sums rows and columns with their positive and negative parts, and the second order', () => {
		const m = byCode(targetMetrics(distinct));
		expect(m['1.1']).toEqual({
			code: '1.1',
			outSum: 3,
			inSum: 3,
			outPositive: 3,
			outNegative: 0,
			inPositive: 3,
			inNegative: 0,
			secondOrder: 1,
			rankOutSum: 2,
			rankInSum: 1,
			rankSecondOrder: 2
		});
		expect(m['1.2']).toEqual({
			code: '1.2',
			outSum: -1,
			inSum: 3,
			outPositive: 0,
			outNegative: -1,
			inPositive: 3,
			inNegative: 0,
			secondOrder: -2,
			rankOutSum: 3,
			rankInSum: 2,
			rankSecondOrder: 3
		});
		expect(m['2.1']).toEqual({
			code: '2.1',
			outSum: 4,
			inSum: 0,
			outPositive: 4,
			outNegative: 0,
			inPositive: 1,
			inNegative: -1,
			secondOrder: 4,
			rankOutSum: 1,
			rankInSum: 3,
			rankSecondOrder: 1
		});
	});

	it('keeps the matrix order in its result', () => {
		expect(targetMetrics(ties).map((m) => m.code)).toEqual(['10.1', '3.d', '3.9']);
	});

	it('breaks ties in SDG order: goal, then number, lettered targets after numbered ones', () => {
		const m = byCode(targetMetrics(ties));
		expect([m['10.1']!.outSum, m['3.d']!.outSum, m['3.9']!.outSum]).toEqual([2, 2, 2]);
		expect([m['3.9']!.rankOutSum, m['3.d']!.rankOutSum, m['10.1']!.rankOutSum]).toEqual([1, 2, 3]);
		expect([m['10.1']!.secondOrder, m['3.d']!.secondOrder, m['3.9']!.secondOrder]).toEqual([2, 2, 2]);
		expect([m['3.9']!.rankSecondOrder, m['3.d']!.rankSecondOrder, m['10.1']!.rankSecondOrder]).toEqual([1, 2, 3]);
		// in-sums differ: 3.d 4, 10.1 3, 3.9 −1
		expect([m['3.d']!.rankInSum, m['10.1']!.rankInSum, m['3.9']!.rankInSum]).toEqual([1, 2, 3]);
		expect(m['10.1']).toMatchObject({ outPositive: 3, outNegative: -1, inPositive: 3, inNegative: 0 });
		expect(m['3.9']).toMatchObject({ inSum: -1, inPositive: 0, inNegative: -1 });
	});

	it('ranks 10.1 after 9.1 and 1.10 after 1.9 (numbers, not strings)', () => {
		expect(rankDescending(['10.1', '9.1', '1.10', '1.9', '1.b', '1.a'], [0, 0, 0, 0, 0, 0])).toEqual([6, 5, 2, 1, 4, 3]);
		expect(rankDescending(['1.1', '1.2'], [-5, 7])).toEqual([2, 1]);
	});

	it('treats a matrix with nothing scored as all zeros, and an empty matrix as no targets', () => {
		const m = targetMetrics({ codes: ['3.4', '1.1'], cells: [[null, null], [null, null]] });
		expect(m.map((t) => [t.code, t.outSum, t.inSum, t.secondOrder, t.rankOutSum])).toEqual([
			['3.4', 0, 0, 0, 2],
			['1.1', 0, 0, 0, 1]
		]);
		expect(targetMetrics({ codes: [], cells: [] })).toEqual([]);
		expect(scoredCount(distinct)).toBe(6);
		expect(scoredCount(ties)).toBe(5);
	});
});

describe('goalMatrix, worked by hand', () => {
	it('sums the cells between the targets of two goals and counts the scored ones', () => {
		const g = goalMatrix(distinct).cells;
		expect(g).toHaveLength(17);
		for (const row of g) expect(row).toHaveLength(17);
		// goal 1 on goal 1: 1.1→1.2 = 2, 1.2→1.1 = 0 (a scored 0 counts)
		expect(g[0]![0]).toEqual({ sum: 2, count: 2, positive: 2, negative: 0 });
		// goal 1 on goal 2: 1.1→2.1 = 1, 1.2→2.1 = −1
		expect(g[0]![1]).toEqual({ sum: 0, count: 2, positive: 1, negative: -1 });
		// goal 2 on goal 1: 2.1→1.1 = 3, 2.1→1.2 = 1
		expect(g[1]![0]).toEqual({ sum: 4, count: 2, positive: 4, negative: 0 });
		// goal 2 on itself: only the diagonal, never scored
		expect(g[1]![1]).toEqual({ sum: 0, count: 0, positive: 0, negative: 0 });
		expect(g[16]![16]).toEqual({ sum: 0, count: 0, positive: 0, negative: 0 });
	});

	it('leaves not-scored cells out of the count', () => {
		const g = goalMatrix(ties).cells;
		// goal 3 (3.d, 3.9) on goal 3: 3.d→3.9 not scored, 3.9→3.d = 1
		expect(g[2]![2]).toEqual({ sum: 1, count: 1, positive: 1, negative: 0 });
		// goal 10 on goal 3: 10.1→3.d = 3, 10.1→3.9 = −1
		expect(g[9]![2]).toEqual({ sum: 2, count: 2, positive: 3, negative: -1 });
		// goal 3 on goal 10: 3.d→10.1 = 2, 3.9→10.1 = 1
		expect(g[2]![9]).toEqual({ sum: 3, count: 2, positive: 3, negative: 0 });
	});
});

describe('properties on seeded random matrices', () => {
	const random = seededRandom(20_180_531);
	const cases = Array.from({ length: 60 }, (_, k) => randomMatrix(random, 1 + (k % 40), k % 3 === 0 ? 0 : 0.35));

	it('never throws, and totals agree: Σ out-sums = Σ in-sums = Σ of all cells', () => {
		for (const matrix of cases) {
			const metrics = targetMetrics(matrix);
			const cellTotal = matrix.cells.flat().reduce<number>((s, a) => s + (a ?? 0), 0);
			expect(metrics.reduce((s, m) => s + m.outSum, 0)).toBe(cellTotal);
			expect(metrics.reduce((s, m) => s + m.inSum, 0)).toBe(cellTotal);
			for (const m of metrics) {
				expect(m.outPositive + m.outNegative).toBe(m.outSum);
				expect(m.inPositive + m.inNegative).toBe(m.inSum);
				expect(m.outPositive).toBeGreaterThanOrEqual(0);
				expect(m.outNegative).toBeLessThanOrEqual(0);
				expect(m.inPositive).toBeGreaterThanOrEqual(0);
				expect(m.inNegative).toBeLessThanOrEqual(0);
			}
		}
	});

	it('computes second order as 0.5 × Σ_j a_ij × outSum_j', () => {
		for (const matrix of cases) {
			const metrics = targetMetrics(matrix);
			metrics.forEach((m, i) => {
				const expected = 0.5 * matrix.cells[i]!.reduce<number>((s, a, j) => s + (a ?? 0) * metrics[j]!.outSum, 0);
				expect(m.secondOrder).toBe(expected);
			});
		}
	});

	it('gives ranks 1 … n once each, in descending value with ties in SDG order', () => {
		for (const matrix of cases) {
			const metrics = targetMetrics(matrix);
			const keys = [
				['rankOutSum', 'outSum'],
				['rankInSum', 'inSum'],
				['rankSecondOrder', 'secondOrder']
			] as const;
			for (const [rank, value] of keys) {
				const ranked = [...metrics].sort((a, b) => a[rank] - b[rank]);
				expect(ranked.map((m) => m[rank])).toEqual(metrics.map((_, i) => i + 1));
				for (let k = 1; k < ranked.length; k++) {
					const [a, b] = [ranked[k - 1]!, ranked[k]!];
					expect(a[value]).toBeGreaterThanOrEqual(b[value]);
					if (a[value] === b[value]) expect(compareTargetCodes(a.code, b.code)).toBeLessThan(0);
				}
			}
		}
	});

	it('keeps goal-level totals equal to the target-level totals', () => {
		for (const matrix of cases) {
			const metrics = targetMetrics(matrix);
			const goals = goalMatrix(matrix).cells;
			const flat = goals.flat();
			expect(flat.reduce((s, c) => s + c.sum, 0)).toBe(metrics.reduce((s, m) => s + m.outSum, 0));
			expect(flat.reduce((s, c) => s + c.count, 0)).toBe(scoredCount(matrix));
			expect(flat.reduce((s, c) => s + c.positive, 0)).toBe(metrics.reduce((s, m) => s + m.outPositive, 0));
			expect(flat.reduce((s, c) => s + c.negative, 0)).toBe(metrics.reduce((s, m) => s + m.outNegative, 0));
			for (let g = 1; g <= 17; g++) {
				const ofGoal = metrics.filter((m) => parseTargetCode(m.code)!.goal === g);
				expect(goals[g - 1]!.reduce((s, c) => s + c.sum, 0)).toBe(ofGoal.reduce((s, m) => s + m.outSum, 0));
				expect(goals.reduce((s, row) => s + row[g - 1]!.sum, 0)).toBe(ofGoal.reduce((s, m) => s + m.inSum, 0));
			}
		}
	});

	it('reads back what it writes: CSV in either separator, with or without BOM, rows in any order', () => {
		cases.forEach((matrix, k) => {
			const rowOrder = matrix.codes.map((_, i) => i).reverse();
			const csv = toSeiCsv(matrix, { separator: k % 2 ? ';' : ',', bom: k % 3 === 1, newline: k % 4 ? '\n' : '\r\n', rowOrder });
			const parsed = parseSeiCsv(csv);
			expect(parsed.ok ? parsed.matrix : parsed.issues).toEqual(matrix);
		});
	});
});
