// The municipality's own reading of an indicator's outcomes: is it moving the right way since the baseline,
// and does it reach its target value at the present pace? A straight line from the first to the last
// outcome: plain enough to explain in one sentence, which is what the steering page and the report say.
import type { Direction, TargetValue } from './steering.js';

export interface Point {
	year: number;
	value: number;
}

export type TrendStatus = 'right' | 'wrong' | 'flat' | 'unknown';

export interface TargetReading {
	year: number;
	value: number;
	/** The target is met by the latest outcome (for a passed target year: by the outcome of that year, if any). */
	reached: boolean;
	/** For a target year still ahead: the line from baseline to latest reaches it by then. Null once the year has passed. */
	onPace: boolean | null;
}

export interface Trend {
	status: TrendStatus;
	baseline: Point | null;
	latest: Point | null;
	/** latest − baseline, latest − the year before (null when there is no earlier outcome). */
	changeSinceBaseline: number | null;
	changeSincePrevious: number | null;
	target: TargetReading | null;
}

/** A change smaller than this share of the baseline's size counts as no change. */
const FLAT = 0.005;

const better = (direction: Direction, value: number, than: number) => (direction === 'higher' ? value >= than : value <= than);

export function trendOf(points: readonly Point[], direction: Direction, targets: readonly TargetValue[] = []): Trend {
	const series = [...points].filter((p) => Number.isFinite(p.value)).sort((a, b) => a.year - b.year);
	const baseline = series[0] ?? null;
	const latest = series.at(-1) ?? null;
	const previous = series.length > 1 ? series.at(-2)! : null;
	const changeSinceBaseline = baseline && latest && series.length > 1 ? latest.value - baseline.value : null;
	const changeSincePrevious = previous && latest ? latest.value - previous.value : null;

	let status: TrendStatus = 'unknown';
	if (changeSinceBaseline !== null && baseline) {
		const signed = direction === 'higher' ? changeSinceBaseline : -changeSinceBaseline;
		const tolerance = Math.abs(baseline.value) * FLAT;
		status = Math.abs(changeSinceBaseline) <= tolerance ? 'flat' : signed > 0 ? 'right' : 'wrong';
	}
	return { status, baseline, latest, changeSinceBaseline, changeSincePrevious, target: readTarget(series, direction, targets) };
}

function readTarget(series: readonly Point[], direction: Direction, targets: readonly TargetValue[]): TargetReading | null {
	const latest = series.at(-1);
	if (!latest || !targets.length) return null;
	const sorted = [...targets].sort((a, b) => a.year - b.year);
	// The nearest target not yet passed; when every target year has passed, the last one.
	const target = sorted.find((t) => t.year >= latest.year) ?? sorted.at(-1)!;
	if (target.year <= latest.year) {
		const atYear = series.find((p) => p.year === target.year) ?? latest;
		return { ...target, reached: better(direction, atYear.value, target.value), onPace: null };
	}
	const reached = better(direction, latest.value, target.value);
	const first = series[0]!;
	if (reached || series.length < 2 || latest.year === first.year) return { ...target, reached, onPace: reached ? true : null };
	const slope = (latest.value - first.value) / (latest.year - first.year);
	const projected = latest.value + slope * (target.year - latest.year);
	return { ...target, reached, onPace: better(direction, projected, target.value) };
}

/**
 * The series an indicator's trend is read from: its own outcomes for the whole municipality (gender T, no
 * area), or — when fewer than two are typed — the Kolada values of the municipality itself (gender T).
 */
export function indicatorSeries(
	outcomes: readonly { year: number; gender: string; area: string; value: number }[],
	koladaOwn: readonly { year: number; gender: string; value: number }[]
): { source: 'own' | 'kolada'; points: Point[] } {
	const own = outcomes.filter((o) => o.gender === 'T' && o.area === '').map((o) => ({ year: o.year, value: o.value }));
	if (own.length >= 2 || koladaOwn.length === 0) return { source: 'own', points: own };
	return { source: 'kolada', points: koladaOwn.filter((k) => k.gender === 'T').map((k) => ({ year: k.year, value: k.value })) };
}
