// The input, checked and indexed once: what every part of the analysis reads. Inputs the engine cannot place
// (an unknown unit, a code outside the SDG catalogue, a second rating of the same code by the same unit, a
// second score of the same cell) are left out rather than refused; ratings, activities and contributions are
// taken in id order and scores in SDG order of their cell, so the result does not depend on the order of the
// input arrays.
import { compareTargetCodes, isGoalNumber, parseGoalNumber } from '#lib/domain/sdg-codes.js';
import type { RelevanceLevel } from '#lib/domain/mapping.js';
import { targets as catalogueTargets } from '#lib/sdg/catalogue.js';
import type {
	AnalysisActivity,
	AnalysisContribution,
	AnalysisInput,
	AnalysisInteraction,
	AnalysisRelevance,
	AnalysisUnit,
	DimensionGrouping,
	Evidence,
	Finding
} from './types.js';
import { DEFAULT_DIMENSIONS } from './dimensions.js';

/** Levels that count as a unit having addressed a target (for `unaddressed`). */
export const ADDRESSED_LEVELS: readonly RelevanceLevel[] = ['låg', 'medel', 'hög'];

/** Relevant = agreed medel or hög. */
export const isRelevant = (level: RelevanceLevel | null | undefined): boolean => level === 'medel' || level === 'hög';

/** Priority of one unit's rating in gap weights: hög 2, medel 1, else 0. */
export const priorityOf = (level: RelevanceLevel | null | undefined): number => (level === 'hög' ? 2 : level === 'medel' ? 1 : 0);

export interface Rating {
	readonly unitId: string;
	/** The goal number ("6") or the target code ("6.3"). */
	readonly code: string;
	readonly level: RelevanceLevel;
	readonly id: string;
	/** Position in id order among all ratings, for sorting evidence. */
	readonly order: number;
}

/** Everything known about one target of the catalogue. */
export interface TargetFacts {
	readonly code: string;
	readonly goal: number;
	/** One rating per unit, in id order of the rating. */
	readonly ratings: Rating[];
	readonly positive: AnalysisContribution[];
	readonly negative: AnalysisContribution[];
}

export interface Model {
	/** Units in input order, first occurrence of an id. */
	readonly units: readonly AnalysisUnit[];
	readonly unitById: ReadonlyMap<string, AnalysisUnit>;
	readonly unitIndex: ReadonlyMap<string, number>;
	/** Units in Swedish alphabetical order of name (ties by id), and each unit's position in that order. */
	readonly unitsByName: readonly AnalysisUnit[];
	readonly unitNameRank: ReadonlyMap<string, number>;
	readonly activities: readonly AnalysisActivity[];
	readonly activityById: ReadonlyMap<string, AnalysisActivity>;
	/** The contributions counted, in id order. */
	readonly contributions: readonly AnalysisContribution[];
	/** Position of each counted contribution in `contributions`. */
	readonly contributionOrder: ReadonlyMap<AnalysisContribution, number>;
	/** The position in `activityIds` of each counted contribution's activity. */
	readonly contributionActivity: Int32Array;
	/** Every rating counted, by its `order`. */
	readonly ratings: readonly Rating[];
	/** Every activity id named by an activity or a contribution, sorted, and each one's position. */
	readonly activityIds: readonly string[];
	readonly activityOrder: ReadonlyMap<string, number>;
	/** The hög ratings of each target (prioritised when there is at least one). */
	readonly prioritisedRatings: ReadonlyMap<string, readonly Rating[]>;
	/** Goal ratings: unit id → goal → rating. */
	readonly goalRatings: ReadonlyMap<string, ReadonlyMap<number, Rating>>;
	/** Target ratings: unit id → code → rating. */
	readonly targetRatings: ReadonlyMap<string, ReadonlyMap<string, Rating>>;
	/** All 169 targets, SDG order. */
	readonly targets: readonly TargetFacts[];
	readonly targetByCode: ReadonlyMap<string, TargetFacts>;
	/** The scored cells that count, one per ordered pair of distinct catalogue targets, in SDG order (row, then column). */
	readonly interactions: readonly AnalysisInteraction[];
	readonly dimensions: DimensionGrouping;
}

const collator = new Intl.Collator('sv');

/** Position of each target code in SDG order. */
const TARGET_ORDER: ReadonlyMap<string, number> = new Map(catalogueTargets().map((t, i) => [t.code, i]));
const TARGET_COUNT = TARGET_ORDER.size;

