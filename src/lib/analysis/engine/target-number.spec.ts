import { describe, expect, it } from 'vitest';
import { targets } from '#lib/sdg/catalogue.js';
import { TARGET_CODES, targetNumber, targetPosition } from './model.js';

describe('targetNumber', () => {
	it('gives every catalogue target its position in SDG order, numbered targets before lettered ones', () => {
		const codes = targets().map((t) => t.code);
		expect(codes).toHaveLength(169);
		expect(codes.map(targetNumber)).toEqual(codes.map((_, i) => i));
		expect(TARGET_CODES.slice(0, 7)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.a', '1.b']);
		expect([targetNumber('1.a'), targetNumber('10.7'), targetNumber('10.a'), targetNumber('17.19')]).toEqual([5, codes.indexOf('10.7'), codes.indexOf('10.a'), 168]);
	});

	it('gives -1 to anything that is not exactly a catalogue code', () => {
		const wrong = ['', '1', '1.', '.1', '0.1', '18.1', '99.9', '1.0', '1.01', '1.6', '1.c', '1.A', ' 1.1', '1.1 ', '1.1.1', '01.1', '17.20', '1.a1', 'x.1', '1.-1', '١.١', '1,1', 'Mål 1'];
		expect(wrong.map(targetNumber)).toEqual(wrong.map(() => -1));
		expect(targetPosition('18.1')).toBe(Number.MAX_SAFE_INTEGER);
	});
});
