// The kartläggning's vocabulary: scales, kinds and the rules on codes that hold whatever the database.
import { isGoalNumber, isTargetCode, parseGoalNumber } from './sdg-codes.js';
import { UUID_RE } from './ids.js';

export const cycleStatuses = ['open', 'closed'] as const;
export type CycleStatus = (typeof cycleStatuses)[number];

export const relevanceLevels = ['ej_relevant', 'låg', 'medel', 'hög', 'vet_ej'] as const;
export type RelevanceLevel = (typeof relevanceLevels)[number];

/** The goals whose targets are assessed next: those the unit agreed are of medium or high relevance. */
export const targetStepLevels: readonly RelevanceLevel[] = ['medel', 'hög'];

export const relevanceKinds = ['goal', 'target'] as const;
export type RelevanceKind = (typeof relevanceKinds)[number];

export const directions = ['bidrar', 'motverkar'] as const;
export type Direction = (typeof directions)[number];

export const strengths = [1, 2, 3] as const;
export type Strength = (typeof strengths)[number];

export const directnesses = ['direkt', 'indirekt'] as const;
export type Directness = (typeof directnesses)[number];

export const dimensions = ['social', 'ekologisk', 'ekonomisk'] as const;
export type Dimension = (typeof dimensions)[number];

export const challengeKinds = ['utmaning', 'möjlighet'] as const;
export type ChallengeKind = (typeof challengeKinds)[number];

export const documentTypes = ['policy', 'strategi', 'program', 'plan', 'handlingsplan', 'riktlinje', 'rutin'] as const;
export type DocumentType = (typeof documentTypes)[number];

