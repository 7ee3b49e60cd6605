// Sustainability dimensions: the default grouping of the goals (the Stockholm Resilience Centre's "wedding
// cake") and the coverage of each dimension, summed over its goals.
import { dimensions as dimensionList } from '#lib/domain/mapping.js';
import type { DimensionCoverage, DimensionGrouping, GoalCoverage } from './types.js';

/** Biosphere 6, 13, 14, 15; society 1–5, 7, 11, 16; economy 8, 9, 10, 12; goal 17 in all three. */
export const DEFAULT_DIMENSIONS: DimensionGrouping = Object.freeze({
	ekologisk: Object.freeze([6, 13, 14, 15, 17]),
	social: Object.freeze([1, 2, 3, 4, 5, 7, 11, 16, 17]),
	ekonomisk: Object.freeze([8, 9, 10, 12, 17])
});

/**
 * One row per dimension (social, ekologisk, ekonomisk): the goals' sums. `unitsContributing` counts each
 * unit once per dimension, from `unitsByGoal` (the units contributing positively to each goal).
 */
export function dimensionCoverage(
	grouping: DimensionGrouping,
	goals: readonly GoalCoverage[],
	unitsByGoal: ReadonlyMap<number, ReadonlySet<string>>
): DimensionCoverage[] {
	return dimensionList.map((dimension) => {
		const members = [...new Set(grouping[dimension] ?? [])].filter((g) => Number.isInteger(g) && g >= 1 && g <= 17).sort((a, b) => a - b);
		const units = new Set<string>();
		let positive = 0;
		let negative = 0;
		let contributions = 0;
		let targetsCovered = 0;
		let targetsTotal = 0;
		for (const g of members) {
			const cov = goals[g - 1]!;
			positive += cov.positive;
			negative += cov.negative;
			contributions += cov.contributions;
			targetsCovered += cov.targetsCovered;
			targetsTotal += cov.targetsTotal;
			for (const u of unitsByGoal.get(g) ?? []) units.add(u);
		}
		return { dimension, goals: members, unitsContributing: units.size, positive, negative, contributions, targetsCovered, targetsTotal };
	});
}
