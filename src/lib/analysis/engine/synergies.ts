// Synergies across departments: pairs of units contributing positively to the same targets (a chance to work
// together, weighted by Σ over the shared targets of the smaller of the two units' positive weights), the unit ×
// unit matrix of those weights, and prioritised targets joined by a reinforcing interaction score (≥ 2).
import type { AnalysisInteraction, Finding, UnitSynergyMatrix } from './types.js';
import { NONE, evidence, finding, goalsOf, codePair, mergeRatingIds, mergeSortedIds, sortedIds, targetPosition, type Model, type Rating } from './model.js';

interface UnitOnTarget {
	sum: number;
	/** Positions in model.contributions. */
	contributions: number[];
}

/** Positive weight and contributions of each unit on each target, units by their input position. */
function positiveByTarget(model: Model): Map<string, Map<number, UnitOnTarget>> {
	const out = new Map<string, Map<number, UnitOnTarget>>();
	for (const t of model.targets) {
		if (t.positive.length === 0) continue;
		const byUnit = new Map<number, UnitOnTarget>();
		for (const c of t.positive) {
			const index = model.unitIndex.get(c.unitId)!;
			const cell = byUnit.get(index) ?? { sum: 0, contributions: [] };
			cell.sum += c.strength;
			cell.contributions.push(model.contributionOrder.get(c)!);
			byUnit.set(index, cell);
		}
		out.set(t.code, byUnit);
	}
	return out;
}

export function findSynergies(model: Model): { synergies: Finding[]; unitSynergy: UnitSynergyMatrix } {
	const n = model.units.length;
	const weight = Array.from({ length: n }, () => new Array<number>(n).fill(0));
	// One list per pair, shared by [i][j] and [j][i].
	const targets: string[][][] = Array.from({ length: n }, () => new Array<string[]>(n));
	for (let i = 0; i < n; i++) {
		targets[i]![i] = [];
		for (let j = i + 1; j < n; j++) targets[i]![j] = targets[j]![i] = [];
	}
	const byTarget = positiveByTarget(model);

	// model.targets is in SDG order, so each pair's target list comes out in SDG order.
	for (const [code, byUnit] of byTarget) {
		const indices = [...byUnit.keys()].sort((a, b) => a - b);
		const sums = indices.map((i) => byUnit.get(i)!.sum);
		for (let x = 0; x < indices.length; x++) {
			const i = indices[x]!;
			const rowW = weight[i]!;
			const rowT = targets[i]!;
			for (let y = x + 1; y < indices.length; y++) {
				const j = indices[y]!;
				const w = Math.min(sums[x]!, sums[y]!);
				rowW[j]! += w;
				weight[j]![i]! += w;
				rowT[j]!.push(code);
			}
		}
	}

	const synergies: Finding[] = [];
	for (const pair of strongestPairs(model, weight)) {
		const i = Math.floor(pair / n);
		const j = pair % n;
		const contributions: number[] = [];
		for (const code of targets[i]![j]!) {
			const byUnit = byTarget.get(code)!;
			contributions.push(...byUnit.get(i)!.contributions, ...byUnit.get(j)!.contributions);
		}
		const [first, second] = [model.units[i]!, model.units[j]!].sort((a, b) => compareIds(a.id, b.id));
		synergies.push(
			finding({
				key: `synergy:shared:${first!.id}:${second!.id}`,
				kind: 'synergy',
				type: 'sharedTargets',
				weight: weight[i]![j]!,
				unitIds: [first!.id, second!.id],
				targetCodes: targets[i]![j]!,
				evidence: evidence(model, { contributionPositions: contributions }),
				message: { key: 'finding.synergy.shared', params: { unitA: first!.name, unitB: second!.name, targets: [...targets[i]![j]!] } }
			})
		);
	}

	const prioritisedOf = prioritisedTargets(model);
	for (const cell of strongestCells(model, prioritisedOf, (c) => (c.score >= 2 ? c.score : 0), 'synergy:interaction')) {
		const f = interactionFinding(prioritisedOf, cell, 'synergy', 'reinforcingPair', cell.score, 'finding.synergy.interaction', 'synergy:interaction');
		if (f) synergies.push(f);
	}

	return { synergies, unitSynergy: { unitIds: model.units.map((u) => u.id), weight, targets } };
}

