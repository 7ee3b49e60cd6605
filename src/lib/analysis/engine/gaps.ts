// Gaps: relevant targets nothing contributes to, targets only counteracted, relevant targets whose contributions
// name no indicator, targets nobody addresses, and goals whose relevant targets rest on a single unit.
// Weights put what units prioritise first: a unit's hög counts 2, medel 1 (see README.md).
import { GOAL_COUNT } from '#lib/domain/sdg-codes.js';
import type { Finding } from './types.js';
import {
	GOAL_FIRST,
	appendTo,
	TARGET_CODES,
	TARGET_COUNT,
	TARGET_GOAL,
	evidenceAt,
	finding,
	isAddressing,
	isRelevant,
	listOf,
	priorityOf,
	ratingPositions,
	strengthOf,
	unitIdsOf,
	unitNames,
	unitsOf,
	type Model,
	type Rating
} from './model.js';

export function findGaps(model: Model): Finding[] {
	const out: Finding[] = [];
	const withoutIndicator = new Map<number, number[]>();
	const unaddressed = new Map<number, number[]>();
	const relevantOf: Rating[][] = [];
	const seen = new Uint8Array(model.units.length);

	for (let t = 0; t < TARGET_COUNT; t++) {
		const ratings = model.targetRatings[t]!;
		const relevant = ratings.filter((r) => isRelevant(r.level));
		relevantOf.push(relevant);
		const positive = listOf(model.positive, t);
		const negative = listOf(model.negative, t);
		const priority = relevant.reduce((s, r) => s + priorityOf(r.level), 0);
		const hasContribution = positive.length + negative.length > 0;
		const code = TARGET_CODES[t]!;
		const relevantUnits = relevant.map((r) => r.unit);

		if (relevant.length > 0 && !hasContribution) {
			out.push(
				finding({
					key: `gap:noContribution:${code}`,
					kind: 'gap',
					type: 'relevantWithoutContribution',
					weight: priority,
					unitIds: unitIdsOf(model, relevantUnits),
					targetCodes: [code],
					evidence: evidenceAt(model, ratingPositions(relevant), null),
					message: { key: 'finding.gap.noContribution', params: { target: code, units: unitNames(model, relevantUnits) } }
				})
			);
		}

		if (negative.length > 0 && positive.length === 0) {
			const activities = new Set<number>();
			for (let i = 0; i < negative.length; i++) activities.add(model.cActivity[negative[i]!]!);
			out.push(
				finding({
					key: `gap:onlyNegative:${code}`,
					kind: 'gap',
					type: 'onlyNegative',
					weight: strengthOf(model, negative) + priority,
					unitIds: unitIdsOf(model, [...unitsOf(model, negative, seen), ...relevantUnits]),
					targetCodes: [code],
					evidence: evidenceAt(model, ratingPositions(relevant), negative),
					message: { key: 'finding.gap.onlyNegative', params: { target: code, activities: [...activities].map((a) => activityLabel(model, a)).sort(collator.compare) } }
				})
			);
		}

		if (relevant.length > 0 && positive.length > 0 && !namesIndicator(model, positive) && !namesIndicator(model, negative)) push(withoutIndicator, TARGET_GOAL[t]!, t);

		if (!hasContribution && !ratings.some((r) => isAddressing(r.level))) push(unaddressed, TARGET_GOAL[t]!, t);
	}

	const buffer = new Int32Array(model.contributions.length);
	for (let goal = 1; goal <= GOAL_COUNT; goal++) {
		const first = GOAL_FIRST[goal]!;
		const end = GOAL_FIRST[goal + 1]!;

		const noIndicator = withoutIndicator.get(goal);
		if (noIndicator) {
			let n = 0;
			const relevant: Rating[] = [];
			for (const t of noIndicator) {
				n = appendTo(buffer, n, listOf(model.positive, t));
				n = appendTo(buffer, n, listOf(model.negative, t));
				relevant.push(...relevantOf[t]!);
			}
			const contributions = buffer.subarray(0, n);
			const codes = noIndicator.map((t) => TARGET_CODES[t]!);
			out.push(
				finding({
					key: `gap:noIndicator:${goal}`,
					kind: 'gap',
					type: 'withoutIndicator',
					weight: 0.5 * noIndicator.length,
					unitIds: unitIdsOf(model, unitsOf(model, contributions, seen)),
					targetCodes: codes,
					evidence: evidenceAt(model, ratingPositions(relevant), contributions),
					message: { key: 'finding.gap.noIndicator', params: { targets: codes } }
				})
			);
		}

		const nobody = unaddressed.get(goal);
		if (nobody) {
			const whole = nobody.length === end - first;
			const codes = nobody.map((t) => TARGET_CODES[t]!);
			out.push(
				finding({
					key: `gap:unaddressed:${goal}`,
					kind: 'gap',
					type: 'unaddressed',
					weight: whole ? 1 : 0.5,
					unitIds: [],
					targetCodes: codes,
					goals: [goal],
					evidence: evidenceAt(model, ratingPositions(nobody.flatMap((t) => model.targetRatings[t]!)), null),
					message: whole
						? { key: 'finding.gap.unaddressedGoal', params: { goal, targets: codes } }
						: { key: codes.length === 1 ? 'finding.gap.unaddressedTargets.one' : 'finding.gap.unaddressedTargets.many', params: { goal, targets: codes } }
				})
			);
		}

		// Fragile: meaningful only where there are several units to share the work.
		if (model.units.length < 2) continue;
		const relevantTargets: number[] = [];
		let n = 0;
		for (let t = first; t < end; t++) {
			if (relevantOf[t]!.length === 0) continue;
			relevantTargets.push(t);
			n = appendTo(buffer, n, listOf(model.positive, t));
		}
		const positive = buffer.subarray(0, n);
		const contributors = unitsOf(model, positive, seen);
		if (contributors.length === 1) {
			const codes = relevantTargets.map((t) => TARGET_CODES[t]!);
			out.push(
				finding({
					key: `gap:fragile:${goal}`,
					kind: 'gap',
					type: 'fragileGoal',
					weight: relevantTargets.length,
					unitIds: [model.units[contributors[0]!]!.id],
					targetCodes: codes,
					goals: [goal],
					evidence: evidenceAt(model, ratingPositions(relevantTargets.flatMap((t) => relevantOf[t]!)), positive),
					message: { key: 'finding.gap.fragileGoal', params: { goal, unit: unitNames(model, contributors)[0]!, targets: codes } }
				})
			);
		}
	}
	return out;
}

const collator = new Intl.Collator('sv');


function namesIndicator(model: Model, contributions: Int32Array): boolean {
	for (let i = 0; i < contributions.length; i++) if (model.cIndicator[contributions[i]!]! >= 0) return true;
	return false;
}

/** "Hemtjänst i egen regi (Socialnämnden)". */
function activityLabel(model: Model, activity: number): string {
	const found = model.activityAt[activity];
	if (!found) return model.activityIds[activity]!;
	const unit = model.unitIndex.get(found.unitId);
	return unit === undefined ? found.name : `${found.name} (${model.units[unit]!.name})`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
