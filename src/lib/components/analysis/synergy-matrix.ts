// Unit-to-unit synergies as a matrix: cell (i, j) = the weight the two units share on the targets both
// contribute to positively (Σ min of their positive weights), with the shared targets. One model for the
// SVG and the table.
import type { UnitSynergyMatrix } from '#lib/analysis/engine/types.js';
import { amountFill, labelWidth, legendSteps, type Fill } from './scale.js';

export interface SynergyCell extends Fill {
	readonly rowUnitId: string;
	readonly colUnitId: string;
	readonly weight: number;
	readonly targets: readonly string[];
	readonly diagonal: boolean;
}

export interface SynergyModel {
	readonly units: readonly { readonly id: string; readonly name: string }[];
	readonly rows: readonly (readonly SynergyCell[])[];
	readonly max: number;
	readonly legend: readonly (Fill & { readonly value: number })[];
	/** Width of the unit names' column. */
	readonly label: number;
}

/** Units in the matrix's order; a unit missing from `names` is named by its id (should not happen). */
export function synergyModel(matrix: UnitSynergyMatrix, names: ReadonlyMap<string, string>): SynergyModel {
	const max = matrix.weight.reduce((m, row) => row.reduce((mm, w) => Math.max(mm, w), m), 0);
	const units = matrix.unitIds.map((id) => ({ id, name: names.get(id) ?? id }));
	const rows = matrix.unitIds.map((rowId, i) =>
		matrix.unitIds.map((colId, j) => {
			const weight = i === j ? 0 : (matrix.weight[i]?.[j] ?? 0);
			return {
				rowUnitId: rowId,
				colUnitId: colId,
				weight,
				targets: i === j ? [] : (matrix.targets[i]?.[j] ?? []),
				diagonal: i === j,
				...amountFill(weight, max)
			};
		})
	);
	return {
		units,
		rows,
		max,
		legend: legendSteps(max).map((value) => ({ value, ...amountFill(value, max) })),
		label: labelWidth(units.map((u) => u.name))
	};
}

export const SYNERGY = { cell: 48, right: 140 } as const;

export function synergySize(model: SynergyModel): { width: number; height: number } {
	const n = model.units.length;
	return { width: model.label + n * SYNERGY.cell + SYNERGY.right, height: synergyHead(model) + n * SYNERGY.cell };
}

/** Height of the column heads: the names written at −50°. */
export function synergyHead(model: SynergyModel): number {
	return Math.round(Math.sin((50 * Math.PI) / 180) * (model.label - 16)) + 20;
}