const byId = <T extends { readonly id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A copy in id order (loaders usually deliver id order already, so check before sorting). */
function inIdOrder<T extends { readonly id: string }>(list: readonly T[]): T[] {
	let sorted = true;
	for (let i = 1; i < list.length && sorted; i++) sorted = list[i - 1]!.id <= list[i]!.id;
	return sorted ? [...list] : [...list].sort(byId);
}

export function prepare(input: AnalysisInput): Model {
	const units: AnalysisUnit[] = [];
	const unitById = new Map<string, AnalysisUnit>();
	for (const unit of input.units) {
		if (unitById.has(unit.id)) continue;
		unitById.set(unit.id, unit);
		units.push(unit);
	}
	const unitIndex = new Map(units.map((u, i) => [u.id, i]));
	const unitsByName = [...units].sort((a, b) => collator.compare(a.name, b.name) || byId(a, b));
	const unitNameRank = new Map(unitsByName.map((u, i) => [u.id, i]));

	const activities = inIdOrder(input.activities).filter((a) => unitById.has(a.unitId));
	const activityById = new Map<string, AnalysisActivity>();
	for (const a of activities) if (!activityById.has(a.id)) activityById.set(a.id, a);

	const targets: TargetFacts[] = catalogueTargets().map((t) => ({ code: t.code, goal: t.goal, ratings: [], positive: [], negative: [] }));
	const targetByCode = new Map(targets.map((t) => [t.code, t]));

	const goalRatings = new Map<string, Map<number, Rating>>();
	const targetRatings = new Map<string, Map<string, Rating>>();
	const prioritisedRatings = new Map<string, Rating[]>();
	const ratings: Rating[] = [];
	const rating = (r: AnalysisRelevance): Rating => {
		const made = { unitId: r.unitId, code: r.code, level: r.level, id: r.id, order: ratings.length };
		ratings.push(made);
		return made;
	};
	for (const r of inIdOrder(input.relevance)) {
		if (!unitById.has(r.unitId)) continue;
		if (r.kind === 'goal') {
			const goal = parseGoalNumber(r.code);
			if (goal === null || !isGoalNumber(goal)) continue;
			const forUnit = goalRatings.get(r.unitId) ?? new Map<number, Rating>();
			goalRatings.set(r.unitId, forUnit);
			if (!forUnit.has(goal)) forUnit.set(goal, rating(r));
		} else {
			const facts = targetByCode.get(r.code);
			if (!facts) continue;
			const forUnit = targetRatings.get(r.unitId) ?? new Map<string, Rating>();
			targetRatings.set(r.unitId, forUnit);
			if (forUnit.has(r.code)) continue;
			const made = rating(r);
			forUnit.set(r.code, made);
			facts.ratings.push(made);
			if (made.level === 'hög') {
				const list = prioritisedRatings.get(r.code);
				if (list) list.push(made);
				else prioritisedRatings.set(r.code, [made]);
			}
		}
	}

	const contributions: AnalysisContribution[] = [];
	for (const c of inIdOrder(input.contributions)) {
		const facts = targetByCode.get(c.targetCode);
		if (!facts || !unitById.has(c.unitId)) continue;
		contributions.push(c);
		(c.direction === 'bidrar' ? facts.positive : facts.negative).push(c);
	}

	const contributionOrder = new Map(contributions.map((c, i) => [c, i]));
	const activityIds = sortedIds([...activityById.keys(), ...contributions.map((c) => c.activityId)]);
	const activityOrder = new Map(activityIds.map((id, i) => [id, i]));
	const contributionActivity = Int32Array.from(contributions, (c) => activityOrder.get(c.activityId)!);

	// One score per ordered pair of distinct catalogue targets (the lowest id when a cell comes twice), in SDG
	// order of the row, then the column — without sorting or building a key per cell.
	const n = TARGET_COUNT;
	const chosen = new Array<AnalysisInteraction | undefined>(n * n);
	for (const i of input.interactions) {
		const from = TARGET_ORDER.get(i.from);
		const to = TARGET_ORDER.get(i.to);
		if (from === undefined || to === undefined || from === to) continue;
		const cell = from * n + to;
		const before = chosen[cell];
		if (!before || i.id < before.id) chosen[cell] = i;
	}
	const interactions: AnalysisInteraction[] = [];
	for (const i of chosen) if (i) interactions.push(i);

	return {
		units,
		unitById,
		unitIndex,
		unitsByName,
		unitNameRank,
		activities,
		activityById,
		contributions,
		contributionOrder,
		contributionActivity,
		ratings,
		activityIds,
		activityOrder,
		prioritisedRatings,
		goalRatings,
		targetRatings,
		targets,
		targetByCode,
		interactions,
		dimensions: input.dimensions ?? DEFAULT_DIMENSIONS
	};
}




const TARGET_GOAL: ReadonlyMap<string, number> = new Map(catalogueTargets().map((t) => [t.code, t.goal]));

export const targetPosition = (code: string): number => TARGET_ORDER.get(code) ?? Number.MAX_SAFE_INTEGER;

/** Sorted, distinct strings. */
export function sortedIds(ids: Iterable<string>): string[] {
	const list = Array.isArray(ids) ? (ids as string[]) : [...ids];
	if (list.length <= 1) return [...list];
	return [...new Set(list)].sort();
}

export function sortedCodes(codes: Iterable<string>): string[] {
	const list = Array.isArray(codes) ? (codes as string[]) : [...codes];
	if (list.length <= 1) return [...list];
	return [...new Set(list)].sort((a, b) => targetPosition(a) - targetPosition(b) || compareTargetCodes(a, b));
}

/** Two lists of distinct strings, each sorted, merged without repeats. */
export function mergeSortedIds(a: readonly string[], b: readonly string[]): string[] {
	const out: string[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		const x = a[i]!;
		const y = b[j]!;
		if (x < y) {
			out.push(x);
			i++;
		} else if (y < x) {
			out.push(y);
			j++;
		} else {
			out.push(x);
			i++;
			j++;
		}
	}
	while (i < a.length) out.push(a[i++]!);
	while (j < b.length) out.push(b[j++]!);
	return out;
}

/** The ids of two lists of ratings, each in `order`, merged in `order` without repeats. */
export function mergeRatingIds(a: readonly Rating[], b: readonly Rating[]): string[] {
	const out: string[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		const x = a[i]!;
		const y = b[j]!;
		if (x.order < y.order) {
			out.push(x.id);
			i++;
		} else if (y.order < x.order) {
			out.push(y.id);
			j++;
		} else {
			out.push(x.id);
			i++;
			j++;
		}
	}
	while (i < a.length) out.push(a[i++]!.id);
	while (j < b.length) out.push(b[j++]!.id);
	return out;
}

/** The empty list, shared (results are read-only). */
export const NONE: readonly string[] = Object.freeze([]);
const EMPTY_EVIDENCE: Evidence = Object.freeze({ relevance: NONE, contributions: NONE, activities: NONE, interactions: NONE });

/** Distinct numbers in ascending order (the input is not kept). */
function sortedPositions(positions: number[]): ArrayLike<number> {
	let increasing = true;
	for (let i = 1; i < positions.length && increasing; i++) increasing = positions[i - 1]! < positions[i]!;
	if (increasing) return positions;
	const sorted = Int32Array.from(positions).sort();
	let n = 0;
	for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
	return sorted.subarray(0, n);
}

/** The ids behind a figure or finding, each list sorted and without repeats. */
export function evidence(
	model: Model,
	parts: {
		relevance?: Iterable<Rating>;
		contributions?: Iterable<AnalysisContribution>;
		/** Contributions given by their position in model.contributions instead. */
		contributionPositions?: number[];
		interactions?: Iterable<string>;
	}
): Evidence {
	const ratingPositions: number[] = [];
	for (const r of parts.relevance ?? []) ratingPositions.push(r.order);
	const contributionPositions: number[] = parts.contributionPositions ?? [];
	for (const c of parts.contributions ?? []) contributionPositions.push(model.contributionOrder.get(c)!);
	if (ratingPositions.length <= 1 && contributionPositions.length <= 1 && !parts.interactions) {
		// The common case of a unit × target cell: one rating, at most one contribution.
		const r = ratingPositions[0];
		const c = contributionPositions[0];
		if (r === undefined && c === undefined) return EMPTY_EVIDENCE;
		return {
			relevance: r === undefined ? NONE : [model.ratings[r]!.id],
			contributions: c === undefined ? NONE : [model.contributions[c]!.id],
			activities: c === undefined ? NONE : [model.activityIds[model.contributionActivity[c]!]!],
			interactions: NONE
		};
	}
	const contributions = sortedPositions(contributionPositions);
	const contributionIds = new Array<string>(contributions.length);
	const activityPositions = new Array<number>(contributions.length);
	for (let i = 0; i < contributions.length; i++) {
		contributionIds[i] = model.contributions[contributions[i]!]!.id;
		activityPositions[i] = model.contributionActivity[contributions[i]!]!;
	}
	const activities = sortedPositions(activityPositions);
	const activityIds = new Array<string>(activities.length);
	for (let i = 0; i < activities.length; i++) activityIds[i] = model.activityIds[activities[i]!]!;
	const ratings = sortedPositions(ratingPositions);
	const ratingIds = new Array<string>(ratings.length);
	for (let i = 0; i < ratings.length; i++) ratingIds[i] = model.ratings[ratings[i]!]!.id;
	const interactions = parts.interactions ? sortedIds(parts.interactions) : NONE;
	return {
		relevance: ratingIds.length === 0 ? NONE : ratingIds,
		contributions: contributionIds.length === 0 ? NONE : contributionIds,
		activities: activityIds.length === 0 ? NONE : activityIds,
		interactions: interactions.length === 0 ? NONE : interactions
	};
}

/** Unit names for a message, in Swedish alphabetical order (ties by id). */
export function unitNames(model: Model, unitIds: Iterable<string>): string[] {
	const ranks: number[] = [];
	for (const id of new Set(unitIds)) ranks.push(model.unitNameRank.get(id) ?? -1);
	const sorted = sortedPositionsUnique(ranks);
	const out = new Array<string>(sorted.length);
	for (let i = 0; i < sorted.length; i++) out[i] = model.unitsByName[sorted[i]!]!.name;
	return out;
}

function sortedPositionsUnique(ranks: number[]): ArrayLike<number> {
	return ranks.length <= 1 ? ranks.filter((r) => r >= 0) : Int32Array.from(ranks.filter((r) => r >= 0)).sort();
}

export function distinctUnits(contributions: Iterable<AnalysisContribution>): Set<string> {
	const out = new Set<string>();
	for (const c of contributions) out.add(c.unitId);
	return out;
}

export function sumStrength(contributions: Iterable<AnalysisContribution>): number {
	let sum = 0;
	for (const c of contributions) sum += c.strength;
	return sum;
}

/** Ranked order: weight (highest first), then the SDG order of the first target, then the key. */
export function compareFindings(a: Finding, b: Finding): number {
	if (a.weight !== b.weight) return b.weight - a.weight;
	const ta = a.targetCodes[0];
	const tb = b.targetCodes[0];
	if (ta !== undefined && tb !== undefined) {
		const byCode = targetPosition(ta) - targetPosition(tb) || compareTargetCodes(ta, tb);
		if (byCode !== 0) return byCode;
	} else if (ta !== undefined || tb !== undefined) {
		return ta !== undefined ? -1 : 1;
	}
	return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export function rank(findings: Finding[]): Finding[] {
	const keyed = findings.map((f) => ({ f, w: f.weight, t: f.targetCodes[0] === undefined ? Number.MAX_SAFE_INTEGER : targetPosition(f.targetCodes[0]) }));
	keyed.sort((a, b) => b.w - a.w || a.t - b.t || (a.f.key < b.f.key ? -1 : a.f.key > b.f.key ? 1 : 0));
	return keyed.map((k) => k.f);
}

const goalOfTarget = (code: string): number => TARGET_GOAL.get(code) ?? Number(code.split('.')[0]);

/** The distinct goals of some target codes, ascending. */
export function goalsOf(codes: readonly string[]): number[] {
	if (codes.length === 1) return [goalOfTarget(codes[0]!)];
	if (codes.length === 2) {
		const a = goalOfTarget(codes[0]!);
		const b = goalOfTarget(codes[1]!);
		return a === b ? [a] : a < b ? [a, b] : [b, a];
	}
	return [...new Set(codes.map(goalOfTarget))].sort((a, b) => a - b);
}

/** Two distinct codes in SDG order. */
export function codePair(a: string, b: string): string[] {
	return targetPosition(a) <= targetPosition(b) ? [a, b] : [b, a];
}

/** A finding with its goals taken from its targets unless given; lists sorted for stable output. */
export function finding(f: Omit<Finding, 'goals' | 'unitIds' | 'targetCodes' | 'activityIds'> & {
	unitIds: Iterable<string>;
	targetCodes: Iterable<string>;
	activityIds?: Iterable<string>;
	goals?: readonly number[];
}): Finding {
	const targetCodes = sortedCodes(f.targetCodes);
	return {
		key: f.key,
		kind: f.kind,
		type: f.type,
		weight: f.weight,
		unitIds: sortedIds(f.unitIds),
		targetCodes,
		goals: f.goals ? [...f.goals] : goalsOf(targetCodes),
		activityIds: f.activityIds ? sortedIds(f.activityIds) : f.evidence.activities,
		evidence: f.evidence,
		message: f.message
	};
}
