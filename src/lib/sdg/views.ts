// What a page shows of the catalogue, picked in the reader's language and kept small: the goals' heads,
// the targets of some goals, a label per target code (for lists and the target picker).
import { goals, targetLabel, targets, type Lang } from './catalogue.js';
import { pickText, type PickedText } from './text.js';

export interface GoalHead {
	number: number;
	color: string;
	textColor: string;
	name: PickedText | null;
}

export interface TargetHead {
	code: string;
	goal: number;
	/** The delmål heading where there is one, else the full text. */
	label: PickedText | null;
	text: PickedText | null;
}

export function goalHeads(locale: Lang): GoalHead[] {
	return goals().map((g) => ({ number: g.number, color: g.color, textColor: g.textColor, name: pickText(g.shortTitle, locale) }));
}

/** The targets of the given goals, in SDG order, grouped by goal. */
export function targetHeads(goalNumbers: readonly number[], locale: Lang): Record<number, TargetHead[]> {
	return Object.fromEntries(
		goalNumbers.map((n) => [n, targets(n).map((t) => ({ code: t.code, goal: t.goal, label: targetLabel(t, locale), text: pickText(t.title, locale) }))])
	);
}

/** Every target as "code + one-line label", for a list to pick from and for naming codes in lists. */
export function targetOptions(locale: Lang): Array<{ code: string; label: string }> {
	return targets().map((t) => ({ code: t.code, label: targetLabel(t, locale)?.text ?? '' }));
}
