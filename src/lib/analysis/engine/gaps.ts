// Gaps: relevant targets nothing contributes to, targets only counteracted, relevant targets whose contributions
// name no indicator, targets nobody addresses, and goals whose relevant targets rest on a single unit.
// Weights put what units prioritise first: a unit's hög counts 2, medel 1 (see README.md).
import { GOAL_COUNT } from '#lib/domain/sdg-codes.js';
import type { Finding } from './types.js';
import { ADDRESSED_LEVELS, distinctUnits, evidence, finding, isRelevant, priorityOf, sumStrength, unitNames, type Model, type TargetFacts } from './model.js';

export function findGaps(model: Model): Finding[] {
	const out: Finding[] = [];
	const withoutIndicator = new Map<number, TargetFacts[]>();
	const unaddressed = new Map<number, TargetFacts[]>();

	for (const t of model.targets) {
		const relevant = t.ratings.filter((r) => isRelevant(r.level));
		const priority = relevant.reduce((s, r) => s + priorityOf(r.level), 0);
		const hasContribution = t.positive.length + t.negative.length > 0;

		if (relevant.length > 0 && !hasContribution) {
			out.push(
				finding({
					key: `gap:noContribution:${t.code}`,
					kind: 'gap',
					type: 'relevantWithoutContribution',
					weight: priority,
					unitIds: relevant.map((r) => r.unitId),
					targetCodes: [t.code],
					evidence: evidence(model, { relevance: relevant }),
					message: { key: 'finding.gap.noContribution', params: { target: t.code, units: unitNames(model, relevant.map((r) => r.unitId)) } }
				})
			);
		}

		if (t.negative.length > 0 && t.positive.length === 0) {
			const activities = [...new Set(t.negative.map((c) => c.activityId))].map((id) => activityLabel(model, id));
			out.push(
				finding({
					key: `gap:onlyNegative:${t.code}`,
					kind: 'gap',
					type: 'onlyNegative',
					weight: sumStrength(t.negative) + priority,
					unitIds: [...distinctUnits(t.negative), ...relevant.map((r) => r.unitId)],
					targetCodes: [t.code],
					evidence: evidence(model, { relevance: relevant, contributions: t.negative }),
					message: { key: 'finding.gap.onlyNegative', params: { target: t.code, activities: activities.sort(collator.compare) } }
				})
			);
		}

		if (relevant.length > 0 && t.positive.length > 0 && ![...t.positive, ...t.negative].some((c) => c.indicator !== null)) {
			push(withoutIndicator, t.goal, t);
		}

		if (!hasContribution && !t.ratings.some((r) => ADDRESSED_LEVELS.includes(r.level))) push(unaddressed, t.goal, t);
	}

	for (let goal = 1; goal <= GOAL_COUNT; goal++) {
		const ofGoal = model.targets.filter((t) => t.goal === goal);

		const noIndicator = withoutIndicator.get(goal);
		if (noIndicator) {
			const contributions = noIndicator.flatMap((t) => [...t.positive, ...t.negative]);
			const relevant = noIndicator.flatMap((t) => t.ratings.filter((r) => isRelevant(r.level)));
			out.push(
				finding({
					key: `gap:noIndicator:${goal}`,
					kind: 'gap',
					type: 'withoutIndicator',
					weight: 0.5 * noIndicator.length,
					unitIds: distinctUnits(contributions),
					targetCodes: noIndicator.map((t) => t.code),
					evidence: evidence(model, { relevance: relevant, contributions }),
					message: { key: 'finding.gap.noIndicator', params: { targets: noIndicator.map((t) => t.code) } }
				})
			);
		}

		const nobody = unaddressed.get(goal);
		if (nobody) {
			const whole = nobody.length === ofGoal.length;
			const codes = nobody.map((t) => t.code);
			out.push(
				finding({
					key: `gap:unaddressed:${goal}`,
					kind: 'gap',
					type: 'unaddressed',
					weight: whole ? 1 : 0.5,
					unitIds: [],
					targetCodes: codes,
					goals: [goal],
					evidence: evidence(model, { relevance: nobody.flatMap((t) => t.ratings) }),
					message: whole
						? { key: 'finding.gap.unaddressedGoal', params: { goal, targets: codes } }
						: { key: codes.length === 1 ? 'finding.gap.unaddressedTargets.one' : 'finding.gap.unaddressedTargets.many', params: { goal, targets: codes } }
				})
			);
		}

		// Fragile: meaningful only where there are several units to share the work.
		if (model.units.length < 2) continue;
		const relevantTargets = ofGoal.filter((t) => t.ratings.some((r) => isRelevant(r.level)));
		const positive = relevantTargets.flatMap((t) => t.positive);
		const contributors = distinctUnits(positive);
		if (contributors.size === 1) {
			const [unitId] = contributors;
			out.push(
				finding({
					key: `gap:fragile:${goal}`,
					kind: 'gap',
					type: 'fragileGoal',
					weight: relevantTargets.length,
					unitIds: [unitId!],
					targetCodes: relevantTargets.map((t) => t.code),
					goals: [goal],
					evidence: evidence(model, {
						relevance: relevantTargets.flatMap((t) => t.ratings.filter((r) => isRelevant(r.level))),
						contributions: positive
					}),
					message: {
						key: 'finding.gap.fragileGoal',
						params: { goal, unit: unitNames(model, [unitId!])[0]!, targets: relevantTargets.map((t) => t.code) }
					}
				})
			);
		}
	}
	return out;
}

const collator = new Intl.Collator('sv');

/** "Hemtjänst i egen regi (Socialnämnden)". */
function activityLabel(model: Model, activityId: string): string {
	const activity = model.activityById.get(activityId);
	if (!activity) return activityId;
	const unit = model.unitById.get(activity.unitId);
	return unit ? `${activity.name} (${unit.name})` : activity.name;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
