// Coverage: units × goals and units × targets (relevance and contributions), totals per goal, per target
// and per sustainability dimension. Weights are the contributions' strengths (1–3): positive = bidrar,
// negative = motverkar, summed as positive numbers.
import { GOAL_COUNT } from '#lib/domain/sdg-codes.js';
import { relevanceLevels, type RelevanceLevel } from '#lib/domain/mapping.js';
import type { AnalysisContribution, AnalysisResult, GoalCoverage, LevelCounts, TargetCoverage, UnitGoalCell, UnitTargetCell } from './types.js';
import { dimensionCoverage } from './dimensions.js';
import { distinctUnits, evidence, isRelevant, sumStrength, type Model, type Rating } from './model.js';

export type Coverage = AnalysisResult['coverage'];

function levelCounts(ratings: Iterable<Rating>): LevelCounts {
	const counts = Object.fromEntries(relevanceLevels.map((l) => [l, 0])) as Record<RelevanceLevel, number>;
	for (const r of ratings) counts[r.level] += 1;
	return counts;
}

interface CellSums {
	positive: number;
	negative: number;
	contributions: AnalysisContribution[];
}

function emptySums(): CellSums {
	return { positive: 0, negative: 0, contributions: [] };
}

function add(sums: CellSums, c: AnalysisContribution): void {
	if (c.direction === 'bidrar') sums.positive += c.strength;
	else sums.negative += c.strength;
	sums.contributions.push(c);
}

export function computeCoverage(model: Model): Coverage {
	const goalNumbers = Array.from({ length: GOAL_COUNT }, (_, i) => i + 1);

	// Per unit × target and unit × goal sums, in one pass over the contributions.
	const unitTarget = new Map<string, Map<string, CellSums>>();
	const unitGoal = new Map<string, CellSums[]>();
	for (const u of model.units) {
		unitTarget.set(u.id, new Map());
		unitGoal.set(u.id, goalNumbers.map(emptySums));
	}
	for (const c of model.contributions) {
		const forUnit = unitTarget.get(c.unitId)!;
		const cell = forUnit.get(c.targetCode) ?? emptySums();
		forUnit.set(c.targetCode, cell);
		add(cell, c);
		add(unitGoal.get(c.unitId)![model.targetByCode.get(c.targetCode)!.goal - 1]!, c);
	}

	const unitGoals: UnitGoalCell[] = [];
	const unitTargets: UnitTargetCell[] = [];
	for (const u of model.units) {
		const goalRatings = model.goalRatings.get(u.id);
		const targetRatings = model.targetRatings.get(u.id);
		const sums = unitGoal.get(u.id)!;
		const byGoal = goalNumbers.map((): Rating[] => []);
		for (const r of targetRatings?.values() ?? []) byGoal[model.targetByCode.get(r.code)!.goal - 1]!.push(r);
		for (const g of goalNumbers) {
			const goalRating = goalRatings?.get(g) ?? null;
			const ratingsOfGoal = byGoal[g - 1]!;
			const cell = sums[g - 1]!;
			unitGoals.push({
				unitId: u.id,
				goal: g,
				relevance: goalRating?.level ?? null,
				relevantTargets: ratingsOfGoal.filter((r) => isRelevant(r.level)).length,
				positive: cell.positive,
				negative: cell.negative,
				contributions: cell.contributions.length,
				evidence: evidence(model, {
					relevance: goalRating ? [goalRating, ...ratingsOfGoal] : ratingsOfGoal,
					contributions: cell.contributions
				})
			});
		}
		const cells = unitTarget.get(u.id)!;
		for (const t of model.targets) {
			const rating = targetRatings?.get(t.code) ?? null;
			const cell = cells.get(t.code);
			if (!rating && !cell) continue;
			unitTargets.push({
				unitId: u.id,
				code: t.code,
				relevance: rating?.level ?? null,
				positive: cell?.positive ?? 0,
				negative: cell?.negative ?? 0,
				contributions: cell?.contributions.length ?? 0,
				evidence: evidence(model, { relevance: rating ? [rating] : [], contributions: cell?.contributions ?? [] })
			});
		}
	}

	const targets: TargetCoverage[] = model.targets.map((t) => ({
		code: t.code,
		goal: t.goal,
		levels: levelCounts(t.ratings),
		unitsRelevant: t.ratings.filter((r) => isRelevant(r.level)).length,
		unitsPrioritised: t.ratings.filter((r) => r.level === 'hög').length,
		unitsContributing: distinctUnits(t.positive).size,
		positive: sumStrength(t.positive),
		negative: sumStrength(t.negative),
		contributions: t.positive.length + t.negative.length,
		indicators: new Set([...t.positive, ...t.negative].flatMap((c) => (c.indicator ? [`${c.indicator.kind}:${c.indicator.ref}`] : []))).size
	}));

	const unitsByGoal = new Map<number, Set<string>>();
	for (const t of model.targets) {
		const set = unitsByGoal.get(t.goal) ?? new Set<string>();
		unitsByGoal.set(t.goal, set);
		for (const c of t.positive) set.add(c.unitId);
	}

	const goals: GoalCoverage[] = goalNumbers.map((g) => {
		const ofGoal = targets.filter((t) => t.goal === g);
		const ratings = model.units.flatMap((u) => {
			const r = model.goalRatings.get(u.id)?.get(g);
			return r ? [r] : [];
		});
		return {
			goal: g,
			levels: levelCounts(ratings),
			unitsRelevant: ratings.filter((r) => isRelevant(r.level)).length,
			unitsContributing: unitsByGoal.get(g)?.size ?? 0,
			positive: ofGoal.reduce((s, t) => s + t.positive, 0),
			negative: ofGoal.reduce((s, t) => s + t.negative, 0),
			contributions: ofGoal.reduce((s, t) => s + t.contributions, 0),
			targetsCovered: ofGoal.filter((t) => t.positive > 0).length,
			targetsTotal: ofGoal.length
		};
	});

	return {
		unitGoals,
		unitTargets,
		goals,
		targets,
		dimensions: dimensionCoverage(model.dimensions, goals, unitsByGoal),
		totals: {
			units: model.units.length,
			activities: model.activityById.size,
			contributions: model.contributions.length,
			relevantTargets: targets.filter((t) => t.unitsRelevant > 0).length,
			coveredTargets: targets.filter((t) => t.positive > 0).length
		}
	};
}
