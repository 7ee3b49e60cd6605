// The SDG wheel of coverage: 17 equal segments, each filled from the centre in proportion to the share of
// the goal's targets that have at least one positive contribution. The same model feeds the table.
import { arc } from 'd3';
import type { GoalCoverage } from '#lib/analysis/engine/types.js';
import { goal as goalOf } from '#lib/sdg/catalogue.js';

export interface WheelSegment {
	readonly goal: number;
	readonly color: string;
	readonly textColor: string;
	readonly covered: number;
	readonly total: number;
	/** covered ÷ total, 0 … 1. */
	readonly share: number;
	/** Whole per cent of `share`, as shown. */
	readonly percent: number;
	readonly positive: number;
	readonly unitsContributing: number;
	/** SVG path of the whole segment (the background) and of its filled part, centred on (0, 0). */
	readonly track: string;
	readonly filled: string;
	/** Where the goal number is written (just outside the rim). */
	readonly labelX: number;
	readonly labelY: number;
}

export const WHEEL = { size: 420, inner: 40, outer: 170, label: 190, pad: 0.012 } as const;

export function wheelModel(goals: readonly GoalCoverage[]): WheelSegment[] {
	const n = goals.length;
	const step = (2 * Math.PI) / Math.max(1, n);
	return goals.map((g, i) => {
		const share = g.targetsTotal > 0 ? g.targetsCovered / g.targetsTotal : 0;
		const startAngle = i * step + WHEEL.pad;
		const endAngle = (i + 1) * step - WHEEL.pad;
		const radius = WHEEL.inner + (WHEEL.outer - WHEEL.inner) * share;
		const shape = arc();
		const mid = (startAngle + endAngle) / 2;
		const info = goalOf(g.goal);
		return {
			goal: g.goal,
			color: info?.color ?? '#8a8f98',
			textColor: info?.textColor ?? '#1a1a1a',
			covered: g.targetsCovered,
			total: g.targetsTotal,
			share,
			percent: Math.round(share * 100),
			positive: g.positive,
			unitsContributing: g.unitsContributing,
			track: round(shape({ innerRadius: WHEEL.inner, outerRadius: WHEEL.outer, startAngle, endAngle }) ?? ''),
			filled: share > 0 ? round(shape({ innerRadius: WHEEL.inner, outerRadius: radius, startAngle, endAngle }) ?? '') : '',
			// d3's angles run clockwise from 12 o'clock
			labelX: fixed(Math.sin(mid) * WHEEL.label),
			labelY: fixed(-Math.cos(mid) * WHEEL.label)
		};
	});
}

const fixed = (v: number) => Math.round(v * 100) / 100;

/** Two decimals in a path: smaller markup, identical on server and client. */
function round(path: string): string {
	return path.replace(/-?\d+\.\d+(e-?\d+)?/g, (m) => String(fixed(Number(m))));
}
