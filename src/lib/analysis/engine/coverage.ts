// Coverage: units × goals and units × targets (relevance and contributions), totals per goal, per target
// and per sustainability dimension. Weights are the contributions' strengths (1–3): positive = bidrar,
// negative = motverkar, summed as positive numbers.
import { GOAL_COUNT } from '#lib/domain/sdg-codes.js';
import type { AnalysisResult, Evidence, GoalCoverage, LevelCounts, TargetCoverage, UnitGoalCell, UnitTargetCell } from './types.js';
import { dimensionCoverage } from './dimensions.js';
import {
	EMPTY_EVIDENCE,
	GOAL_FIRST,
	NONE,
	TARGET_CODES,
	TARGET_COUNT,
	TARGET_GOAL,
	evidenceAt,
	listOf,
	type Model,
	type Rating
} from './model.js';

export type Coverage = AnalysisResult['coverage'];

function levelCounts(ratings: readonly Rating[]): LevelCounts {
	let ej_relevant = 0;
	let låg = 0;
	let medel = 0;
	let hög = 0;
	let vet_ej = 0;
	// Counted by name rather than `counts[level]`: a keyed write looks its key up first, a switch compares.
	for (let i = 0; i < ratings.length; i++) {
		switch (ratings[i]!.level) {
			case 'hög':
				hög++;
				break;
			case 'medel':
				medel++;
				break;
			case 'låg':
				låg++;
				break;
			case 'ej_relevant':
				ej_relevant++;
				break;
			case 'vet_ej':
				vet_ej++;
		}
	}
	return { ej_relevant, låg, medel, hög, vet_ej };
}

