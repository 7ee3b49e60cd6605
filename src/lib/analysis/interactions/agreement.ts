// Several scorers per cell: how far they agree, which score counts, and the matrix the agreed scores make.
import type { CellAgreement, InteractionMatrix, InteractionScore, ScoredCell, ScorerScore } from './types.js';

/** Count, min, max, mean, spread and whether the scorers disagree in sign. */
export function cellAgreement(scores: readonly ScorerScore[]): CellAgreement {
	if (scores.length === 0) {
		return { count: 0, min: null, max: null, mean: null, spread: 0, unanimous: false, signDisagreement: false };
	}
	let min = scores[0]!.score;
	let max = min;
	let sum = 0;
	for (const { score } of scores) {
		if (score < min) min = score;
		if (score > max) max = score;
		sum += score;
	}
	return {
		count: scores.length,
		min,
		max,
		mean: sum / scores.length,
		spread: max - min,
		unanimous: min === max,
		signDisagreement: min < 0 && max > 0
	};
}

/**
 * The score a cell counts with in the metrics: the score the group settled on; while none is settled,
 * the scorers' common score when they are unanimous; otherwise null (not scored yet — a disagreement is
 * information to discuss, not something to average away).
 */
export function agreedScore(cell: ScoredCell): InteractionScore | null {
	if (cell.agreed) return cell.agreed.score;
	const a = cellAgreement(cell.scores);
	return a.unanimous ? a.min : null;
}

/**
 * The matrix of agreed scores over `codes` (in that order). Cells for a pair outside `codes`, or for a
 * target on itself, are a caller's mistake and throw; pairs without a cell stay not scored.
 */
export function matrixFromScoredCells(codes: readonly string[], cells: readonly ScoredCell[]): InteractionMatrix {
	const index = new Map<string, number>();
	codes.forEach((code, i) => {
		if (index.has(code)) throw new RangeError(`Duplicate target code ${code}`);
		index.set(code, i);
	});
	const grid: (InteractionScore | null)[][] = codes.map(() => codes.map(() => null));
	for (const cell of cells) {
		const i = index.get(cell.from);
		const j = index.get(cell.to);
		if (i === undefined || j === undefined) throw new RangeError(`Cell ${cell.from} → ${cell.to} is outside the matrix`);
		if (i === j) throw new RangeError(`Cell ${cell.from} → ${cell.to} is on the diagonal`);
		grid[i]![j] = agreedScore(cell);
	}
	return { codes: [...codes], cells: grid };
}
