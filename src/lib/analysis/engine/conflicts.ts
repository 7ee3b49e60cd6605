// Goal conflicts: an activity that contributes to one target and counteracts another; units pulling one target
// in opposite directions; prioritised targets joined by a negative interaction score (≤ −1).
import type { AnalysisContribution, Finding } from './types.js';
import { NONE, distinctUnits, evidence, finding, codePair, goalsOf, sumStrength, unitNames, type Model } from './model.js';
import { interactionFinding, prioritisedTargets, strongestCells } from './synergies.js';

export function findConflicts(model: Model): Finding[] {
	const out: Finding[] = [];

	const byActivity = new Map<string, AnalysisContribution[]>();
	for (const c of model.contributions) {
		const list = byActivity.get(c.activityId);
		if (list) list.push(c);
		else byActivity.set(c.activityId, [c]);
	}
	for (const [activityId, contributions] of byActivity) {
		const positive = contributions.filter((c) => c.direction === 'bidrar');
		const negative = contributions.filter((c) => c.direction === 'motverkar');
		if (positive.length === 0 || negative.length === 0) continue;
		const activity = model.activityById.get(activityId);
		const unitId = activity?.unitId ?? positive[0]!.unitId;
		const unit = model.unitById.get(unitId)?.name ?? unitId;
		const activityName = activity?.name ?? activityId;
		const unitIds = [unitId];
		const activityIds = [activityId];
		for (const p of positive) {
			for (const q of negative) {
				if (p.targetCode === q.targetCode) continue;
				// Built directly: a large organisation has thousands of these. Contributions in id order.
				const [first, second] = p.id < q.id ? [p, q] : [q, p];
				const targetCodes = codePair(p.targetCode, q.targetCode);
				out.push({
					key: `conflict:activity:${activityId}:${p.targetCode}:${q.targetCode}`,
					kind: 'conflict',
					type: 'activityConflict',
					weight: p.strength + q.strength,
					unitIds,
					targetCodes,
					goals: goalsOf(targetCodes),
					activityIds,
					evidence: { relevance: NONE, contributions: [first!.id, second!.id], activities: activityIds, interactions: NONE },
					message: { key: 'finding.conflict.activity', params: { unit, activity: activityName, from: p.targetCode, to: q.targetCode } }
				});
			}
		}
	}

	for (const t of model.targets) {
		if (t.positive.length === 0 || t.negative.length === 0) continue;
		const pulling = distinctUnits(t.positive);
		const pushing = distinctUnits(t.negative);
		// Some unit for and another against: more than one unit on a side, or the single ones differ.
		const opposed = pulling.size > 1 || pushing.size > 1 || [...pulling][0] !== [...pushing][0];
		if (!opposed) continue;
		out.push(
			finding({
				key: `conflict:opposed:${t.code}`,
				kind: 'conflict',
				type: 'opposedUnits',
				weight: 2 * Math.min(sumStrength(t.positive), sumStrength(t.negative)),
				unitIds: [...pulling, ...pushing],
				targetCodes: [t.code],
				evidence: evidence(model, { contributions: [...t.positive, ...t.negative] }),
				message: {
					key: 'finding.conflict.opposed',
					params: { target: t.code, positiveUnits: unitNames(model, pulling), negativeUnits: unitNames(model, pushing) }
				}
			})
		);
	}

	const prioritisedOf = prioritisedTargets(model);
	for (const cell of strongestCells(model, prioritisedOf, (c) => (c.score <= -1 ? 2 * Math.abs(c.score) : 0), 'conflict:interaction')) {
		const f = interactionFinding(prioritisedOf, cell, 'conflict', 'negativeInteraction', 2 * Math.abs(cell.score), 'finding.conflict.interaction', 'conflict:interaction');
		if (f) out.push(f);
	}
	return out;
}
