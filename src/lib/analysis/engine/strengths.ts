// Strengths: relevant targets several units contribute to, and goals with broad support (several units
// contributing to several of its targets). Weighted by the positive sum.
import { GOAL_COUNT } from '#lib/domain/sdg-codes.js';
import type { Finding } from './types.js';
import { distinctUnits, evidence, finding, isRelevant, sumStrength, unitNames, type Model } from './model.js';

export function findStrengths(model: Model): Finding[] {
	const out: Finding[] = [];
	for (const t of model.targets) {
		const relevant = t.ratings.filter((r) => isRelevant(r.level));
		const units = distinctUnits(t.positive);
		if (relevant.length === 0 || units.size < 2) continue;
		const positive = sumStrength(t.positive);
		out.push(
			finding({
				key: `strength:target:${t.code}`,
				kind: 'strength',
				type: 'strongTarget',
				weight: positive,
				unitIds: units,
				targetCodes: [t.code],
				evidence: evidence(model, { relevance: relevant, contributions: t.positive }),
				message: { key: 'finding.strength.target', params: { target: t.code, units: unitNames(model, units), positive } }
			})
		);
	}
	for (let goal = 1; goal <= GOAL_COUNT; goal++) {
		const ofGoal = model.targets.filter((t) => t.goal === goal);
		const covered = ofGoal.filter((t) => t.positive.length > 0);
		const contributions = covered.flatMap((t) => t.positive);
		const units = distinctUnits(contributions);
		if (units.size < 2 || covered.length < 2) continue;
		const positive = sumStrength(contributions);
		out.push(
			finding({
				key: `strength:goal:${goal}`,
				kind: 'strength',
				type: 'strongGoal',
				weight: positive,
				unitIds: units,
				targetCodes: covered.map((t) => t.code),
				goals: [goal],
				evidence: evidence(model, { contributions }),
				message: {
					key: 'finding.strength.goal',
					params: { goal, count: units.size, covered: covered.length, total: ofGoal.length, positive }
				}
			})
		);
	}
	return out;
}
