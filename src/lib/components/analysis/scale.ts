// Shared colour choices of the council view's charts: a light-to-dark blue for amounts (text colour picked
// for contrast on each fill), and the two signs of an interaction (colour AND dash pattern, never colour alone).
import { color, interpolateBlues } from 'd3';
import { AA_NORMAL_TEXT, contrastRatio, DARK, WHITE } from '#lib/sdg/colors.js';

export interface Fill {
	readonly fill: string;
	readonly textColor: string;
}

/** The fill of an empty cell (value 0): white, so "nothing" reads as nothing. */
export const EMPTY_FILL: Fill = { fill: '#ffffff', textColor: '#1a1a1a' };

/** A #rrggbb fill for `value` on 0 … `max`, from a light to a dark blue; white for 0 or less. */
export function amountFill(value: number, max: number): Fill {
	if (!(value > 0) || !(max > 0)) return EMPTY_FILL;
	let t = 0.15 + 0.75 * Math.min(1, value / max);
	// In the middle of the scale neither white nor dark text reaches 4.5:1: step on to a darker blue.
	for (;;) {
		const fill = color(interpolateBlues(t))!.formatHex();
		if (contrastRatio(DARK, fill) >= AA_NORMAL_TEXT) return { fill, textColor: DARK };
		if (contrastRatio(WHITE, fill) >= AA_NORMAL_TEXT || t >= 1) return { fill, textColor: WHITE };
		t = Math.min(1, t + 0.01);
	}
}

/** Evenly spaced legend steps from 0 to `max` (at most `steps` + 1, whole numbers, no repeats). */
export function legendSteps(max: number, steps = 4): number[] {
	if (!(max > 0)) return [0];
	const out = new Set<number>([0]);
	for (let i = 1; i <= steps; i++) out.add(Math.round((max * i) / steps));
	return [...out].sort((a, b) => a - b);
}

export type Sign = 'positive' | 'negative';

/** How a signed interaction is drawn: green and solid for a synergy, red and dashed for a conflict. */
export const SIGN_STYLE: Readonly<Record<Sign, { readonly stroke: string; readonly dash: string | undefined }>> = {
	positive: { stroke: '#1e6b2f', dash: undefined },
	negative: { stroke: '#a4161a', dash: '6 4' }
};

export function signOf(score: number): Sign {
	return score < 0 ? 'negative' : 'positive';
}

/** Room for a column of names at 13 px (about 7.5 px a character), between 120 and 320 px. */
export function labelWidth(names: readonly string[]): number {
	const longest = names.reduce((m, n) => Math.max(m, n.length), 0);
	return Math.min(320, Math.max(120, Math.ceil(longest * 7.5) + 16));
}

/** A name cut with "…" to fit `width` px at 13 px (the whole name stays in the link's name and the table). */
export function fitLabel(name: string, width: number): string {
	const room = Math.floor((width - 16) / 7.5);
	return name.length <= room ? name : `${name.slice(0, Math.max(1, room - 1)).trimEnd()}…`;
}
