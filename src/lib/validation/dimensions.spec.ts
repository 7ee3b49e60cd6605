import { describe, expect, it } from 'vitest';
import { dimensionGoalsSchema, dimensionGroupingFormSchema, dimensionPageFormSchema, goalsWithoutDimension, parseDimensionGoals } from './dimensions.js';

const all = Array.from({ length: 17 }, (_, i) => i + 1);

describe('dimension grouping', () => {
	it('accepts every goal in some dimension, sorted and without duplicates; goal 17 may sit in all three', () => {
		const r = dimensionGoalsSchema.safeParse({ social: [5, 1, 1, 17], ekologisk: [6, 7, 11, 12, 13, 14, 15, 17], ekonomisk: [2, 3, 4, 8, 9, 10, 16, 17] });
		expect(r.success && r.data).toEqual({ social: [1, 5, 17], ekologisk: [6, 7, 11, 12, 13, 14, 15, 17], ekonomisk: [2, 3, 4, 8, 9, 10, 16, 17] });
	});

	it('refuses a goal left out, numbers outside 1–17, strings and extra keys', () => {
		const missing = dimensionGoalsSchema.safeParse({ social: all.slice(1), ekologisk: [], ekonomisk: [] });
		expect(missing.success ? null : missing.error.issues.map((i) => i.message)).toEqual(['dimensions.error.missing']);
		for (const bad of [
			{ social: [...all, 18], ekologisk: [], ekonomisk: [] },
			{ social: [0, ...all], ekologisk: [], ekonomisk: [] },
			{ social: all.map(String), ekologisk: [], ekonomisk: [] },
			{ social: [1.5, ...all], ekologisk: [], ekonomisk: [] },
			{ social: all, ekologisk: [], ekonomisk: [], kulturell: [] },
			{ social: all, ekologisk: [] }
		])
			expect(dimensionGoalsSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
		expect(parseDimensionGoals('{"social":[1]}')).toBeNull();
		expect(parseDimensionGoals(null)).toBeNull();
	});

	it('reads the form: a single ticked box, several, or none', () => {
		const r = dimensionGroupingFormSchema.safeParse({ social: all.map(String), ekologisk: '6' });
		expect(r.success && r.data).toEqual({ social: all, ekologisk: [6], ekonomisk: [] });
		const bad = dimensionGroupingFormSchema.safeParse({ social: ['1', '2'], ekologisk: 'x' });
		expect(bad.success ? [] : bad.error.issues.map((i) => [i.path[0], i.message])).toContainEqual(['ekologisk', 'dimensions.error.goal']);
	});
});

describe('the dimensions page form', () => {
	it('names each goal left in no dimension, besides the form error', () => {
		const r = dimensionPageFormSchema.safeParse({ social: all.filter((g) => g !== 12 && g !== 3).map(String) });
		expect(r.success ? [] : r.error.issues.map((i) => [i.path[0], i.message])).toEqual([
			['_form', 'dimensions.error.missing'],
			['goal-3', 'dimensions.error.goalMissing'],
			['goal-12', 'dimensions.error.goalMissing']
		]);
		const ok = dimensionPageFormSchema.safeParse({ social: all.map(String), ekologisk: ['12'] });
		expect(ok.success && ok.data).toEqual({ social: all, ekologisk: [12], ekonomisk: [] });
		expect(goalsWithoutDimension({ social: [1, 2], ekologisk: [17], ekonomisk: [] })).toEqual(all.filter((g) => g > 2 && g < 17));
	});
});
