import { describe, expect, it } from 'vitest';
import { currentStep, formatJoinCode, generateJoinCode, JOIN_CODE_ALPHABET, normaliseJoinCode, orderSteps } from './workshop.js';

describe('join codes', () => {
	it('are six characters from an alphabet without 0, O, 1, I or L', () => {
		for (let i = 0; i < 200; i++) {
			const code = generateJoinCode();
			expect(code).toMatch(/^[A-Z2-9]{6}$/);
			expect(code).not.toMatch(/[01OIL]/);
		}
		expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
	});

	it('forgive case, spaces and dashes, and refuse what cannot be a code', () => {
		expect(normaliseJoinCode(' abc def ')).toBe('ABCDEF');
		expect(normaliseJoinCode('abc-def')).toBe('ABCDEF');
		expect(normaliseJoinCode('ABCDE')).toBeNull();
		expect(normaliseJoinCode('ABCDE0')).toBeNull();
		expect(normaliseJoinCode("' or 1=1")).toBeNull();
		expect(formatJoinCode('ABCDEF')).toBe('ABC DEF');
	});
});

describe('steps', () => {
	it('keep the standard order whatever order they were chosen in', () => {
		expect(orderSteps(['summary', 'goals', 'intro', 'nonsense'])).toEqual(['intro', 'goals', 'summary']);
		expect(currentStep({ steps: ['intro', 'goals'], stepIndex: 5 })).toBe('goals');
	});
});
