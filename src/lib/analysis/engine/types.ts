// The analysis engine's data shapes: what `analyse(input)` takes (one organisation's agreed mapping for one
// cycle, plain data) and what it returns (coverage, gaps, synergies, goal conflicts, the interaction network),
// every finding carrying the ids of the inputs behind it and a message for its plain-language sentence.
import type { Dimension, Direction, Directness, RelevanceLevel, Strength } from '../../domain/mapping.js';
import type { GoalMatrix, InteractionScore, TargetMetrics } from '../interactions/types.js';

/** Which goals belong to which sustainability dimension; a goal may sit in several (goal 17 in all by default). */
export type DimensionGrouping = Readonly<Record<Dimension, readonly number[]>>;

export interface AnalysisUnit {
	readonly id: string;
	readonly name: string;
	/** nämnd, förvaltning, sektor, bolag, förbund, verksamhet, styrelse */
	readonly type: string;
	readonly parentId: string | null;
}

/** An agreed relevance rating of a goal ('6') or a target ('6.3') for one unit. */
export interface AnalysisRelevance {
	readonly id: string;
	readonly unitId: string;
	readonly kind: 'goal' | 'target';
	readonly code: string;
	readonly level: RelevanceLevel;
}

export interface AnalysisActivity {
	readonly id: string;
	readonly unitId: string;
	readonly name: string;
}

/** An agreed contribution of an activity to a target. */
export interface AnalysisContribution {
	readonly id: string;
	readonly unitId: string;
	readonly activityId: string;
	readonly targetCode: string;
	readonly direction: Direction;
	readonly strength: Strength;
	readonly directness: Directness;
	/** The indicator named as showing it (Kolada KPI id, SDG indicator code or local measure), if any. */
	readonly indicator: { readonly kind: 'kolada' | 'sdg' | 'local'; readonly ref: string } | null;
}

/** One cell of the interaction network that counts (agreed or imported): row `from` influences column `to`. */
export interface AnalysisInteraction {
	readonly from: string;
	readonly to: string;
	readonly score: InteractionScore;
	/** Opaque id of the cell (e.g. `${from}>${to}`), for traceability. */
	readonly id: string;
}

export interface AnalysisInput {
	readonly units: readonly AnalysisUnit[];
	readonly relevance: readonly AnalysisRelevance[];
	readonly activities: readonly AnalysisActivity[];
	readonly contributions: readonly AnalysisContribution[];
	readonly interactions: readonly AnalysisInteraction[];
	/** Omitted: the default grouping (DEFAULT_DIMENSIONS). */
	readonly dimensions?: DimensionGrouping;
	/** The municipality's own indicators and the SDG targets they follow; omitted or empty: no steering gaps. */
	readonly steering?: readonly AnalysisLocalIndicator[];
}

/** One of the municipality's own indicators, as far as the gap list needs it. */
export interface AnalysisLocalIndicator {
	readonly id: string;
	readonly name: string;
	readonly targetCodes: readonly string[];
	/** The municipality's own reading of its outcomes (domain/trend.ts), and the baseline year it reads from. */
	readonly trend: 'right' | 'wrong' | 'flat' | 'unknown';
	readonly since: number | null;
}

/** Ids of the inputs a figure or finding rests on. */
export interface Evidence {
	readonly relevance: readonly string[];
	readonly contributions: readonly string[];
	readonly activities: readonly string[];
	readonly interactions: readonly string[];
}

/** A sentence to show: an i18n key (area `finding.`) and its parameters; list parameters are joined with "och"/"and". */
export interface FindingMessage {
	readonly key: string;
	readonly params: Readonly<Record<string, string | number | readonly string[]>>;
}

export type FindingKind = 'strength' | 'gap' | 'synergy' | 'conflict';

export type FindingType =
	// strengths: where are we strong?
	| 'strongTarget' // a relevant target with positive contributions from several units
	| 'strongGoal' // a goal with much positive weight
	// gaps
	| 'relevantWithoutContribution' // rated relevant (medel/hög) by some unit, no positive contribution anywhere
	| 'unaddressed' // no unit rates it relevant and nothing contributes to it
	| 'onlyNegative' // contributions exist, all negative
	| 'withoutIndicator' // relevant and contributed to, but no contribution names an indicator
	| 'fragileGoal' // a goal whose relevant targets are covered by a single unit
	| 'notFollowed' // relevant and contributed to, but none of the municipality's own indicators follows it
	| 'wrongWay' // followed by one of the municipality's own indicators, which is moving the wrong way
	// synergies
	| 'sharedTargets' // two units contributing positively to the same targets
	| 'reinforcingPair' // two prioritised targets joined by a positive interaction score (≥ 2)
	// conflicts
	| 'activityConflict' // one activity helps some targets and counteracts others
	| 'opposedUnits' // units pulling one target in opposite directions
	| 'negativeInteraction'; // two prioritised targets joined by a negative interaction score

