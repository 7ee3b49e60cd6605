// The SDG catalogue: the 17 goals, 169 targets and global indicators, in Swedish and English (see data/SOURCES.md).
import { compareTargetCodes } from '#lib/domain/sdg-codes.js';
import goalsData from './data/goals.json';
import targetsData from './data/targets.json';
import indicatorsData from './data/indicators.json';
import { textColorOn } from './colors.js';
import { pickText, type Lang, type LocalizedText, type PickedText } from './text.js';

export { pickText, langAttr, type Lang, type LocalizedText, type PickedText } from './text.js';

export interface Goal {
	readonly number: number;
	readonly code: string;
	readonly title: LocalizedText;
	readonly shortTitle: LocalizedText;
	/** The UN goal colour, #RRGGBB. */
	readonly color: string;
	/** Text colour with at least 4.5:1 contrast on `color`. */
	readonly textColor: string;
}

/** outcome = numbered target (1.1), means = lettered target, a means of implementation (1.a). */
export type TargetKind = 'outcome' | 'means';

export interface Target {
	readonly code: string;
	readonly goal: number;
	readonly kind: TargetKind;
	readonly title: LocalizedText;
	/** The Swedish delmål heading; no English short titles exist. */
	readonly shortTitle: LocalizedText;
}

export interface Indicator {
	readonly code: string;
	readonly target: string;
	readonly title: LocalizedText;
}

const goalList: readonly Goal[] = Object.freeze(
	goalsData
		.map((g) => Object.freeze({ ...g, textColor: textColorOn(g.color) }))
		.sort((a, b) => a.number - b.number)
);

const targetList: readonly Target[] = Object.freeze(
	targetsData
		.map((t) =>
			Object.freeze({
				code: t.code,
				goal: t.goal,
				kind: t.kind === 'means' ? ('means' as const) : ('outcome' as const),
				title: t.title,
				shortTitle: t.shortTitle ?? { sv: null, en: null }
			})
		)
		.sort((a, b) => compareTargetCodes(a.code, b.code))
);

const indicatorList: readonly Indicator[] = Object.freeze(indicatorsData.map((i) => Object.freeze({ ...i })));

const goalByNumber = new Map(goalList.map((g) => [g.number, g]));
const targetByCode = new Map(targetList.map((t) => [t.code, t]));
const targetsByGoal = groupBy(targetList, (t) => t.goal);
const indicatorsByTarget = groupBy(indicatorList, (i) => i.target);

function groupBy<T, K>(list: readonly T[], key: (item: T) => K): Map<K, readonly T[]> {
	const out = new Map<K, T[]>();
	for (const item of list) {
		const k = key(item);
		const bucket = out.get(k);
		if (bucket) bucket.push(item);
		else out.set(k, [item]);
	}
	for (const bucket of out.values()) Object.freeze(bucket);
	return out;
}

/** The 17 goals, in order. */
export function goals(): readonly Goal[] {
	return goalList;
}

export function goal(number: number): Goal | undefined {
	return goalByNumber.get(number);
}

/** All 169 targets in SDG order, or one goal's targets. */
export function targets(goalNumber?: number): readonly Target[] {
	if (goalNumber === undefined) return targetList;
	return targetsByGoal.get(goalNumber) ?? [];
}

export function target(code: string): Target | undefined {
	return targetByCode.get(code);
}

/** Every indicator row (an indicator listed under two targets appears under each). */
export function indicators(): readonly Indicator[] {
	return indicatorList;
}

/** The global indicators of a target, in the UN's order; empty for 11.c, which has none. */
export function indicatorsOf(targetCode: string): readonly Indicator[] {
	return indicatorsByTarget.get(targetCode) ?? [];
}

/** A one-line label for a target in lists: its short title in `locale`, else its full text. */
export function targetLabel(t: Target, locale: Lang): PickedText | null {
	const short = t.shortTitle[locale];
	return short ? { text: short, lang: locale, fallback: false } : pickText(t.title, locale);
}
