import { describe, expect, it } from 'vitest';
import {
	compareIndicatorCodes,
	compareTargetCodes,
	isTargetCode,
	parseGoalNumber,
	parseTargetCode,
	targetOfIndicatorCode
} from './sdg-codes.js';

describe('target codes', () => {
	it('accepts numbered and lettered codes of goals 1–17 only', () => {
		for (const ok of ['1.1', '1.a', '6.3', '17.19', '14.c']) expect(isTargetCode(ok), ok).toBe(true);
		for (const bad of ['0.1', '18.1', '6', '6.', '6.03', '06.3', '6.A', '6.ab', ' 6.3', '6.3.1', '', 6.3, null]) {
			expect(isTargetCode(bad), String(bad)).toBe(false);
		}
	});

	it('splits a code into goal and number or letter', () => {
		expect(parseTargetCode('17.19')).toEqual({ goal: 17, number: 19, letter: null });
		expect(parseTargetCode('1.b')).toEqual({ goal: 1, number: null, letter: 'b' });
		expect(parseTargetCode('x')).toBeNull();
	});

	it('orders codes as the UN lists them: goal, numbers, then letters', () => {
		const shuffled = ['2.1', '1.b', '17.19', '1.a', '10.1', '1.5', '17.2', '1.1', '1.10', '9.c'];
		expect([...shuffled].sort(compareTargetCodes)).toEqual(['1.1', '1.5', '1.10', '1.a', '1.b', '2.1', '9.c', '10.1', '17.2', '17.19']);
		expect(compareTargetCodes('1.5', '1.a')).toBeLessThan(0);
		expect(compareTargetCodes('17.19', '17.2')).toBeGreaterThan(0);
		expect(compareTargetCodes('6.3', '6.3')).toBe(0);
	});

	it('sorts malformed codes after every real one', () => {
		expect(['junk', '17.c', '1.1'].sort(compareTargetCodes)).toEqual(['1.1', '17.c', 'junk']);
	});
});

describe('goal numbers and indicator codes', () => {
	it('reads goal numbers 1–17 as written in a URL', () => {
		expect(parseGoalNumber('1')).toBe(1);
		expect(parseGoalNumber('17')).toBe(17);
		for (const bad of ['0', '18', '06', '6.0', ' 6', 'sex', '']) expect(parseGoalNumber(bad), bad).toBeNull();
	});

	it('finds the target of an indicator code and orders indicators', () => {
		expect(targetOfIndicatorCode('6.3.1')).toBe('6.3');
		expect(targetOfIndicatorCode('17.b.1')).toBe('17.b');
		expect(targetOfIndicatorCode('6.3')).toBeNull();
		expect(['1.a.2', '1.5.10', '1.5.2', '1.a.1'].sort(compareIndicatorCodes)).toEqual(['1.5.2', '1.5.10', '1.a.1', '1.a.2']);
	});
});
