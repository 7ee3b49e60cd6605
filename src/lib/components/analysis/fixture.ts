// A small analysis result for the chart specs: three units, a few goals with contributions, two shared
// targets and a scored interaction network. Used by the specs only.
import type { NetworkEdge, UnitGoalCell, UnitSynergyMatrix, GoalCoverage } from '#lib/analysis/engine/types.js';
import type { InteractionMatrix } from '#lib/analysis/interactions/types.js';
import { targetMetrics } from '#lib/analysis/interactions/metrics.js';
import { GOAL_COUNT } from '#lib/domain/sdg-codes.js';
import { targets } from '#lib/sdg/catalogue.js';

const noEvidence = { relevance: [], contributions: [], activities: [], interactions: [] };

export const units = [
	{ id: 'u-ks', name: 'Kommunstyrelsen' },
	{ id: 'u-soc', name: 'Socialnämnden' },
	{ id: 'u-bn', name: 'Barn- och ungdomsnämnden' }
];

function cell(unitId: string, goal: number, positive: number, negative = 0, relevance: UnitGoalCell['relevance'] = null): UnitGoalCell {
	return { unitId, goal, relevance, relevantTargets: 0, positive, negative, contributions: positive + negative > 0 ? 1 : 0, evidence: noEvidence };
}

/** Row-major units × goals, as the engine gives it; only the listed cells are non-empty. */
export const unitGoals: UnitGoalCell[] = units.flatMap((u) =>
	Array.from({ length: GOAL_COUNT }, (_, i) => {
		const goal = i + 1;
		if (u.id === 'u-ks' && goal === 11) return cell(u.id, goal, 6, 0, 'hög');
		if (u.id === 'u-ks' && goal === 13) return cell(u.id, goal, 3, 2, 'medel');
		if (u.id === 'u-soc' && goal === 3) return cell(u.id, goal, 9, 0, 'hög');
		if (u.id === 'u-soc' && goal === 10) return cell(u.id, goal, 4, 0, 'låg');
		if (u.id === 'u-bn' && goal === 4) return cell(u.id, goal, 8, 0, 'hög');
		return cell(u.id, goal, 0);
	})
);

export const goalCoverage: GoalCoverage[] = Array.from({ length: GOAL_COUNT }, (_, i) => {
	const goal = i + 1;
	const total = targets(goal).length;
	const covered = goal === 3 ? 4 : goal === 4 ? total : goal === 11 ? 2 : 0;
	const zero = { ej_relevant: 0, låg: 0, medel: 0, hög: 0, vet_ej: 0 };
	return { goal, levels: zero, unitsRelevant: 0, unitsContributing: covered ? 1 : 0, positive: covered * 2, negative: 0, contributions: covered, targetsCovered: covered, targetsTotal: total };
});

export const unitSynergy: UnitSynergyMatrix = {
	unitIds: units.map((u) => u.id),
	weight: [
		[0, 3, 1],
		[3, 0, 0],
		[1, 0, 0]
	],
	targets: [
		[[], ['3.5', '11.2'], ['4.7']],
		[['3.5', '11.2'], [], []],
		[['4.7'], [], []]
	]
};

export const matrix: InteractionMatrix = {
	codes: ['3.4', '4.7', '11.2', '13.2'],
	cells: [
		[null, 2, null, null],
		[1, null, null, 2],
		[null, null, null, -2],
		[null, null, 1, null]
	]
};

export const metrics = targetMetrics(matrix);

export const edges: NetworkEdge[] = matrix.codes.flatMap((from, i) =>
	matrix.codes.flatMap((to, j) => {
		const score = matrix.cells[i]![j];
		return score ? [{ from, to, score, id: `${from}>${to}` }] : [];
	})
);
