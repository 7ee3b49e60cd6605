// The heatmap of units × goals: one model gives both the SVG cells and the table rows, so the picture and
// its table alternative always show the same numbers. Cell value = the unit's positive contribution weight
// to the goal (Σ strength); the unit's relevance rating of the goal is shown beside it as a letter.
import type { RelevanceLevel } from '#lib/domain/mapping.js';
import type { UnitGoalCell } from '#lib/analysis/engine/types.js';
import { GOAL_COUNT } from '#lib/domain/sdg-codes.js';
import { amountFill, labelWidth, legendSteps, type Fill } from './scale.js';

export interface HeatmapCell extends Fill {
	readonly unitId: string;
	readonly goal: number;
	/** Σ strength of the unit's positive contributions to the goal's targets. */
	readonly value: number;
	/** Σ strength of its negative contributions (as a positive number). */
	readonly negative: number;
	readonly relevance: RelevanceLevel | null;
	readonly contributions: number;
}

export interface HeatmapRow {
	readonly unitId: string;
	readonly unitName: string;
	readonly cells: readonly HeatmapCell[];
	/** Σ of the row's values. */
	readonly total: number;
}

export interface HeatmapModel {
	readonly goals: readonly number[];
	readonly rows: readonly HeatmapRow[];
	readonly max: number;
	readonly legend: readonly (Fill & { readonly value: number })[];
	/** Width of the unit names' column. */
	readonly label: number;
}

export const GOALS: readonly number[] = Array.from({ length: GOAL_COUNT }, (_, i) => i + 1);

/** Rows in the order of `units`; a unit without cells gets empty ones (value 0, not rated). */
export function heatmapModel(units: readonly { id: string; name: string }[], unitGoals: readonly UnitGoalCell[]): HeatmapModel {
	const byKey = new Map(unitGoals.map((c) => [`${c.unitId}|${c.goal}`, c]));
	const max = unitGoals.reduce((m, c) => Math.max(m, c.positive), 0);
	const rows = units.map((u) => {
		const cells = GOALS.map((goal) => {
			const c = byKey.get(`${u.id}|${goal}`);
			const value = c?.positive ?? 0;
			return {
				unitId: u.id,
				goal,
				value,
				negative: c?.negative ?? 0,
				relevance: c?.relevance ?? null,
				contributions: c?.contributions ?? 0,
				...amountFill(value, max)
			};
		});
		return { unitId: u.id, unitName: u.name, cells, total: cells.reduce((s, c) => s + c.value, 0) };
	});
	return {
		goals: GOALS,
		rows,
		max,
		legend: legendSteps(max).map((value) => ({ value, ...amountFill(value, max) })),
		label: labelWidth(units.map((u) => u.name))
	};
}

/** Geometry of the drawing (SVG user units). */
export const HEATMAP = { cell: 44, head: 280, right: 170 } as const;

export function heatmapSize(model: HeatmapModel): { width: number; height: number } {
	return { width: model.label + model.goals.length * HEATMAP.cell + HEATMAP.right, height: HEATMAP.head + model.rows.length * HEATMAP.cell };
}

export function cellX(model: HeatmapModel, goalIndex: number): number {
	return model.label + goalIndex * HEATMAP.cell;
}

export function rowY(rowIndex: number): number {
	return HEATMAP.head + rowIndex * HEATMAP.cell;
}

/** The letter written in a cell for the unit's relevance rating of the goal (explained in the legend). */
export const relevanceShortKeys = {
	hög: 'analysis.relevance.short.hög',
	medel: 'analysis.relevance.short.medel',
	låg: 'analysis.relevance.short.låg',
	ej_relevant: 'analysis.relevance.short.ej_relevant',
	vet_ej: 'analysis.relevance.short.vet_ej'
} as const satisfies Record<RelevanceLevel, string>;
