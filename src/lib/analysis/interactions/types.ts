// Interaction network (SEI's SDG Synergies method): the data shapes. A matrix is a list of target codes
// and a square grid of scores, row = influencing target, column = influenced target ("if progress is made
// on the row's target, how does it affect the column's?"), on the 7-point scale −3 … +3.

/** The lowest and highest score of the 7-point scale (Nilsson, Griggs & Visbeck 2016). */
export const SCORE_MIN = -3;
export const SCORE_MAX = 3;

/** An integer −3 … +3: +3 indivisible, +2 reinforcing, +1 enabling, 0 consistent, −1 constraining,
 * −2 counteracting, −3 cancelling. */
export type InteractionScore = -3 | -2 | -1 | 0 | 1 | 2 | 3;

export function isInteractionScore(value: unknown): value is InteractionScore {
	return typeof value === 'number' && Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX;
}

/**
 * A scored cross-impact matrix. `cells[i][j]` is the influence of `codes[i]` on `codes[j]`; null = not
 * scored. Rows and columns hold the same targets in the same order, so the matrix is square; the diagonal
 * (a target on itself) is always null. Codes are distinct, well-formed and in the SDG catalogue.
 */
export interface InteractionMatrix {
	readonly codes: readonly string[];
	readonly cells: readonly (readonly (InteractionScore | null)[])[];
}

/** One scorer's judgement of one cell, with the reason the method asks for. */
export interface ScorerScore {
	/** Whoever scored: a member id, a name or a workshop participant key — opaque here. */
	readonly scorer: string;
	readonly score: InteractionScore;
	readonly reason: string;
}

/** Everything said about one ordered pair: the scorers' judgements and the score the group settled on. */
export interface ScoredCell {
	/** The influencing target (row). */
	readonly from: string;
	/** The influenced target (column). */
	readonly to: string;
	readonly scores: readonly ScorerScore[];
	/** The agreed score and its reason, once the group has settled it; null or absent while open. */
	readonly agreed?: { readonly score: InteractionScore; readonly reason: string } | null;
}

/** How far the scorers of one cell agree. */
export interface CellAgreement {
	/** Number of scorers. */
	readonly count: number;
	/** Lowest, highest and mean score; null when nobody scored. Mean unrounded. */
	readonly min: InteractionScore | null;
	readonly max: InteractionScore | null;
	readonly mean: number | null;
	/** max − min (0 when all agree or nobody scored). */
	readonly spread: number;
	/** Every scorer gave the same score (true for one scorer; false for none). */
	readonly unanimous: boolean;
	/** Some scorer saw a synergy (> 0) and another a trade-off (< 0) — the disagreement worth discussing. */
	readonly signDisagreement: boolean;
}

/** The metrics of one target, computed from a matrix (not-scored cells count as 0). */
export interface TargetMetrics {
	readonly code: string;
	/** Row sum: how much progress on this target pushes the others (influencing). */
	readonly outSum: number;
	/** Column sum: how much this target is pushed by the others (influenced). */
	readonly inSum: number;
	/** Sum of the positive scores in the row (≥ 0). */
	readonly outPositive: number;
	/** Sum of the negative scores in the row, as a negative number (≤ 0): outSum = outPositive + outNegative. */
	readonly outNegative: number;
	/** Sum of the positive scores in the column (≥ 0). */
	readonly inPositive: number;
	/** Sum of the negative scores in the column, as a negative number (≤ 0): inSum = inPositive + inNegative. */
	readonly inNegative: number;
	/** Second-order influence: 0.5 × Σ_j a_ij × outSum_j. */
	readonly secondOrder: number;
	/** Ranks 1 … n, 1 = highest value; ties broken by SDG order (goal, then number, letters after numbers). */
	readonly rankOutSum: number;
	readonly rankInSum: number;
	readonly rankSecondOrder: number;
}

/** One cell of the goal-level aggregation: the scores from the targets of one goal to those of another. */
export interface GoalCell {
	/** Sum of the scored cells. */
	readonly sum: number;
	/** Number of scored cells (not-scored cells and the diagonal are left out). */
	readonly count: number;
	/** Sum of the positive scores (≥ 0) and of the negative scores (≤ 0): sum = positive + negative. */
	readonly positive: number;
	readonly negative: number;
}

/** The 17 × 17 goal-level aggregation: `cells[g − 1][h − 1]` = goal g's targets on goal h's targets. */
export interface GoalMatrix {
	readonly cells: readonly (readonly GoalCell[])[];
}
