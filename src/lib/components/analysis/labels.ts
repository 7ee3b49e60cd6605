// Names for the charts' labels: a goal's short name as plain text (for aria-labels and SVG text).
import { goal, pickText, type Lang } from '#lib/sdg/catalogue.js';

export function goalName(number: number, locale: Lang): string {
	const g = goal(number);
	return g ? (pickText(g.shortTitle, locale)?.text ?? '') : '';
}
