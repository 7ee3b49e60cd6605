// The municipality's own steering: the words and scales of focus areas, prioritised goals, indicators,
// outcomes and the yearly judgement of goal fulfilment. Imports nothing.

export const localIndicatorKinds = ['styrande', 'stödjande'] as const;
export type IndicatorKind = (typeof localIndicatorKinds)[number];

/** Which way is better for the indicator: a higher value (most) or a lower one (a handling time). */
export const betterDirections = ['higher', 'lower'] as const;
export type Direction = (typeof betterDirections)[number];

/** Kolada's gender split: T (totalt), K (kvinnor), M (män). Sorted in this order everywhere. */
export const genders = ['T', 'K', 'M'] as const;
export type Gender = (typeof genders)[number];

export const judgementLevels = ['uppfyllt', 'delvis', 'ej_uppfyllt', 'kan_ej_bedomas'] as const;
export type JudgementLevel = (typeof judgementLevels)[number];

/** Kolada's code for the whole country, the default comparison. */
export const RIKET = '0000';

export interface FocusArea {
	id: string;
	parentId: string | null;
	name: string;
	description: string | null;
	position: number;
	targetCodes: string[];
}

export interface PriorityGoal {
	id: string;
	focusAreaId: string | null;
	/** A unit's own goal names the prioritised goal it is derived from, and its owning unit. */
	parentId: string | null;
	unitId: string | null;
	title: string;
	description: string | null;
	periodStart: number | null;
	periodEnd: number | null;
	position: number;
	targetCodes: string[];
}

export interface TargetValue {
	year: number;
	value: number;
}

export interface Outcome {
	year: number;
	gender: Gender;
	/** '' is the whole municipality. */
	area: string;
	value: number;
}

export interface LocalIndicator {
	id: string;
	goalId: string;
	name: string;
	kind: IndicatorKind;
	/** A Kolada KPI id, or null when the source is another one (sourceName). */
	koladaKpi: string | null;
	sourceName: string | null;
	unitLabel: string | null;
	direction: Direction;
	position: number;
	targetCodes: string[];
	targets: TargetValue[];
	outcomes: Outcome[];
}

export interface GoalJudgement {
	goalId: string;
	year: number;
	level: JudgementLevel;
	analysis: string;
	updatedAt: Date;
	updatedBy: string | null;
}

/** One number from Kolada for a KPI, municipality (or group), year and gender. */
export interface KoladaValue {
	kpi: string;
	municipality: string;
	year: number;
	gender: Gender;
	value: number;
}

export function compareGender(a: Gender, b: Gender): number {
	return genders.indexOf(a) - genders.indexOf(b);
}