export interface Finding {
	/** Stable across runs and cycles for the same situation (e.g. `gap:unaddressed:14.1`): council items refer to it. */
	readonly key: string;
	readonly kind: FindingKind;
	readonly type: FindingType;
	/** Higher = more important; lists are sorted by it (ties: SDG order of the first target, then key). */
	readonly weight: number;
	readonly unitIds: readonly string[];
	readonly targetCodes: readonly string[];
	readonly goals: readonly number[];
	readonly activityIds: readonly string[];
	readonly evidence: Evidence;
	/** The municipality's own indicators the finding rests on (steering gaps only). */
	readonly indicatorIds?: readonly string[];
	readonly message: FindingMessage;
}

/** Counts of agreed relevance levels. */
export type LevelCounts = Readonly<Record<RelevanceLevel, number>>;

/** One unit × one goal. */
export interface UnitGoalCell {
	readonly unitId: string;
	readonly goal: number;
	/** The unit's agreed relevance of the goal, null if not rated. */
	readonly relevance: RelevanceLevel | null;
	/** The goal's targets the unit rates medel or hög. */
	readonly relevantTargets: number;
	/** Σ strength of positive / negative contributions (negative as a positive number). */
	readonly positive: number;
	readonly negative: number;
	readonly contributions: number;
	readonly evidence: Evidence;
}

/** One unit × one target; only cells with a rating or a contribution are listed. */
export interface UnitTargetCell {
	readonly unitId: string;
	readonly code: string;
	readonly relevance: RelevanceLevel | null;
	readonly positive: number;
	readonly negative: number;
	readonly contributions: number;
	readonly evidence: Evidence;
}

export interface TargetCoverage {
	readonly code: string;
	readonly goal: number;
	/** Units per agreed level (a unit counts once, under its rating of the target). */
	readonly levels: LevelCounts;
	/** Units rating it medel or hög. */
	readonly unitsRelevant: number;
	/** Units rating it hög: prioritised when ≥ 1. */
	readonly unitsPrioritised: number;
	readonly unitsContributing: number;
	readonly positive: number;
	readonly negative: number;
	readonly contributions: number;
	/** Distinct indicators named on its contributions. */
	readonly indicators: number;
}

export interface GoalCoverage {
	readonly goal: number;
	/** Units rating the goal itself, per level. */
	readonly levels: LevelCounts;
	readonly unitsRelevant: number;
	readonly unitsContributing: number;
	readonly positive: number;
	readonly negative: number;
	readonly contributions: number;
	/** Targets of the goal with at least one positive contribution, of all its targets. */
	readonly targetsCovered: number;
	readonly targetsTotal: number;
}

export interface DimensionCoverage {
	readonly dimension: Dimension;
	readonly goals: readonly number[];
	readonly unitsContributing: number;
	readonly positive: number;
	readonly negative: number;
	readonly contributions: number;
	readonly targetsCovered: number;
	readonly targetsTotal: number;
}

/** Unit × unit synergy: `weight[i][j]` = Σ over shared targets of min(positive_i, positive_j); diagonal 0. */
export interface UnitSynergyMatrix {
	readonly unitIds: readonly string[];
	readonly weight: readonly (readonly number[])[];
	/** The shared targets of each pair, SDG order. */
	readonly targets: readonly (readonly (readonly string[])[])[];
}

export interface NetworkEdge {
	readonly from: string;
	readonly to: string;
	readonly score: InteractionScore;
	readonly id: string;
}

export interface AnalysisResult {
	readonly coverage: {
		/** units (input order) × goals 1…17, row-major. */
		readonly unitGoals: readonly UnitGoalCell[];
		readonly unitTargets: readonly UnitTargetCell[];
		/** All 17 goals and all 169 targets, SDG order. */
		readonly goals: readonly GoalCoverage[];
		readonly targets: readonly TargetCoverage[];
		readonly dimensions: readonly DimensionCoverage[];
		readonly totals: {
			readonly units: number;
			readonly activities: number;
			readonly contributions: number;
			readonly relevantTargets: number;
			readonly coveredTargets: number;
		};
	};
	/** Ranked, most important first. */
	readonly strengths: readonly Finding[];
	readonly gaps: readonly Finding[];
	readonly synergies: readonly Finding[];
	readonly conflicts: readonly Finding[];
	readonly unitSynergy: UnitSynergyMatrix;
	readonly network: {
		/** The scored targets' metrics (empty when nothing is scored). */
		readonly metrics: readonly TargetMetrics[];
		readonly goalMatrix: GoalMatrix;
		/** Non-zero scored cells. */
		readonly edges: readonly NetworkEdge[];
	};
}
