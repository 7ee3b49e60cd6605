// Metrics per target of an interaction matrix: row and column sums with their positive and negative
// parts, second-order influence and ranks. Not-scored cells count as 0. Every value is a sum of integers
// or half of one, so the numbers are exact and returned unrounded.
import { compareTargetCodes } from '#lib/domain/sdg-codes.js';
import type { InteractionMatrix, TargetMetrics } from './types.js';

/**
 * Ranks 1 … n for `values[i]` of `codes[i]`: 1 = highest value; equal values are ranked in SDG order
 * (goal, then target number, lettered targets after numbered ones), so every rank is used exactly once.
 */
export function rankDescending(codes: readonly string[], values: readonly number[]): number[] {
	const order = codes.map((_, i) => i);
	order.sort((a, b) => values[b]! - values[a]! || compareTargetCodes(codes[a]!, codes[b]!));
	const ranks = new Array<number>(codes.length);
	order.forEach((i, position) => (ranks[i] = position + 1));
	return ranks;
}

/** The metrics of every target, in the matrix's order. */
export function targetMetrics(matrix: InteractionMatrix): TargetMetrics[] {
	const { codes, cells } = matrix;
	const n = codes.length;
	const outSum = new Array<number>(n).fill(0);
	const inSum = new Array<number>(n).fill(0);
	const outPositive = new Array<number>(n).fill(0);
	const outNegative = new Array<number>(n).fill(0);
	const inPositive = new Array<number>(n).fill(0);
	const inNegative = new Array<number>(n).fill(0);
	for (let i = 0; i < n; i++) {
		const row = cells[i]!;
		for (let j = 0; j < n; j++) {
			const a = row[j] ?? 0;
			if (a === 0) continue;
			outSum[i]! += a;
			inSum[j]! += a;
			if (a > 0) {
				outPositive[i]! += a;
				inPositive[j]! += a;
			} else {
				outNegative[i]! += a;
				inNegative[j]! += a;
			}
		}
	}
	// Second order: how much a target pushes the targets that themselves push others.
	const secondOrder = new Array<number>(n).fill(0);
	for (let i = 0; i < n; i++) {
		const row = cells[i]!;
		let s = 0;
		for (let j = 0; j < n; j++) s += (row[j] ?? 0) * outSum[j]!;
		secondOrder[i] = 0.5 * s;
	}
	const rankOut = rankDescending(codes, outSum);
	const rankIn = rankDescending(codes, inSum);
	const rankSecond = rankDescending(codes, secondOrder);
	return codes.map((code, i) => ({
		code,
		outSum: outSum[i]!,
		inSum: inSum[i]!,
		outPositive: outPositive[i]!,
		outNegative: outNegative[i]!,
		inPositive: inPositive[i]!,
		inNegative: inNegative[i]!,
		secondOrder: secondOrder[i]!,
		rankOutSum: rankOut[i]!,
		rankInSum: rankIn[i]!,
		rankSecondOrder: rankSecond[i]!
	}));
}

/** Number of scored cells (the diagonal is never scored). */
export function scoredCount(matrix: InteractionMatrix): number {
	let count = 0;
	for (const row of matrix.cells) for (const a of row) if (a !== null) count++;
	return count;
}
