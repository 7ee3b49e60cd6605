// Goal-level aggregation of an interaction matrix: 17 × 17 cells, each the scores from the targets of one
// goal (rows) on the targets of another (columns), including a goal's targets on each other.
import { GOAL_COUNT, parseTargetCode } from '#lib/domain/sdg-codes.js';
import type { GoalCell, GoalMatrix, InteractionMatrix } from './types.js';

interface MutableGoalCell {
	sum: number;
	count: number;
	positive: number;
	negative: number;
}

/** Always 17 × 17; goals without targets in the matrix have empty rows and columns (count 0). */
export function goalMatrix(matrix: InteractionMatrix): GoalMatrix {
	const cells: MutableGoalCell[][] = Array.from({ length: GOAL_COUNT }, () =>
		Array.from({ length: GOAL_COUNT }, () => ({ sum: 0, count: 0, positive: 0, negative: 0 }))
	);
	const goalIndex = matrix.codes.map((code) => {
		const parts = parseTargetCode(code);
		if (!parts) throw new RangeError(`Not a target code: ${code}`);
		return parts.goal - 1;
	});
	matrix.cells.forEach((row, i) => {
		const goalRow = cells[goalIndex[i]!]!;
		row.forEach((a, j) => {
			if (a === null) return;
			const cell = goalRow[goalIndex[j]!]!;
			cell.sum += a;
			cell.count += 1;
			if (a > 0) cell.positive += a;
			else if (a < 0) cell.negative += a;
		});
	});
	return { cells: cells as readonly (readonly GoalCell[])[] };
}
