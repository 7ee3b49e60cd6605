// The input, checked and indexed once: what every part of the analysis reads. Inputs the engine cannot place
// (an unknown unit, a code outside the SDG catalogue, a second rating of the same code by the same unit, a
// second score of the same cell) are left out rather than refused; ratings, activities and contributions are
// taken in id order and scores in SDG order of their cell, so the result does not depend on the order of the
// input arrays.
//
// Why numbers instead of ids: a large municipality has 80 units, 13,500 ratings and 20,000 contributions, and
// the analysis visits every unit × target cell several times. Units, targets, ratings, contributions and
// activities are therefore numbered once here (units by input order, targets in SDG order, the rest in id
// order), and the parts work on those positions in typed arrays; ids and names come back only where a
// result or finding shows them. Lists of positions kept in ascending order are lists in id order.
import { compareTargetCodes, isGoalNumber, parseGoalNumber } from '#lib/domain/sdg-codes.js';
import { relevanceLevels, type RelevanceLevel } from '#lib/domain/mapping.js';
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
import { idIndex, positionOf } from './id-index.js';

/** Relevant = agreed medel or hög. */
export const isRelevant = (level: RelevanceLevel | null | undefined): boolean => level === 'medel' || level === 'hög';

/** Priority of one unit's rating in gap weights: hög 2, medel 1, else 0. */
export const priorityOf = (level: RelevanceLevel | null | undefined): number => (level === 'hög' ? 2 : level === 'medel' ? 1 : 0);

/** Levels that count as a unit having addressed a target (for `unaddressed`). */
export const isAddressing = (level: RelevanceLevel): boolean => level === 'låg' || level === 'medel' || level === 'hög';

/**
 * The level as the domain's own string (from `relevanceLevels`), or null for anything else. A loader's levels
 * are fresh strings cut from a larger text; the literals are single shared strings, so every later comparison
 * is a pointer check and counting by level needs no lookup of the string first.
 */
export function canonicalLevel(level: string): RelevanceLevel | null {
	for (let i = 0; i < relevanceLevels.length; i++) if (relevanceLevels[i] === level) return relevanceLevels[i]!;
	return null;
}

export interface Rating {
	readonly unitId: string;
	/** The unit's position in `units`. */
	readonly unit: number;
	/** The goal number ("6") or the target code ("6.3"). */
	readonly code: string;
	/** The goal rated, or the goal of the target rated. */
	readonly goal: number;
	readonly level: RelevanceLevel;
	readonly id: string;
	/** Position in id order among all ratings: `model.ratings[order] === this`. */
	readonly order: number;
}

/** All 169 targets of the catalogue, SDG order; a target's number is its position. */
const CATALOGUE = catalogueTargets();
export const TARGET_COUNT = CATALOGUE.length;
export const TARGET_CODES: readonly string[] = CATALOGUE.map((t) => t.code);
/** Goal (1–17) of each target number. */
export const TARGET_GOAL: Int8Array = Int8Array.from(CATALOGUE, (t) => t.goal);
/** The targets of goal g are the numbers GOAL_FIRST[g] … GOAL_FIRST[g + 1] − 1 (SDG order groups them by goal). */
export const GOAL_FIRST: Int32Array = (() => {
	const first = new Int32Array(19).fill(TARGET_COUNT);
	for (let t = TARGET_COUNT - 1; t >= 0; t--) first[TARGET_GOAL[t]!] = t;
	for (let g = 17; g >= 1; g--) if (first[g]! > first[g + 1]!) first[g] = first[g + 1]!;
	return first;
})();

/** A target some unit rates hög. */
export interface PrioritisedTarget {
	/** The hög ratings, in id order. */
	readonly ratings: readonly Rating[];
	/** Their units, sorted by id. */
	readonly unitIds: readonly string[];
}

