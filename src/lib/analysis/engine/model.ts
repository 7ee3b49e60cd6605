// The input, checked and indexed once: what every part of the analysis reads. Inputs the engine cannot place
// (an unknown unit, a code outside the SDG catalogue, a second rating of the same code by the same unit, a
// second score of the same cell) are left out rather than refused, and every list is taken in id order, so the
// result does not depend on the order of the input arrays.
import { compareTargetCodes, isGoalNumber, parseGoalNumber } from '#lib/domain/sdg-codes.js';
import type { RelevanceLevel } from '#lib/domain/mapping.js';
import { target as catalogueTarget, targets as catalogueTargets } from '#lib/sdg/catalogue.js';
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

/** Levels that make a target (or goal) relevant. */
export const RELEVANT_LEVELS: readonly RelevanceLevel[] = ['medel', 'hög'];
/** Levels that count as a unit having addressed a target (for `unaddressed`). */
export const ADDRESSED_LEVELS: readonly RelevanceLevel[] = ['låg', 'medel', 'hög'];

export const isRelevant = (level: RelevanceLevel | null | undefined): boolean => level === 'medel' || level === 'hög';

/** Priority of one unit's rating in gap weights: hög 2, medel 1, else 0. */
export const priorityOf = (level: RelevanceLevel | null | undefined): number => (level === 'hög' ? 2 : level === 'medel' ? 1 : 0);

export interface Rating {
	readonly unitId: string;
	/** The goal number ("6") or the target code ("6.3"). */
	readonly code: string;
	readonly level: RelevanceLevel;
	readonly id: string;
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
	readonly activities: readonly AnalysisActivity[];
	readonly activityById: ReadonlyMap<string, AnalysisActivity>;
	readonly contributions: readonly AnalysisContribution[];
	/** Goal ratings: unit id → goal → rating. */
	readonly goalRatings: ReadonlyMap<string, ReadonlyMap<number, Rating>>;
	/** Target ratings: unit id → code → rating. */
	readonly targetRatings: ReadonlyMap<string, ReadonlyMap<string, Rating>>;
	/** All 169 targets, SDG order. */
	readonly targets: readonly TargetFacts[];
	readonly targetByCode: ReadonlyMap<string, TargetFacts>;
	/** The scored cells that count, one per ordered pair of distinct catalogue targets, in id order. */
	readonly interactions: readonly AnalysisInteraction[];
	readonly dimensions: DimensionGrouping;
}

const byId = <T extends { readonly id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function prepare(input: AnalysisInput): Model {
	const units: AnalysisUnit[] = [];
	const unitById = new Map<string, AnalysisUnit>();
	for (const unit of input.units) {
		if (unitById.has(unit.id)) continue;
		unitById.set(unit.id, unit);
		units.push(unit);
	}
	const unitIndex = new Map(units.map((u, i) => [u.id, i]));

	const activities = [...input.activities].filter((a) => unitById.has(a.unitId)).sort(byId);
	const activityById = new Map<string, AnalysisActivity>();
	for (const a of activities) if (!activityById.has(a.id)) activityById.set(a.id, a);

	const targets: TargetFacts[] = catalogueTargets().map((t) => ({ code: t.code, goal: t.goal, ratings: [], positive: [], negative: [] }));
	const targetByCode = new Map(targets.map((t) => [t.code, t]));

	const goalRatings = new Map<string, Map<number, Rating>>();
	const targetRatings = new Map<string, Map<string, Rating>>();
	for (const r of [...input.relevance].sort(byId)) {
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
			forUnit.set(r.code, rating(r));
			facts.ratings.push(rating(r));
		}
	}

	const contributions: AnalysisContribution[] = [];
	for (const c of [...input.contributions].sort(byId)) {
		const facts = targetByCode.get(c.targetCode);
		if (!facts || !unitById.has(c.unitId)) continue;
		contributions.push(c);
		(c.direction === 'bidrar' ? facts.positive : facts.negative).push(c);
	}

	const seenCells = new Set<string>();
	const interactions: AnalysisInteraction[] = [];
	for (const i of [...input.interactions].sort(byId)) {
		if (i.from === i.to || !catalogueTarget(i.from) || !catalogueTarget(i.to)) continue;
		const cell = `${i.from}>${i.to}`;
		if (seenCells.has(cell)) continue;
		seenCells.add(cell);
		interactions.push(i);
	}

	return {
		units,
		unitById,
		unitIndex,
		activities,
		activityById,
		contributions,
		goalRatings,
		targetRatings,
		targets,
		targetByCode,
		interactions,
		dimensions: input.dimensions ?? DEFAULT_DIMENSIONS
	};
}

function rating(r: AnalysisRelevance): Rating {
	return { unitId: r.unitId, code: r.code, level: r.level, id: r.id };
}

/** Sorted, distinct strings. */
export function sortedIds(ids: Iterable<string>): string[] {
	return [...new Set(ids)].sort();
}

export function sortedCodes(codes: Iterable<string>): string[] {
	return [...new Set(codes)].sort(compareTargetCodes);
}

export function evidence(parts: { relevance?: Iterable<string>; contributions?: Iterable<AnalysisContribution>; interactions?: Iterable<string> }): Evidence {
	const contributions = [...(parts.contributions ?? [])];
	return {
		relevance: sortedIds(parts.relevance ?? []),
		contributions: sortedIds(contributions.map((c) => c.id)),
		activities: sortedIds(contributions.map((c) => c.activityId)),
		interactions: sortedIds(parts.interactions ?? [])
	};
}

const collator = new Intl.Collator('sv');

/** Unit names for a message, in Swedish alphabetical order. */
export function unitNames(model: Model, unitIds: Iterable<string>): string[] {
	return sortedIds(unitIds)
		.map((id) => model.unitById.get(id)?.name ?? id)
		.sort(collator.compare);
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
		const byCode = compareTargetCodes(ta, tb);
		if (byCode !== 0) return byCode;
	} else if (ta !== undefined || tb !== undefined) {
		return ta !== undefined ? -1 : 1;
	}
	return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export function rank(findings: Finding[]): Finding[] {
	return findings.sort(compareFindings);
}

export function goalsOf(codes: readonly string[]): number[] {
	return [...new Set(codes.map((c) => Number(c.split('.')[0])))].sort((a, b) => a - b);
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
		activityIds: f.activityIds ? sortedIds(f.activityIds) : [...f.evidence.activities],
		evidence: f.evidence,
		message: f.message
	};
}