export function computeCoverage(model: Model): Coverage {
	const T = TARGET_COUNT;
	const U = model.units.length;
	const { targetRating, goalRating, cells, cellPositive, cellNegative } = model;
	const { unitGoalContributions, unitGoalRatings } = model;

	const unitGoals: UnitGoalCell[] = [];
	const unitTargets: UnitTargetCell[] = [];
	for (let u = 0; u < U; u++) {
		const unitId = model.units[u]!.id;
		for (let g = 1; g <= GOAL_COUNT; g++) {
			const goalRatingAt = goalRating[u * 17 + g - 1]!;
			let relevantTargets = 0;
			let positive = 0;
			let negative = 0;
			for (let t = GOAL_FIRST[g]!; t < GOAL_FIRST[g + 1]!; t++) {
				const cell = u * T + t;
				const r = targetRating[cell]!;
				if (r >= 0 && model.ratingRelevant[r]) relevantTargets++;
				positive += cellPositive[cell]!;
				negative += cellNegative[cell]!;
			}
			// Grouped in prepare, so both lists are in id order already.
			const contributions = listOf(unitGoalContributions, u * 17 + g - 1);
			unitGoals.push({
				unitId,
				goal: g,
				relevance: goalRatingAt >= 0 ? model.ratings[goalRatingAt]!.level : null,
				relevantTargets,
				positive,
				negative,
				contributions: contributions.length,
				evidence: evidenceAt(model, listOf(unitGoalRatings, u * 17 + g - 1), contributions)
			});
		}
		for (let t = 0; t < T; t++) {
			const cell = u * T + t;
			const r = targetRating[cell]!;
			const first = cells.start[cell]!;
			const count = cells.start[cell + 1]! - first;
			if (r < 0 && count === 0) continue;
			unitTargets.push({
				unitId,
				code: TARGET_CODES[t]!,
				relevance: r >= 0 ? model.ratings[r]!.level : null,
				positive: cellPositive[cell]!,
				negative: cellNegative[cell]!,
				contributions: count,
				evidence: cellEvidence(model, r, first, count)
			});
		}
	}

	const seenUnit = new Uint8Array(U);
	const seenIndicator = new Uint8Array(model.contributions.length);
	const targets: TargetCoverage[] = [];
	for (let t = 0; t < T; t++) {
		const ratings = model.targetRatings[t]!;
		const levels = levelCounts(ratings);
		const positive = listOf(model.positive, t);
		const negative = listOf(model.negative, t);
		let unitsContributing = 0;
		let positiveSum = 0;
		for (let i = 0; i < positive.length; i++) {
			const c = positive[i]!;
			positiveSum += model.cStrength[c]!;
			const unit = model.cUnit[c]!;
			if (!seenUnit[unit]) {
				seenUnit[unit] = 1;
				unitsContributing++;
			}
		}
		for (let i = 0; i < positive.length; i++) seenUnit[model.cUnit[positive[i]!]!] = 0;
		let negativeSum = 0;
		for (let i = 0; i < negative.length; i++) negativeSum += model.cStrength[negative[i]!]!;
		targets.push({
			code: TARGET_CODES[t]!,
			goal: TARGET_GOAL[t]!,
			levels,
			unitsRelevant: levels.medel + levels.hög,
			unitsPrioritised: levels.hög,
			unitsContributing,
			positive: positiveSum,
			negative: negativeSum,
			contributions: positive.length + negative.length,
			indicators: distinctIndicators(model, [positive, negative], seenIndicator)
		});
	}

	// The units contributing positively to each goal.
	const unitsByGoal = new Map<number, Set<string>>();
	for (let g = 1; g <= GOAL_COUNT; g++) unitsByGoal.set(g, new Set());
	for (let u = 0; u < U; u++) {
		for (let t = 0; t < T; t++) if (cellPositive[u * T + t]! > 0) unitsByGoal.get(TARGET_GOAL[t]!)!.add(model.units[u]!.id);
	}

	const goals: GoalCoverage[] = [];
	for (let g = 1; g <= GOAL_COUNT; g++) {
		const ratings: Rating[] = [];
		for (let u = 0; u < U; u++) {
			const r = goalRating[u * 17 + g - 1]!;
			if (r >= 0) ratings.push(model.ratings[r]!);
		}
		const levels = levelCounts(ratings);
		let positive = 0;
		let negative = 0;
		let contributions = 0;
		let targetsCovered = 0;
		for (let t = GOAL_FIRST[g]!; t < GOAL_FIRST[g + 1]!; t++) {
			const cov = targets[t]!;
			positive += cov.positive;
			negative += cov.negative;
			contributions += cov.contributions;
			if (cov.positive > 0) targetsCovered++;
		}
		goals.push({
			goal: g,
			levels,
			unitsRelevant: levels.medel + levels.hög,
			unitsContributing: unitsByGoal.get(g)!.size,
			positive,
			negative,
			contributions,
			targetsCovered,
			targetsTotal: GOAL_FIRST[g + 1]! - GOAL_FIRST[g]!
		});
	}

	return {
		unitGoals,
		unitTargets,
		goals,
		targets,
		dimensions: dimensionCoverage(model.dimensions, goals, unitsByGoal),
		totals: {
			units: U,
			activities: model.activityCount,
			contributions: model.contributions.length,
			relevantTargets: targets.filter((t) => t.unitsRelevant > 0).length,
			coveredTargets: targets.filter((t) => t.positive > 0).length
		}
	};
}

/** Evidence of a unit × target cell: its rating (position, or -1) and its `count` contributions from `first` in model.cells. */
function cellEvidence(model: Model, rating: number, first: number, count: number): Evidence {
	const relevance = rating < 0 ? NONE : [model.ratings[rating]!.id];
	if (count === 0) return rating < 0 ? EMPTY_EVIDENCE : { relevance, contributions: NONE, activities: NONE, interactions: NONE };
	if (count === 1) {
		const c = model.cells.items[first]!;
		return { relevance, contributions: [model.contributionIds[c]!], activities: [model.activityIds[model.cActivity[c]!]!], interactions: NONE };
	}
	const { contributions, activities } = evidenceAt(model, null, model.cells.items.subarray(first, first + count));
	return { relevance, contributions, activities, interactions: NONE };
}

/** Distinct indicators named on some lists of contributions; `seen` (one slot per indicator number) is handed back all zero. */
function distinctIndicators(model: Model, lists: readonly Int32Array[], seen: Uint8Array): number {
	const marked: number[] = [];
	for (const list of lists) {
		for (let i = 0; i < list.length; i++) {
			const k = model.cIndicator[list[i]!]!;
			if (k < 0 || seen[k]) continue;
			seen[k] = 1;
			marked.push(k);
		}
	}
	for (const k of marked) seen[k] = 0;
	return marked.length;
}