interface PrioritisedTarget {
	/** The hög ratings, in id order. */
	readonly ratings: readonly Rating[];
	/** Their units, sorted by id. */
	readonly unitIds: readonly string[];
}

/** Each prioritised target's hög ratings and their units, sorted once for the interaction findings. */
export function prioritisedTargets(model: Model): Map<string, PrioritisedTarget> {
	const out = new Map<string, PrioritisedTarget>();
	for (const [code, ratings] of model.prioritisedRatings) out.set(code, { ratings, unitIds: sortedIds(ratings.map((r) => r.unitId)) });
	return out;
}

/**
 * A finding about one scored cell between two prioritised targets (null when either is not prioritised): the
 * hög ratings of both as evidence, built directly from the presorted lists (a large matrix gives thousands).
 */
export function interactionFinding(
	prioritisedOf: ReadonlyMap<string, PrioritisedTarget>,
	cell: AnalysisInteraction,
	kind: 'synergy' | 'conflict',
	type: 'reinforcingPair' | 'negativeInteraction',
	weight: number,
	messageKey: string,
	keyPrefix: string
): Finding | null {
	const from = prioritisedOf.get(cell.from);
	const to = prioritisedOf.get(cell.to);
	if (!from || !to) return null;
	const targetCodes = codePair(cell.from, cell.to);
	return {
		key: `${keyPrefix}:${cell.from}:${cell.to}`,
		kind,
		type,
		weight,
		unitIds: mergeSortedIds(from.unitIds, to.unitIds),
		targetCodes,
		goals: goalsOf(targetCodes),
		activityIds: NONE,
		evidence: { relevance: mergeRatingIds(from.ratings, to.ratings), contributions: NONE, activities: NONE, interactions: [cell.id] },
		message: { key: messageKey, params: { from: cell.from, to: cell.to, score: cell.score } }
	};
}

/**
 * How many interaction findings of each type (reinforcingPair, negativeInteraction) the lists carry: the
 * strongest, in ranked order. A fully scored matrix between prioritised targets gives thousands; the council
 * reads tens, and every scored cell is still in `network.edges` and the network's tables.
 */
export const INTERACTION_FINDINGS = 50;

/**
 * The cells between two prioritised targets with a weight above 0, strongest first in the order `rank` would
 * give their findings (weight, then the SDG order of the pair's first target, then the key), at most
 * INTERACTION_FINDINGS — chosen before any finding is built.
 */
export function strongestCells(
	model: Model,
	prioritisedOf: ReadonlyMap<string, PrioritisedTarget>,
	weightOf: (cell: AnalysisInteraction) => number,
	keyPrefix: string
): AnalysisInteraction[] {
	const candidates: Array<{ cell: AnalysisInteraction; w: number; t: number; key: string }> = [];
	for (const cell of model.interactions) {
		const w = weightOf(cell);
		if (w <= 0 || !prioritisedOf.has(cell.from) || !prioritisedOf.has(cell.to)) continue;
		candidates.push({ cell, w, t: Math.min(targetPosition(cell.from), targetPosition(cell.to)), key: `${keyPrefix}:${cell.from}:${cell.to}` });
	}
	candidates.sort((a, b) => b.w - a.w || a.t - b.t || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	return candidates.slice(0, INTERACTION_FINDINGS).map((c) => c.cell);
}

/** How many of each unit's strongest partners become sharedTargets findings (the matrix keeps every pair). */
export const SHARED_PARTNERS = 3;

/**
 * The pairs (i < j, as i × n + j) worth a finding: for every unit, its SHARED_PARTNERS partners with the most
 * shared weight (ties by unit id). A council reads tens of these, not the thousands a large organisation has.
 */
function strongestPairs(model: Model, weight: readonly (readonly number[])[]): Set<number> {
	const n = model.units.length;
	const out = new Set<number>();
	for (let i = 0; i < n; i++) {
		const partners: number[] = [];
		for (let j = 0; j < n; j++) if (j !== i && weight[i]![j]! > 0) partners.push(j);
		partners.sort((a, b) => weight[i]![b]! - weight[i]![a]! || compareIds(model.units[a]!.id, model.units[b]!.id));
		for (const j of partners.slice(0, SHARED_PARTNERS)) out.add(Math.min(i, j) * n + Math.max(i, j));
	}
	return out;
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