/** Per goal, how many of its targets are numbered (g.1 … g.n); the lettered ones (g.a, g.b, …) follow them in SDG order. */
const NUMBERED: Int32Array = (() => {
	const numbered = new Int32Array(19);
	for (let t = 0; t < TARGET_COUNT; t++) if (/\.\d+$/.test(TARGET_CODES[t]!)) numbered[TARGET_GOAL[t]!]!++;
	return numbered;
})();

/**
 * Number of a target code, or -1 outside the catalogue. Read from the code's characters rather than looked up
 * in a map: an analysis asks for some 60,000 freshly loaded codes, and hashing each cost more than reading it.
 * The candidate is confirmed against the catalogue, so only a catalogue code ever gets a number.
 */
export function targetNumber(code: string): number {
	const dot = code.indexOf('.');
	if (dot < 1 || dot > 2 || dot === code.length - 1) return -1;
	let goal = 0;
	for (let i = 0; i < dot; i++) goal = goal * 10 + code.charCodeAt(i) - 48;
	if (!(goal >= 1 && goal <= 17)) return -1;
	const c = code.charCodeAt(dot + 1);
	let candidate: number;
	if (c >= 97 && c <= 122) candidate = GOAL_FIRST[goal]! + NUMBERED[goal]! + c - 97;
	else {
		let n = 0;
		for (let i = dot + 1; i < code.length; i++) n = n * 10 + code.charCodeAt(i) - 48;
		if (!(n >= 1 && n <= NUMBERED[goal]!)) return -1;
		candidate = GOAL_FIRST[goal]! + n - 1;
	}
	return candidate < GOAL_FIRST[goal + 1]! && TARGET_CODES[candidate] === code ? candidate : -1;
}

export const targetPosition = (code: string): number => {
	const t = targetNumber(code);
	return t < 0 ? Number.MAX_SAFE_INTEGER : t;
};

/** Positions in ascending order, as slices of one array: the items of list k are items[start[k]] … items[start[k + 1] − 1]. */
export interface Lists {
	readonly start: Int32Array;
	readonly items: Int32Array;
}

export interface Model {
	/** Units in input order, first occurrence of an id; a unit's number is its position. */
	readonly units: readonly AnalysisUnit[];
	readonly unitIndex: ReadonlyMap<string, number>;
	/** Units in Swedish alphabetical order of name (ties by id), and each unit's position in that order. */
	readonly unitsByName: readonly AnalysisUnit[];
	readonly unitNameRank: Int32Array;
	/** Units in id order, and each unit's position in that order. */
	readonly unitsById: readonly AnalysisUnit[];
	readonly unitIdRank: Int32Array;
	/** How many activities are counted (a known unit, the first of each id). */
	readonly activityCount: number;
	/** The contributions counted, in id order, and per position its unit, target, strength, sign, activity and indicator. */
	readonly contributions: readonly AnalysisContribution[];
	/** Their ids, by position (evidence copies these: one read instead of two). */
	readonly contributionIds: readonly string[];
	readonly cUnit: Int32Array;
	readonly cTarget: Int32Array;
	readonly cStrength: Int32Array;
	/** 1 bidrar, 0 motverkar. */
	readonly cPositive: Uint8Array;
	/** Position of the contribution's activity in `activityIds`. */
	readonly cActivity: Int32Array;
	/** Number of the contribution's indicator (distinct kind and reference), -1 for none. */
	readonly cIndicator: Int32Array;
	/** Every rating counted, by its `order` (id order), and per position 1 when it is relevant (medel or hög). */
	readonly ratings: readonly Rating[];
	readonly ratingRelevant: Uint8Array;
	/** Every activity id named by an activity or a contribution, sorted, and per position the activity (undefined when only a contribution names it). */
	readonly activityIds: readonly string[];
	readonly activityAt: readonly (AnalysisActivity | undefined)[];
	/** Rating position of unit u's rating of target t at u × TARGET_COUNT + t, -1 when not rated. */
	readonly targetRating: Int32Array;
	/** Rating position of unit u's rating of goal g at u × 17 + g − 1, -1 when not rated. */
	readonly goalRating: Int32Array;
	/** Per target number: its ratings (one per unit, id order) and its positive and negative contributions. */
	readonly targetRatings: readonly (readonly Rating[])[];
	readonly positive: Lists;
	readonly negative: Lists;
	/** Per unit × target cell (u × TARGET_COUNT + t): its contributions, and the sums of their strengths. */
	readonly cells: Lists;
	readonly cellPositive: Int32Array;
	readonly cellNegative: Int32Array;
	/** Per activity position: its contributions. */
	readonly byActivity: Lists;
	/** Per unit × goal (u × 17 + g − 1): the unit's contributions to the goal's targets, and its ratings of the goal and of its targets. */
	readonly unitGoalContributions: Lists;
	readonly unitGoalRatings: Lists;
	/** Scratch marks, one per activity position, all zero between uses, and room for a list of activity positions. */
	readonly activityMarks: Uint8Array;
	readonly activityScratch: Int32Array;
	/** The prioritised targets by code. */
	readonly prioritised: ReadonlyMap<string, PrioritisedTarget>;
	/** The scored cells that count, one per ordered pair of distinct catalogue targets, in SDG order (row, then column), and each one's cell as from × TARGET_COUNT + to. */
	readonly interactions: readonly AnalysisInteraction[];
	readonly interactionCells: Int32Array;
	readonly dimensions: DimensionGrouping;
}

