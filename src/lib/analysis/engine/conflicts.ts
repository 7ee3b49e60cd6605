// Goal conflicts: an activity that contributes to some targets and counteracts others; units pulling one target
// in opposite directions; prioritised targets joined by a negative interaction score (≤ −1).
import type { Finding } from './types.js';
import { NONE, TARGET_CODES, TARGET_COUNT, distinctSorted, evidenceAt, finding, goalsOfTargets, listOf, mergeAscending, sortNumbers, strengthOf, unitIdsOf, unitNames, unitsOf, type Lists, type Model } from './model.js';
import { strongestInteractionFindings, type InteractionFindingKind } from './interaction-findings.js';

export function findConflicts(model: Model): Finding[] {
	const out: Finding[] = [];
	const { contributions, cPositive, cTarget, cStrength, byActivity } = model;

	// One finding per activity, naming every target it helps and every target it counteracts: a council takes
	// up the activity, and an activity with three targets on each side would otherwise be nine near-identical
	// items. A target on both sides of the same activity is no conflict between targets, so a pair counts only
	// across two different targets.
	const paired = new Uint8Array(maxLength(byActivity));
	for (let a = 0; a < model.activityIds.length; a++) {
		const first = byActivity.start[a]!;
		const end = byActivity.start[a + 1]!;
		if (end - first < 2) continue;
		// The contributions in some pair across two targets (marked), and the strongest such pair.
		let weight = 0;
		paired.fill(0, 0, end - first);
		for (let x = first; x < end; x++) {
			const p = byActivity.items[x]!;
			if (!cPositive[p]) continue;
			for (let y = first; y < end; y++) {
				const q = byActivity.items[y]!;
				if (cPositive[q] || cTarget[p] === cTarget[q]) continue;
				paired[x - first] = paired[y - first] = 1;
				weight = Math.max(weight, cStrength[p]! + cStrength[q]!);
			}
		}
		if (weight === 0) continue;
		const contributionIds: string[] = [];
		const helped: number[] = [];
		const harmed: number[] = [];
		for (let x = first; x < end; x++) {
			if (!paired[x - first]) continue;
			const c = byActivity.items[x]!;
			contributionIds.push(model.contributionIds[c]!);
			(cPositive[c] ? helped : harmed).push(cTarget[c]!);
		}
		const fromCodes = codesOf(distinctSorted(sortNumbers(helped)));
		const toCodes = codesOf(distinctSorted(sortNumbers(harmed)));
		const targets = distinctSorted(sortNumbers([...helped, ...harmed]));
		const activityId = model.activityIds[a]!;
		const activity = model.activityAt[a];
		const unitId = activity?.unitId ?? contributions[byActivity.items[first]!]!.unitId;
		const unitIndex = model.unitIndex.get(unitId);
		const activityIds = [activityId];
		// Built directly, every list already in order: a large organisation has thousands of these.
		out.push({
			key: `conflict:activity:${activityId}`,
			kind: 'conflict',
			type: 'activityConflict',
			weight,
			unitIds: [unitId],
			targetCodes: codesOf(targets),
			goals: goalsOfTargets(targets),
			activityIds,
			evidence: { relevance: NONE, contributions: contributionIds, activities: activityIds, interactions: NONE },
			message: {
				key: 'finding.conflict.activity',
				params: {
					unit: unitIndex === undefined ? unitId : model.units[unitIndex]!.name,
					activity: activity?.name ?? activityId,
					from: fromCodes,
					to: toCodes
				}
			}
		});
	}

	const seen = new Uint8Array(model.units.length);
	for (let t = 0; t < TARGET_COUNT; t++) {
		const pos = listOf(model.positive, t);
		const neg = listOf(model.negative, t);
		if (pos.length === 0 || neg.length === 0) continue;
		const pulling = unitsOf(model, pos, seen);
		const pushing = unitsOf(model, neg, seen);
		// Some unit for and another against: more than one unit on a side, or the single ones differ.
		const opposed = pulling.length > 1 || pushing.length > 1 || pulling[0] !== pushing[0];
		if (!opposed) continue;
		const code = TARGET_CODES[t]!;
		const both = mergeAscending(pos, neg);
		out.push(
			finding({
				key: `conflict:opposed:${code}`,
				kind: 'conflict',
				type: 'opposedUnits',
				weight: 2 * Math.min(strengthOf(model, pos), strengthOf(model, neg)),
				unitIds: unitIdsOf(model, [...pulling, ...pushing]),
				targetCodes: [code],
				evidence: evidenceAt(model, null, both),
				message: {
					key: 'finding.conflict.opposed',
					params: { target: code, positiveUnits: unitNames(model, pulling), negativeUnits: unitNames(model, pushing) }
				}
			})
		);
	}

	out.push(...strongestInteractionFindings(model, NEGATIVE));
	return out;
}

/** The codes of some target numbers. (At module level: a closure made per analysis is dropped from optimised code at every full collection.) */
function codesOf(targets: readonly number[]): string[] {
	const out = new Array<string>(targets.length);
	for (let i = 0; i < targets.length; i++) out[i] = TARGET_CODES[targets[i]!]!;
	return out;
}

/** Made once: a function made per analysis would be dropped from optimised code at every full collection. */
const NEGATIVE: InteractionFindingKind = {
	kind: 'conflict',
	type: 'negativeInteraction',
	keyPrefix: 'conflict:interaction',
	messageKey: 'finding.conflict.interaction',
	weightOf: (c) => (c.score <= -1 ? 2 * Math.abs(c.score) : 0)
};

/** The length of the longest of some lists. */
function maxLength(lists: Lists): number {
	let max = 0;
	for (let k = 0; k + 1 < lists.start.length; k++) max = Math.max(max, lists.start[k + 1]! - lists.start[k]!);
	return max;
}
