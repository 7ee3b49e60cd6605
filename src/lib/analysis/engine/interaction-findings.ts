// Findings about scored cells of the interaction network between two prioritised targets: reinforcing pairs
// (synergies) and negative interactions (goal conflicts). Only the strongest INTERACTION_FINDINGS of each
// type are built, chosen before any finding is made.
import type { AnalysisInteraction, Finding } from './types.js';
import { NONE, codePair, goalsOf, mergeRatingIds, mergeSortedIds, targetPosition, type Model, type PrioritisedTarget } from './model.js';

/**
 * How many interaction findings of each type (reinforcingPair, negativeInteraction) the lists carry: the
 * strongest, in ranked order. A fully scored matrix between prioritised targets gives thousands; the council
 * reads tens, and every scored cell is still in `network.edges` and the network's tables.
 */
export const INTERACTION_FINDINGS = 50;

export interface InteractionFindingKind {
	readonly kind: 'synergy' | 'conflict';
	readonly type: 'reinforcingPair' | 'negativeInteraction';
	readonly keyPrefix: string;
	readonly messageKey: string;
	/** The finding's weight for a cell; 0 or less: the cell gives no finding of this type. */
	readonly weightOf: (cell: AnalysisInteraction) => number;
}

/** The findings of one type about the strongest cells between two prioritised targets, in ranked order. */
export function strongestInteractionFindings(model: Model, of: InteractionFindingKind): Finding[] {
	return strongestCells(model, of).map(({ cell, w }) => interactionFinding(model.prioritised.get(cell.from)!, model.prioritised.get(cell.to)!, cell, w, of));
}

/**
 * The cells between two prioritised targets with a weight above 0, strongest first in the order `rank` would
 * give their findings (weight, then the SDG order of the pair's first target, then the key), at most
 * INTERACTION_FINDINGS.
 */
function strongestCells(model: Model, of: InteractionFindingKind): Array<{ cell: AnalysisInteraction; w: number }> {
	// A fully scored matrix has thousands of candidates: keep only those that can still be among the
	// strongest by weight and first target (all ties at the boundary), and compare keys among those alone.
	type Candidate = { cell: AnalysisInteraction; w: number; t: number };
	const worse = (a: Candidate, b: Candidate): boolean => a.w < b.w || (a.w === b.w && a.t > b.t);
	const top: Candidate[] = [];
	for (const cell of model.interactions) {
		const w = of.weightOf(cell);
		if (w <= 0 || (top.length >= INTERACTION_FINDINGS && w < top[INTERACTION_FINDINGS - 1]!.w)) continue;
		const candidate = { cell, w, t: Math.min(targetPosition(cell.from), targetPosition(cell.to)) };
		if (top.length >= INTERACTION_FINDINGS && worse(candidate, top[INTERACTION_FINDINGS - 1]!)) continue;
		if (!model.prioritised.has(cell.from) || !model.prioritised.has(cell.to)) continue;
		let at = top.length;
		while (at > 0 && worse(top[at - 1]!, candidate)) at--;
		top.splice(at, 0, candidate);
		if (top.length > INTERACTION_FINDINGS) {
			const boundary = top[INTERACTION_FINDINGS - 1]!;
			while (worse(top[top.length - 1]!, boundary)) top.pop();
		}
	}
	// A literal, not a spread: a spread object's V8 shape is made at run time and lost at every full collection.
	const keyed = top.map((c) => ({ cell: c.cell, w: c.w, t: c.t, key: `${of.keyPrefix}:${c.cell.from}:${c.cell.to}` }));
	keyed.sort((a, b) => b.w - a.w || a.t - b.t || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	return keyed.slice(0, INTERACTION_FINDINGS);
}

/** A finding about one scored cell: the hög ratings of both targets as evidence, merged from their presorted lists. */
function interactionFinding(from: PrioritisedTarget, to: PrioritisedTarget, cell: AnalysisInteraction, weight: number, of: InteractionFindingKind): Finding {
	const targetCodes = codePair(cell.from, cell.to);
	return {
		key: `${of.keyPrefix}:${cell.from}:${cell.to}`,
		kind: of.kind,
		type: of.type,
		weight,
		unitIds: mergeSortedIds(from.unitIds, to.unitIds),
		targetCodes,
		goals: goalsOf(targetCodes),
		activityIds: NONE,
		evidence: { relevance: mergeRatingIds(from.ratings, to.ratings), contributions: NONE, activities: NONE, interactions: [cell.id] },
		message: { key: of.messageKey, params: { from: cell.from, to: cell.to, score: cell.score } }
	};
}
