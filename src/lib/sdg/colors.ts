// Text colour on the goal colours: white where it meets WCAG AA (4.5:1), near-black otherwise.

export const WHITE = '#ffffff';
export const DARK = '#1a1a1a';
export const AA_NORMAL_TEXT = 4.5;

function channel(value: number): number {
	const c = value / 255;
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
	const [r, g, b] = [m[1], m[2], m[3]].map((h) => channel(parseInt(h!, 16))) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** White when white text on `background` reaches 4.5:1, else the dark text colour. */
export function textColorOn(background: string): typeof WHITE | typeof DARK {
	return contrastRatio(WHITE, background) >= AA_NORMAL_TEXT ? WHITE : DARK;
}
