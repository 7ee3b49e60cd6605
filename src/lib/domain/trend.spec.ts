// The municipality's own reading of an indicator: direction since the baseline, the change since the year
// before, and whether the target is reached or on pace — for higher- and lower-is-better indicators.
import { describe, expect, it } from 'vitest';
import { indicatorSeries, trendOf } from './trend.js';

// Alingsås' "Företagsklimat, Insikt": 63, 59, 67 in 2018–2020, target 75 by 2023.
const insikt = [
	{ year: 2018, value: 63 },
	{ year: 2019, value: 59 },
	{ year: 2020, value: 67 }
];

describe('trendOf', () => {
	it('reads a rising higher-is-better indicator as moving the right way, not on pace for its target', () => {
		const t = trendOf(insikt, 'higher', [{ year: 2023, value: 75 }]);
		expect(t.status).toBe('right');
		expect(t.baseline).toEqual({ year: 2018, value: 63 });
		expect(t.latest).toEqual({ year: 2020, value: 67 });
		expect(t.changeSinceBaseline).toBe(4);
		expect(t.changeSincePrevious).toBe(8);
		// 67 + 2/year × 3 years = 73 < 75
		expect(t.target).toEqual({ year: 2023, value: 75, reached: false, onPace: false });
	});

	it('reads a lower-is-better indicator that rose as moving the wrong way', () => {
		const t = trendOf([{ year: 2019, value: 35 }, { year: 2020, value: 124 }], 'lower', [{ year: 2023, value: 40 }]);
		expect(t.status).toBe('wrong');
		expect(t.target).toEqual({ year: 2023, value: 40, reached: false, onPace: false });
	});

	it('reads a falling handling time as the right way, reached once at or below the target', () => {
		const t = trendOf([{ year: 2019, value: 124 }, { year: 2020, value: 35 }], 'lower', [{ year: 2023, value: 40 }]);
		expect(t.status).toBe('right');
		expect(t.target).toMatchObject({ reached: true, onPace: true });
	});

	it('judges a passed target year by that year’s outcome', () => {
		const t = trendOf([...insikt, { year: 2023, value: 76 }, { year: 2024, value: 70 }], 'higher', [{ year: 2023, value: 75 }]);
		expect(t.target).toEqual({ year: 2023, value: 75, reached: true, onPace: null });
	});

	it('is on pace when the line from baseline to latest reaches the target in time', () => {
		const t = trendOf([{ year: 2018, value: 50 }, { year: 2020, value: 60 }], 'higher', [{ year: 2023, value: 74 }]);
		expect(t.target).toMatchObject({ reached: false, onPace: true });
	});

	it('calls a change under half a percent of the baseline flat, and one outcome unknown', () => {
		expect(trendOf([{ year: 2018, value: 1000 }, { year: 2021, value: 1004 }], 'higher').status).toBe('flat');
		const one = trendOf([{ year: 2020, value: 5 }], 'higher', [{ year: 2023, value: 6 }]);
		expect(one.status).toBe('unknown');
		expect(one.changeSinceBaseline).toBeNull();
		expect(one.target).toEqual({ year: 2023, value: 6, reached: false, onPace: null });
		expect(trendOf([], 'higher').status).toBe('unknown');
	});
});

describe('indicatorSeries', () => {
	const own = [
		{ year: 2018, gender: 'T', area: '', value: 1 },
		{ year: 2019, gender: 'K', area: '', value: 9 },
		{ year: 2019, gender: 'T', area: 'Centrum', value: 9 }
	];
	it('reads the whole municipality’s own outcomes when at least two are typed', () => {
		expect(indicatorSeries([...own, { year: 2019, gender: 'T', area: '', value: 2 }], [{ year: 2020, gender: 'T', value: 5 }])).toEqual({
			source: 'own',
			points: [{ year: 2018, value: 1 }, { year: 2019, value: 2 }]
		});
	});
	it('falls back to Kolada’s values for the municipality (totals only) otherwise', () => {
		expect(indicatorSeries(own, [{ year: 2020, gender: 'T', value: 5 }, { year: 2020, gender: 'K', value: 6 }, { year: 2021, gender: 'T', value: 7 }])).toEqual({
			source: 'kolada',
			points: [{ year: 2020, value: 5 }, { year: 2021, value: 7 }]
		});
	});
});
