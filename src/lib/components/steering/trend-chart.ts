// The small trend chart of an indicator: its own outcomes, its target values and — when they have been
// imported — the Kolada values of the municipality and of its comparison group, on one pair of d3 scales.
// The SVG is written by Svelte from this model; the table under the chart reads the same model's rows.
import { scaleLinear } from 'd3';
import type { Point } from '#lib/domain/trend.js';
import type { TargetValue } from '#lib/domain/steering.js';

export const TREND_CHART = { width: 360, height: 190, left: 48, right: 14, top: 14, bottom: 30 } as const;

export type SeriesKey = 'outcome' | 'koladaOwn' | 'koladaComparison';

/** How each line is drawn: colour AND dash pattern AND marker shape, never colour alone. */
/** The own outcomes are drawn widest and first, so a Kolada line with the same values still shows them. */
export const SERIES_STYLE: Readonly<
	Record<SeriesKey, { readonly stroke: string; readonly width: number; readonly dash: string | undefined; readonly marker: 'circle' | 'square' | 'diamond' }>
> = {
	outcome: { stroke: '#0b4f8a', width: 4, dash: undefined, marker: 'circle' },
	koladaOwn: { stroke: '#6b3a00', width: 2, dash: '5 3', marker: 'square' },
	koladaComparison: { stroke: '#4a4a4a', width: 2, dash: '2 3', marker: 'diamond' }
};
export const TARGET_STYLE = { stroke: '#1e6b2f' } as const;

export interface ChartPoint extends Point {
	readonly x: number;
	readonly y: number;
}

export interface ChartLine {
	readonly key: SeriesKey;
	readonly points: readonly ChartPoint[];
	/** SVG path through the points in year order ('' for fewer than two points). */
	readonly path: string;
}

export interface ChartRow {
	readonly year: number;
	readonly outcome: number | null;
	readonly koladaOwn: number | null;
	readonly koladaComparison: number | null;
	readonly target: number | null;
}

export interface TrendChartModel {
	readonly empty: boolean;
	readonly lines: readonly ChartLine[];
	readonly targets: readonly ChartPoint[];
	readonly xTicks: ReadonlyArray<{ readonly year: number; readonly x: number }>;
	readonly yTicks: ReadonlyArray<{ readonly value: number; readonly y: number }>;
	/** One row per year that has any value, in year order: what the table shows. */
	readonly rows: readonly ChartRow[];
}

export interface TrendChartInput {
	outcomes: readonly Point[];
	targets: readonly TargetValue[];
	koladaOwn?: readonly Point[];
	koladaComparison?: readonly Point[];
}

const fixed = (v: number) => Math.round(v * 100) / 100;
const byYear = (a: Point, b: Point) => a.year - b.year;
const finite = (points: readonly Point[] | undefined) => [...(points ?? [])].filter((p) => Number.isFinite(p.value) && Number.isInteger(p.year)).sort(byYear);

export function trendChartModel(input: TrendChartInput): TrendChartModel {
	const series: Record<SeriesKey, Point[]> = {
		outcome: finite(input.outcomes),
		koladaOwn: finite(input.koladaOwn),
		koladaComparison: finite(input.koladaComparison)
	};
	const targets = finite(input.targets);
	const all = [...series.outcome, ...series.koladaOwn, ...series.koladaComparison, ...targets];
	const rows = rowsOf(series, targets);
	if (all.length === 0) return { empty: true, lines: [], targets: [], xTicks: [], yTicks: [], rows };

	const { width, height, left, right, top, bottom } = TREND_CHART;
	let [minYear, maxYear] = [Math.min(...all.map((p) => p.year)), Math.max(...all.map((p) => p.year))];
	if (minYear === maxYear) [minYear, maxYear] = [minYear - 1, maxYear + 1];
	let [minValue, maxValue] = [Math.min(...all.map((p) => p.value)), Math.max(...all.map((p) => p.value))];
	if (minValue === maxValue) {
		const pad = Math.abs(minValue) * 0.1 || 1;
		[minValue, maxValue] = [minValue - pad, maxValue + pad];
	}
	const x = scaleLinear().domain([minYear, maxYear]).range([left, width - right]);
	const y = scaleLinear().domain([minValue, maxValue]).nice(4).range([height - bottom, top]);
	const at = (p: Point): ChartPoint => ({ year: p.year, value: p.value, x: fixed(x(p.year)), y: fixed(y(p.value)) });

	const lines = (Object.keys(series) as SeriesKey[])
		.filter((key) => series[key].length > 0)
		.map((key) => {
			const points = series[key].map(at);
			const path = points.length > 1 ? points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join('') : '';
			return { key, points, path };
		});
	const span = maxYear - minYear;
	const yearTicks = x.ticks(Math.min(span, 6)).filter((v) => Number.isInteger(v));
	return {
		empty: false,
		lines,
		targets: targets.map(at),
		xTicks: yearTicks.map((year) => ({ year, x: fixed(x(year)) })),
		yTicks: y.ticks(4).map((value) => ({ value, y: fixed(y(value)) })),
		rows
	};
}

function rowsOf(series: Record<SeriesKey, Point[]>, targets: Point[]): ChartRow[] {
	const years = [...new Set([...series.outcome, ...series.koladaOwn, ...series.koladaComparison, ...targets].map((p) => p.year))].sort((a, b) => a - b);
	const find = (list: Point[], year: number) => list.find((p) => p.year === year)?.value ?? null;
	return years.map((year) => ({
		year,
		outcome: find(series.outcome, year),
		koladaOwn: find(series.koladaOwn, year),
		koladaComparison: find(series.koladaComparison, year),
		target: find(targets, year)
	}));
}
