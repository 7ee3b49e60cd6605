import { describe, expect, it } from 'vitest';
import { contrastRatio, DARK, relativeLuminance, textColorOn, WHITE } from './colors.js';
import { goals } from './catalogue.js';

describe('text colour on the goal colours', () => {
	it('computes WCAG luminance and contrast', () => {
		expect(relativeLuminance('#000000')).toBe(0);
		expect(relativeLuminance('#FFFFFF')).toBe(1);
		expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
		expect(contrastRatio('#777777', '#777777')).toBe(1);
		expect(() => relativeLuminance('red')).toThrow();
	});

	it('uses dark text exactly on goals 2, 3, 5, 6, 7, 9, 11, 12, 14 and 15', () => {
		const dark = goals().filter((g) => g.textColor === DARK).map((g) => g.number);
		expect(dark).toEqual([2, 3, 5, 6, 7, 9, 11, 12, 14, 15]);
		expect(goals().filter((g) => g.textColor === WHITE)).toHaveLength(7);
	});

	it('reaches at least 4.5:1 for every goal colour with its chosen text colour', () => {
		for (const g of goals()) {
			expect(g.textColor).toBe(textColorOn(g.color));
			expect(contrastRatio(g.textColor, g.color), `goal ${g.number}`).toBeGreaterThanOrEqual(4.5);
		}
	});
});