export const indicatorKinds = ['kolada', 'sdg', 'local'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

/** What an individual input is about. Workshops may add kinds; the table does not restrict them. */
export const inputKinds = ['goal_relevance', 'target_relevance', 'contribution', 'challenge', 'document', 'activity'] as const;
export type InputKind = (typeof inputKinds)[number];

export const relevanceLevelLabelKeys = {
	ej_relevant: 'mapping.level.ej_relevant',
	låg: 'mapping.level.lag',
	medel: 'mapping.level.medel',
	hög: 'mapping.level.hog',
	vet_ej: 'mapping.level.vet_ej'
} as const satisfies Record<RelevanceLevel, string>;

export const directionLabelKeys = {
	bidrar: 'mapping.direction.bidrar',
	motverkar: 'mapping.direction.motverkar'
} as const satisfies Record<Direction, string>;

export const strengthLabelKeys = {
	1: 'mapping.strength.1',
	2: 'mapping.strength.2',
	3: 'mapping.strength.3'
} as const satisfies Record<Strength, string>;

export const directnessLabelKeys = {
	direkt: 'mapping.directness.direkt',
	indirekt: 'mapping.directness.indirekt'
} as const satisfies Record<Directness, string>;

export const dimensionLabelKeys = {
	social: 'mapping.dimension.social',
	ekologisk: 'mapping.dimension.ekologisk',
	ekonomisk: 'mapping.dimension.ekonomisk'
} as const satisfies Record<Dimension, string>;

export const challengeKindLabelKeys = {
	utmaning: 'mapping.challengeKind.utmaning',
	möjlighet: 'mapping.challengeKind.mojlighet'
} as const satisfies Record<ChallengeKind, string>;

export const documentTypeLabelKeys = {
	policy: 'mapping.documentType.policy',
	strategi: 'mapping.documentType.strategi',
	program: 'mapping.documentType.program',
	plan: 'mapping.documentType.plan',
	handlingsplan: 'mapping.documentType.handlingsplan',
	riktlinje: 'mapping.documentType.riktlinje',
	rutin: 'mapping.documentType.rutin'
} as const satisfies Record<DocumentType, string>;

export const indicatorKindLabelKeys = {
	kolada: 'mapping.indicatorKind.kolada',
	sdg: 'mapping.indicatorKind.sdg',
	local: 'mapping.indicatorKind.local'
} as const satisfies Record<IndicatorKind, string>;

/** The message shown when an indicator reference breaks the rules of its kind. */
export const indicatorErrorKeys = {
	kolada: 'mapping.error.koladaId',
	sdg: 'mapping.error.sdgIndicator',
	local: 'mapping.error.localIndicator'
} as const satisfies Record<IndicatorKind, string>;

export const cycleStatusLabelKeys = {
	open: 'mapping.cycle.status.open',
	closed: 'mapping.cycle.status.closed'
} as const satisfies Record<CycleStatus, string>;

const member =
	<T extends string | number>(list: readonly T[]) =>
	(value: unknown): value is T =>
		(list as readonly unknown[]).includes(value);

export const isRelevanceLevel = member(relevanceLevels);
export const isDimension = member(dimensions);
export const isInputKind = member(inputKinds);

/** Kolada key figure ids: N or U and five digits (N15436, U00811). */
export const KOLADA_KPI_ID = /^[NU]\d{5}$/;

/** A link people may follow: an absolute http or https address of reasonable length. */
export function isWebLink(url: string): boolean {
	if (url.length > 2000) return false;
	try {
		const u = new URL(url);
		return u.protocol === 'http:' || u.protocol === 'https:';
	} catch {
		return false;
	}
}

/** The code a relevance row is kept under: the goal number ("6") or the target code ("6.3"). */
export function isRelevanceCode(kind: RelevanceKind, code: string): boolean {
	return kind === 'goal' ? parseGoalNumber(code) !== null : isTargetCode(code);
}

/** The goal a relevance code belongs to. */
export function goalOfCode(code: string): number {
	return Number(code.split('.')[0]);
}

/**
 * Target codes typed as a list ("11.6, 12.5 4.7"): split on commas and spaces, duplicates dropped,
 * order kept. Whether they are real targets is for the caller to check against the catalogue.
 */
export function splitTargetCodes(text: string): string[] {
	return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}


/**
 * The subject of an individual input, by kind: a goal number, a target code, "<activity id>:<target>",
 * "<dimension>:<note id>" for a challenge note, or the id of an activity or a document.
 */
export function isInputSubject(kind: string, subject: string): boolean {
	if (subject.length > 100) return false;
	switch (kind) {
		case 'goal_relevance':
			return parseGoalNumber(subject) !== null && isGoalNumber(Number(subject));
		case 'target_relevance':
			return isTargetCode(subject);
		case 'contribution': {
			const [activity, code, ...rest] = subject.split(':');
			return rest.length === 0 && UUID_RE.test(activity ?? '') && isTargetCode(code);
		}
		case 'challenge': {
			const [dimension, note, ...rest] = subject.split(':');
			return rest.length === 0 && isDimension(dimension) && UUID_RE.test(note ?? '');
		}
		case 'document':
		case 'activity':
			return UUID_RE.test(subject);
		default:
			return false;
	}
}

export function contributionSubject(activityId: string, targetCode: string): string {
	return `${activityId}:${targetCode}`;
}

/** Who agreed the current value (a user id), when, and the version an edit must name. */
export interface Agreed {
	agreedBy: string | null;
	agreedAt: Date;
	version: number;
}

export interface Cycle {
	id: string;
	name: string;
	year: number;
	status: CycleStatus;
	copiedFromId: string | null;
	createdAt: Date;
}

export interface Grunduppdrag extends Agreed {
	text: string;
}

export interface Relevance extends Agreed {
	kind: RelevanceKind;
	code: string;
	level: RelevanceLevel;
	motivation: string | null;
}

export interface Activity extends Agreed {
	id: string;
	name: string;
	description: string | null;
	owner: string | null;
	position: number;
}

export interface Indicator {
	kind: IndicatorKind;
	ref: string;
}

export interface Contribution extends Agreed {
	id: string;
	activityId: string;
	targetCode: string;
	direction: Direction;
	strength: Strength;
	directness: Directness;
	motivation: string | null;
	indicator: Indicator | null;
}

export interface Challenge extends Agreed {
	id: string;
	dimension: Dimension;
	kind: ChallengeKind;
	text: string;
	targetCodes: string[];
}

export interface SteeringDocument extends Agreed {
	id: string;
	name: string;
	type: DocumentType;
	url: string | null;
	targetCodes: string[];
}

export interface MappingInput {
	id: string;
	cycleId: string;
	unitId: string;
	workshopId: string | null;
	authorUserId: string | null;
	authorGuestId: string | null;
	kind: string;
	subject: string;
	value: unknown;
	createdAt: Date;
	seq: number | null;
}

/** How far a unit's mapping has come in a cycle. */
export interface UnitProgress {
	unitId: string;
	grunduppdrag: boolean;
	goals: number;
	targets: number;
	activities: number;
	contributions: number;
	challenges: number;
	documents: number;
}