const collator = new Intl.Collator('sv');

const idOf = (x: { readonly id: string }): string => x.id;

const byId = <T extends { readonly id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The list in id order (loaders deliver id order already, so check before sorting; the input is not changed). */
function inIdOrder<T extends { readonly id: string }>(list: readonly T[]): readonly T[] {
	for (let i = 1; i < list.length; i++) if (after(list[i - 1]!.id, list[i]!.id)) return [...list].sort(byId);
	return list;
}

/**
 * a > b as JavaScript compares strings (by UTF-16 code units), read character by character: a loader's ids are
 * cut from a larger text, and on two such strings the built-in comparison took about half as long again as
 * this loop, which stops at the first difference (20,000 sorted uuids: 0.95 against 0.6 ms).
 */
function after(a: string, b: string): boolean {
	const n = a.length < b.length ? a.length : b.length;
	for (let i = 0; i < n; i++) {
		const x = a.charCodeAt(i);
		const y = b.charCodeAt(i);
		if (x !== y) return x > y;
	}
	return a.length > b.length;
}

/**
 * Groups positions 0 … key.length − 1 by their key (0 … keys − 1, or -1 to leave one out); each group ascending.
 * Keys come as an array rather than a function: a call per position through a different closure each time cost
 * more than the grouping.
 */
export function groupPositions(key: Int32Array, keys: number): Lists {
	const n = key.length;
	const start = new Int32Array(keys + 1);
	for (let i = 0; i < n; i++) if (key[i]! >= 0) start[key[i]! + 1]!++;
	for (let k = 0; k < keys; k++) start[k + 1]! += start[k]!;
	const fill = start.slice(0, keys);
	const items = new Int32Array(start[keys]!);
	for (let i = 0; i < n; i++) {
		const k = key[i]!;
		if (k >= 0) items[fill[k]!++] = i;
	}
	return { start, items };
}

/** List k of some lists. */
export const listOf = (lists: Lists, k: number): Int32Array => lists.items.subarray(lists.start[k]!, lists.start[k + 1]!);

export function prepare(input: AnalysisInput): Model {
	const T = TARGET_COUNT;
	const units: AnalysisUnit[] = [];
	const unitIndex = new Map<string, number>();
	for (const unit of input.units) {
		if (unitIndex.has(unit.id)) continue;
		unitIndex.set(unit.id, units.length);
		units.push(unit);
	}
	const U = units.length;
	const unitAt = idIndex(units.map((u) => u.id));
	const unitsByName = [...units].sort((a, b) => collator.compare(a.name, b.name) || byId(a, b));
	const unitNameRank = new Int32Array(U);
	unitsByName.forEach((u, i) => (unitNameRank[unitIndex.get(u.id)!] = i));
	const unitsById = [...units].sort(byId);
	const unitIdRank = new Int32Array(U);
	unitsById.forEach((u, i) => (unitIdRank[unitIndex.get(u.id)!] = i));

	// The activities counted (a known unit, the first of each id), in id order, and each one's position by id.
	const activityOrder = new Map<string, number>();
	const counted: AnalysisActivity[] = [];
	for (const a of inIdOrder(input.activities)) {
		if (positionOf(unitAt, a.unitId) < 0 || activityOrder.has(a.id)) continue;
		activityOrder.set(a.id, counted.length);
		counted.push(a);
	}

	const targetRating = new Int32Array(U * T).fill(-1);
	const goalRating = new Int32Array(U * 17).fill(-1);
	const targetRatings: Rating[][] = Array.from({ length: T }, () => []);
	const ratings: Rating[] = [];
	for (const r of inIdOrder(input.relevance)) {
		const unit = positionOf(unitAt, r.unitId);
		const level = canonicalLevel(r.level);
		if (unit < 0 || level === null) continue;
		let slot: number;
		let target = -1;
		let goal: number;
		if (r.kind === 'goal') {
			const rated = parseGoalNumber(r.code);
			if (rated === null || !isGoalNumber(rated)) continue;
			goal = rated;
			slot = unit * 17 + goal - 1;
			if (goalRating[slot] !== -1) continue;
			goalRating[slot] = ratings.length;
		} else {
			target = targetNumber(r.code);
			if (target < 0) continue;
			goal = TARGET_GOAL[target]!;
			slot = unit * T + target;
			if (targetRating[slot] !== -1) continue;
			targetRating[slot] = ratings.length;
		}
		const made: Rating = { unitId: r.unitId, unit, code: r.code, goal, level, id: r.id, order: ratings.length };
		ratings.push(made);
		if (target >= 0) targetRatings[target]!.push(made);
	}

	// The contributions counted, each one's unit and target looked up once; activities are numbered once
	// their ids are known.
	const ordered = inIdOrder(input.contributions);
	const contributions: AnalysisContribution[] = [];
	const contributionIds: string[] = [];
	const unitOf = new Int32Array(ordered.length);
	const targetOf = new Int32Array(ordered.length);
	for (const c of ordered) {
		const unit = positionOf(unitAt, c.unitId);
		const target = targetNumber(c.targetCode);
		if (unit < 0 || target < 0) continue;
		unitOf[contributions.length] = unit;
		targetOf[contributions.length] = target;
		contributions.push(c);
		contributionIds.push(c.id);
	}
	const C = contributions.length;
	const cUnit = unitOf.subarray(0, C);
	const cTarget = targetOf.subarray(0, C);

	// Activity ids in sorted order: the activities' own (already in id order), plus any a contribution names
	// that is not among them.
	let activityIds = counted.map(idOf);
	let activityAt: (AnalysisActivity | undefined)[] = counted;
	const cActivity = new Int32Array(C);
	let extra = false;
	for (let i = 0; i < C; i++) {
		const a = activityOrder.get(contributions[i]!.activityId);
		if (a !== undefined && a >= 0) cActivity[i] = a;
		else {
			activityOrder.set(contributions[i]!.activityId, -1);
			extra = true;
		}
	}
	if (extra) {
		activityIds = [...activityOrder.keys()].sort();
		activityAt = activityIds.map((id) => counted[activityOrder.get(id)!]);
		activityIds.forEach((id, i) => activityOrder.set(id, i));
		for (let i = 0; i < C; i++) cActivity[i] = activityOrder.get(contributions[i]!.activityId)!;
	}

	const cStrength = new Int32Array(C);
	const cPositive = new Uint8Array(C);
	const cIndicator = new Int32Array(C);
	// Indicators numbered by kind, then reference, without building a key per contribution.
	const indicatorNumber = new Map<string, Map<string, number>>();
	let indicators = 0;
	for (let i = 0; i < C; i++) {
		const c = contributions[i]!;
		cStrength[i] = c.strength;
		cPositive[i] = c.direction === 'bidrar' ? 1 : 0;
		if (c.indicator) {
			let byRef = indicatorNumber.get(c.indicator.kind);
			if (!byRef) indicatorNumber.set(c.indicator.kind, (byRef = new Map()));
			let k = byRef.get(c.indicator.ref);
			if (k === undefined) byRef.set(c.indicator.ref, (k = indicators++));
			cIndicator[i] = k;
		} else cIndicator[i] = -1;
	}
	const key = new Int32Array(C);
	for (let i = 0; i < C; i++) key[i] = cPositive[i] ? cTarget[i]! : -1;
	const positive = groupPositions(key, T);
	for (let i = 0; i < C; i++) key[i] = cPositive[i] ? -1 : cTarget[i]!;
	const negative = groupPositions(key, T);
	const cellPositive = new Int32Array(U * T);
	const cellNegative = new Int32Array(U * T);
	for (let i = 0; i < C; i++) {
		const cell = cUnit[i]! * T + cTarget[i]!;
		key[i] = cell;
		if (cPositive[i]) cellPositive[cell]! += cStrength[i]!;
		else cellNegative[cell]! += cStrength[i]!;
	}
	const cells = groupPositions(key, U * T);
	const byActivity = groupPositions(cActivity, activityIds.length);
	for (let i = 0; i < C; i++) key[i] = cUnit[i]! * 17 + TARGET_GOAL[cTarget[i]!]! - 1;
	const unitGoalContributions = groupPositions(key, U * 17);
	const ratingKey = new Int32Array(ratings.length);
	for (let i = 0; i < ratings.length; i++) ratingKey[i] = ratings[i]!.unit * 17 + ratings[i]!.goal - 1;
	const unitGoalRatings = groupPositions(ratingKey, U * 17);

	// (A loop: Uint8Array.from with a mapping function goes through the iterator protocol, ten times slower.)
	const ratingRelevant = new Uint8Array(ratings.length);
	for (let i = 0; i < ratings.length; i++) if (isRelevant(ratings[i]!.level)) ratingRelevant[i] = 1;

	const model = { units, unitIdRank, unitsById } as Pick<Model, 'units' | 'unitIdRank' | 'unitsById'>;
	const prioritised = new Map<string, PrioritisedTarget>();
	for (let t = 0; t < T; t++) {
		const rated = targetRatings[t]!;
		let high: Rating[] | null = null;
		for (let k = 0; k < rated.length; k++) if (rated[k]!.level === 'hög') (high ??= []).push(rated[k]!);
		if (high === null) continue;
		const units = new Int32Array(high.length);
		for (let k = 0; k < high.length; k++) units[k] = high[k]!.unit;
		prioritised.set(TARGET_CODES[t]!, { ratings: high, unitIds: unitIdsOf(model, units) });
	}

	// One score per ordered pair of distinct catalogue targets (the lowest id when a cell comes twice), in SDG
	// order of the row, then the column — without sorting or building a key per cell.
	// A matrix's cells come row by row, so the row's number is looked up only when the row changes.
	// Each cell holds the position of its score in the input, -1 when unscored (numbers, not the objects: a
	// 28,561-slot array of objects costs more to fill and scan than a typed array).
	const scored = input.interactions;
	const chosen = new Int32Array(T * T).fill(-1);
	let count = 0;
	let row = '';
	let from = -1;
	for (let k = 0; k < scored.length; k++) {
		const i = scored[k]!;
		if (i.from !== row) {
			row = i.from;
			from = targetNumber(row);
		}
		const to = targetNumber(i.to);
		if (from < 0 || to < 0 || from === to) continue;
		const cell = from * T + to;
		const before = chosen[cell]!;
		if (before < 0) {
			chosen[cell] = k;
			count++;
		} else if (i.id < scored[before]!.id) chosen[cell] = k;
	}
	const interactions = new Array<AnalysisInteraction>(count);
	const interactionCells = new Int32Array(count);
	for (let cell = 0, n = 0; cell < chosen.length; cell++) {
		if (chosen[cell]! < 0) continue;
		interactions[n] = scored[chosen[cell]!]!;
		interactionCells[n++] = cell;
	}

	return {
		units,
		unitIndex,
		unitsByName,
		unitNameRank,
		unitsById,
		unitIdRank,
		activityCount: counted.length,
		contributions,
		contributionIds,
		cUnit,
		cTarget,
		cStrength,
		cPositive,
		cActivity,
		cIndicator,
		ratings,
		ratingRelevant,
		activityIds,
		activityAt,
		targetRating,
		goalRating,
		targetRatings,
		positive,
		negative,
		cells,
		cellPositive,
		cellNegative,
		byActivity,
		unitGoalContributions,
		unitGoalRatings,
		activityMarks: new Uint8Array(activityIds.length),
		activityScratch: new Int32Array(activityIds.length),
		prioritised,
		interactions,
		interactionCells,
		dimensions: input.dimensions ?? DEFAULT_DIMENSIONS
	};
}

/** Sorted, distinct strings (a list that is so already is returned as it is: callers hand over fresh lists). */
export function sortedIds(ids: Iterable<string>): string[] {
	const list = Array.isArray(ids) ? (ids as string[]) : [...ids];
	let ascending = true;
	for (let i = 1; i < list.length && ascending; i++) ascending = list[i - 1]! < list[i]!;
	if (ascending) return list;
	return [...new Set(list)].sort();
}

/** Distinct codes in SDG order (a list that is so already is returned as it is). */
export function sortedCodes(codes: Iterable<string>): string[] {
	const list = Array.isArray(codes) ? (codes as string[]) : [...codes];
	let ascending = true;
	for (let i = 1; i < list.length && ascending; i++) ascending = targetPosition(list[i - 1]!) < targetPosition(list[i]!);
	if (ascending) return list;
	return [...new Set(list)].sort((a, b) => targetPosition(a) - targetPosition(b) || compareTargetCodes(a, b));
}

/**
 * Lists of numbers in ascending order, in place: insertion sort for the handful of items most lists have, a
 * native typed-array sort for long ones (a comparator sort of a goal's thousand activities costs several times more).
 */
export function sortNumbers(list: number[]): number[] {
	if (list.length > 32) {
		const sorted = new Int32Array(list).sort();
		for (let i = 0; i < sorted.length; i++) list[i] = sorted[i]!;
		return list;
	}
	for (let i = 1; i < list.length; i++) {
		const x = list[i]!;
		let j = i - 1;
		while (j >= 0 && list[j]! > x) {
			list[j + 1] = list[j]!;
			j--;
		}
		list[j + 1] = x;
	}
	return list;
}

/** The distinct items of an ascending list, in place. */
export function distinctSorted(list: number[]): number[] {
	let n = 0;
	for (let i = 0; i < list.length; i++) if (i === 0 || list[i] !== list[i - 1]) list[n++] = list[i]!;
	list.length = n;
	return list;
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
export const EMPTY_EVIDENCE: Evidence = Object.freeze({ relevance: NONE, contributions: NONE, activities: NONE, interactions: NONE });

/** Distinct numbers in ascending order: the list itself when it is so already, else a sorted copy. */
export function ascendingDistinct(list: ArrayLike<number>): ArrayLike<number> {
	let ascending = true;
	for (let i = 1; i < list.length && ascending; i++) ascending = list[i - 1]! < list[i]!;
	if (ascending) return list;
	// Typed arrays sort numbers natively; short lists are cheaper to sort in place as plain arrays.
	const sorted = list.length > 32 ? new Int32Array(list).sort() : sortNumbers(Array.from(list));
	let n = 0;
	for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
	return sorted instanceof Int32Array ? sorted.subarray(0, n) : ((sorted.length = n), sorted);
}

/** Two ascending lists of distinct positions merged into one, ascending and distinct. */
export function mergeAscending(a: ArrayLike<number>, b: ArrayLike<number>): Int32Array {
	const out = new Int32Array(a.length + b.length);
	let i = 0;
	let j = 0;
	let n = 0;
	while (i < a.length && j < b.length) {
		const x = a[i]!;
		const y = b[j]!;
		if (x <= y) {
			out[n++] = x;
			i++;
			if (x === y) j++;
		} else {
			out[n++] = y;
			j++;
		}
	}
	while (i < a.length) out[n++] = a[i++]!;
	while (j < b.length) out[n++] = b[j++]!;
	return n === out.length ? out : out.subarray(0, n);
}

/**
 * Copies a list of positions into `out` from `at` and returns the new end. Evidence is collected in plain typed
 * arrays rather than a buffer object: objects made per analysis lose their V8 shape at every full collection,
 * and the code optimised for them is thrown away with it.
 */
export function appendTo(out: Int32Array, at: number, list: ArrayLike<number>): number {
	for (let i = 0; i < list.length; i++) out[at++] = list[i]!;
	return at;
}

/** The ids of the ratings at some positions, in id order. */
function ratingIdsAt(model: Model, positions: ArrayLike<number> | null): readonly string[] {
	if (!positions || positions.length === 0) return NONE;
	const sorted = ascendingDistinct(positions);
	const out = new Array<string>(sorted.length);
	for (let i = 0; i < sorted.length; i++) out[i] = model.ratings[sorted[i]!]!.id;
	return out;
}

/** The ids of the contributions at some ascending, distinct positions. */
function contributionIdsAt(model: Model, sorted: ArrayLike<number>): string[] {
	const out = new Array<string>(sorted.length);
	const ids = model.contributionIds;
	for (let i = 0; i < sorted.length; i++) out[i] = ids[sorted[i]!]!;
	return out;
}

/** The distinct activities of some contributions, in id order. */
function activityIdsOf(model: Model, contributions: ArrayLike<number>): string[] {
	if (contributions.length === 1) return [model.activityIds[model.cActivity[contributions[0]!]!]!];
	const marks = model.activityMarks;
	const found = model.activityScratch;
	let n = 0;
	for (let i = 0; i < contributions.length; i++) {
		const a = model.cActivity[contributions[i]!]!;
		if (marks[a]) continue;
		marks[a] = 1;
		found[n++] = a;
	}
	for (let i = 0; i < n; i++) marks[found[i]!] = 0;
	const sorted = found.subarray(0, n).sort();
	const out = new Array<string>(n);
	for (let i = 0; i < n; i++) out[i] = model.activityIds[sorted[i]!]!;
	return out;
}

/**
 * The ids behind a figure or finding, each list sorted and without repeats: the ratings and contributions at
 * some positions (in any order; lists from the model are ascending already and are used as they are), the
 * contributions' activities, and interaction cell ids.
 */
export function evidenceAt(model: Model, ratingPositions: ArrayLike<number> | null, contributionPositions: ArrayLike<number> | null, interactions?: Iterable<string>): Evidence {
	const relevance = ratingIdsAt(model, ratingPositions);
	let contributions: readonly string[] = NONE;
	let activities: readonly string[] = NONE;
	if (contributionPositions && contributionPositions.length > 0) {
		const sorted = ascendingDistinct(contributionPositions);
		contributions = contributionIdsAt(model, sorted);
		activities = activityIdsOf(model, sorted);
	}
	const interactionIds = interactions ? sortedIds(interactions) : NONE;
	if (relevance === NONE && contributions === NONE && interactionIds.length === 0) return EMPTY_EVIDENCE;
	return { relevance, contributions, activities, interactions: interactionIds.length === 0 ? NONE : interactionIds };
}

/** The positions of some ratings. */
export function ratingPositions(ratings: readonly Rating[]): Int32Array {
	const out = new Int32Array(ratings.length);
	for (let i = 0; i < ratings.length; i++) out[i] = ratings[i]!.order;
	return out;
}

/** Unit names for a message, in Swedish alphabetical order (ties by id); units given by number. */
export function unitNames(model: Model, units: ArrayLike<number>): string[] {
	const ranks = new Int32Array(units.length);
	for (let i = 0; i < units.length; i++) ranks[i] = model.unitNameRank[units[i]!]!;
	const sorted = ascendingDistinct(ranks);
	const out = new Array<string>(sorted.length);
	for (let i = 0; i < sorted.length; i++) out[i] = model.unitsByName[sorted[i]!]!.name;
	return out;
}

/** The ids of some units given by number, sorted and distinct. */
export function unitIdsOf(model: Pick<Model, 'unitIdRank' | 'unitsById'>, units: ArrayLike<number>): string[] {
	const ranks: number[] = [];
	for (let i = 0; i < units.length; i++) ranks.push(model.unitIdRank[units[i]!]!);
	distinctSorted(sortNumbers(ranks));
	const out = new Array<string>(ranks.length);
	for (let i = 0; i < ranks.length; i++) out[i] = model.unitsById[ranks[i]!]!.id;
	return out;
}

/**
 * Distinct units of some contributions (positions), in ascending unit number. `seen` is a scratch array of
 * one slot per unit, handed back all zero.
 */
export function unitsOf(model: Model, contributions: ArrayLike<number>, seen: Uint8Array): number[] {
	const out: number[] = [];
	for (let i = 0; i < contributions.length; i++) {
		const u = model.cUnit[contributions[i]!]!;
		if (seen[u]) continue;
		seen[u] = 1;
		out.push(u);
	}
	for (const u of out) seen[u] = 0;
	return sortNumbers(out);
}

export function strengthOf(model: Model, contributions: ArrayLike<number>): number {
	let sum = 0;
	for (let i = 0; i < contributions.length; i++) sum += model.cStrength[contributions[i]!]!;
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

/** The findings in ranked order (compareFindings), sorting numbers first and comparing keys only on ties. */
export function rank(findings: Finding[]): Finding[] {
	const n = findings.length;
	const weight = new Float64Array(n);
	const first = new Int32Array(n);
	const order = new Array<number>(n);
	for (let i = 0; i < n; i++) {
		const f = findings[i]!;
		weight[i] = f.weight;
		first[i] = f.targetCodes[0] === undefined ? 0x7fffffff : targetPosition(f.targetCodes[0]);
		order[i] = i;
	}
	order.sort((a, b) => weight[b]! - weight[a]! || first[a]! - first[b]! || compareKeys(findings[a]!.key, findings[b]!.key));
	const out = new Array<Finding>(n);
	for (let i = 0; i < n; i++) out[i] = findings[order[i]!]!;
	return out;
}

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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

/** The distinct goals of some target numbers in ascending order, ascending. */
export function goalsOfTargets(targets: readonly number[]): number[] {
	const out: number[] = [];
	for (const t of targets) {
		const g = TARGET_GOAL[t]!;
		if (out[out.length - 1] !== g) out.push(g);
	}
	return out;
}

const goalOfTarget = (code: string): number => {
	const t = targetNumber(code);
	return t < 0 ? Number(code.split('.')[0]) : TARGET_GOAL[t]!;
};

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
		...(f.indicatorIds ? { indicatorIds: [...f.indicatorIds] } : {}),
		message: f.message
	};
}
