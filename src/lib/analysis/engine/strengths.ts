// Strengths: relevant targets several units contribute to, and goals with broad support (several units
// contributing to several of its targets). Weighted by the positive sum.
import { GOAL_COUNT } from '#lib/domain/sdg-codes.js';
import type { Finding } from './types.js';
import { GOAL_FIRST, TARGET_CODES, TARGET_COUNT, evidenceAt, finding, isRelevant, listOf, ratingPositions, strengthOf, unitIdsOf, unitNames, unitsOf, type Model } from './model.js';

export function findStrengths(model: Model): Finding[] {
	const out: Finding[] = [];
	const seen = new Uint8Array(model.units.length);
	for (let t = 0; t < TARGET_COUNT; t++) {
		const positiveList = listOf(model.positive, t);
		if (positiveList.length < 2) continue;
		const relevant = model.targetRatings[t]!.filter((r) => isRelevant(r.level));
		if (relevant.length === 0) continue;
		const units = unitsOf(model, positiveList, seen);
		if (units.length < 2) continue;
		const positive = strengthOf(model, positiveList);
		const code = TARGET_CODES[t]!;
		out.push(
			finding({
				key: `strength:target:${code}`,
				kind: 'strength',
				type: 'strongTarget',
				weight: positive,
				unitIds: unitIdsOf(model, units),
				targetCodes: [code],
				evidence: evidenceAt(model, ratingPositions(relevant), positiveList),
				message: { key: 'finding.strength.target', params: { target: code, units: unitNames(model, units), positive } }
			})
		);
	}
	for (let goal = 1; goal <= GOAL_COUNT; goal++) {
		const covered: string[] = [];
		for (let t = GOAL_FIRST[goal]!; t < GOAL_FIRST[goal + 1]!; t++) if (listOf(model.positive, t).length > 0) covered.push(TARGET_CODES[t]!);
		if (covered.length < 2) continue;
		// The goal's targets are consecutive numbers, so their lists lie side by side.
		const { start, items } = model.positive;
		const contributions = items.subarray(start[GOAL_FIRST[goal]!]!, start[GOAL_FIRST[goal + 1]!]!);
		const units = unitsOf(model, contributions, seen);
		if (units.length < 2) continue;
		const positive = strengthOf(model, contributions);
		out.push(
			finding({
				key: `strength:goal:${goal}`,
				kind: 'strength',
				type: 'strongGoal',
				weight: positive,
				unitIds: unitIdsOf(model, units),
				targetCodes: covered,
				goals: [goal],
				evidence: evidenceAt(model, null, contributions),
				message: {
					key: 'finding.strength.goal',
					params: { goal, count: units.length, covered: covered.length, total: GOAL_FIRST[goal + 1]! - GOAL_FIRST[goal]!, positive }
				}
			})
		);
	}
	return out;
}
