// The steering page's trend chart and sentence: the chart's scales put every value inside the drawing
// area in year order, the table reads the same rows, and the sentence says in plain Swedish what trendOf found.
import { describe, expect, it } from 'vitest';
import { trendOf } from '#lib/domain/trend.js';
import { translator } from '#lib/i18n/index.js';
import { contrastRatio } from '#lib/sdg/colors.js';
import { SERIES_STYLE, TARGET_STYLE, TREND_CHART, trendChartModel } from './trend-chart.js';
import { changeSentence, formatChange, formatValue, trendSentence } from './trend-sentence.js';

const sv = translator('sv');
const en = translator('en');
const outcomes = [
	{ year: 2018, value: 60 },
	{ year: 2019, value: 62 },
	{ year: 2020, value: 63 },
	{ year: 2021, value: 64.5 }
];

describe('trendChartModel', () => {
	const model = trendChartModel({
		outcomes,
		targets: [{ year: 2023, value: 75 }],
		koladaOwn: [
			{ year: 2020, value: 61 },
			{ year: 2019, value: 59 }
		],
		koladaComparison: [{ year: 2020, value: 70 }]
	});
	const { width, height, left, right, top, bottom } = TREND_CHART;

	it('draws one line per series that has values, its points in year order and inside the drawing area', () => {
		expect(model.empty).toBe(false);
		expect(model.lines.map((l) => l.key)).toEqual(['outcome', 'koladaOwn', 'koladaComparison']);
		const own = model.lines[1]!;
		expect(own.points.map((p) => p.year)).toEqual([2019, 2020]);
		for (const p of model.lines.flatMap((l) => l.points).concat(model.targets)) {
			expect(p.x).toBeGreaterThanOrEqual(left);
			expect(p.x).toBeLessThanOrEqual(width - right);
			expect(p.y).toBeGreaterThanOrEqual(top);
			expect(p.y).toBeLessThanOrEqual(height - bottom);
		}
	});

	it('spans the years from the first value to the target year, and higher values sit higher up', () => {
		const line = model.lines[0]!;
		expect(line.points[0]!.x).toBe(left);
		expect(model.targets[0]).toMatchObject({ year: 2023, value: 75, x: width - right });
		const ys = line.points.map((p) => p.y);
		expect([...ys].sort((a, b) => b - a)).toEqual(ys);
		expect(model.targets[0]!.y).toBeLessThan(ys.at(-1)!);
		expect(line.path).toMatch(/^M48,[\d.]+L/);
		expect(line.path.split('L')).toHaveLength(4);
		// a single point has no line, only its marker
		expect(model.lines[2]!.path).toBe('');
	});

	it('has whole-year ticks and value ticks inside the drawing area', () => {
		expect(model.xTicks.map((t) => t.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
		expect(model.yTicks.length).toBeGreaterThanOrEqual(3);
		for (const t of model.yTicks) expect(t.y).toBeGreaterThanOrEqual(top - 0.01);
	});

	it('gives the table one row per year with every series, blank where a series has no value', () => {
		expect(model.rows).toEqual([
			{ year: 2018, outcome: 60, koladaOwn: null, koladaComparison: null, target: null },
			{ year: 2019, outcome: 62, koladaOwn: 59, koladaComparison: null, target: null },
			{ year: 2020, outcome: 63, koladaOwn: 61, koladaComparison: 70, target: null },
			{ year: 2021, outcome: 64.5, koladaOwn: null, koladaComparison: null, target: null },
			{ year: 2023, outcome: null, koladaOwn: null, koladaComparison: null, target: 75 }
		]);
	});

	it('copes with nothing, one value and equal values', () => {
		expect(trendChartModel({ outcomes: [], targets: [] })).toMatchObject({ empty: true, lines: [], rows: [] });
		const one = trendChartModel({ outcomes: [{ year: 2021, value: 5 }], targets: [] });
		expect(one.lines[0]!.points[0]).toMatchObject({ x: (left + width - right) / 2 });
		expect(one.lines[0]!.points[0]!.y).toBeGreaterThan(top);
		expect(one.lines[0]!.points[0]!.y).toBeLessThan(height - bottom);
		const flat = trendChartModel({ outcomes: [{ year: 2020, value: 0 }, { year: 2021, value: 0 }], targets: [] });
		expect(flat.lines[0]!.points.every((p) => Number.isFinite(p.y))).toBe(true);
	});

	it('tells the series apart by pattern as well as colour, each dark enough on white', () => {
		const dashes = Object.values(SERIES_STYLE).map((s) => s.dash ?? 'solid');
		expect(new Set(dashes).size).toBe(3);
		expect(new Set(Object.values(SERIES_STYLE).map((s) => s.marker)).size).toBe(3);
		for (const s of [...Object.values(SERIES_STYLE), TARGET_STYLE]) expect(contrastRatio(s.stroke, '#ffffff')).toBeGreaterThanOrEqual(4.5);
	});
});

describe('trendSentence', () => {
	it('says the trend is right but the target is not reached at the present pace (the issue’s example)', () => {
		const trend = trendOf(outcomes, 'higher', [{ year: 2023, value: 75 }]);
		expect(trendSentence(trend, sv, 'sv')).toBe('Utvecklingen går åt rätt håll sedan 2018; målet 75 till 2023 nås inte i nuvarande takt.');
		expect(trendSentence(trend, en, 'en')).toBe('The trend has been in the right direction since 2018; at the present pace the target of 75 by 2023 will not be reached.');
	});

	it('says the target is reached at the present pace, or already reached', () => {
		expect(trendSentence(trendOf(outcomes, 'higher', [{ year: 2023, value: 67 }]), sv, 'sv')).toBe(
			'Utvecklingen går åt rätt håll sedan 2018; målet 67 till 2023 nås i nuvarande takt.'
		);
		expect(trendSentence(trendOf(outcomes, 'higher', [{ year: 2025, value: 62 }]), sv, 'sv')).toBe(
			'Utvecklingen går åt rätt håll sedan 2018; målet 62 till 2025 är redan nått.'
		);
	});

	it('says the wrong way for a higher value when lower is better, with a decimal comma', () => {
		const trend = trendOf(outcomes, 'lower', [{ year: 2023, value: 55.5 }]);
		expect(trendSentence(trend, sv, 'sv')).toBe('Utvecklingen går åt fel håll sedan 2018; målet 55,5 till 2023 nås inte i nuvarande takt.');
	});

	it('reads a passed target year off that year’s outcome', () => {
		expect(trendSentence(trendOf(outcomes, 'higher', [{ year: 2020, value: 63 }]), sv, 'sv')).toBe('Utvecklingen går åt rätt håll sedan 2018; målet 63 till 2020 nåddes.');
		expect(trendSentence(trendOf(outcomes, 'higher', [{ year: 2019, value: 70 }]), sv, 'sv')).toBe(
			'Utvecklingen går åt rätt håll sedan 2018; målet 70 till 2019 nåddes inte.'
		);
	});

	it('says when nothing moves, when one outcome is too few, and when there are none', () => {
		expect(trendSentence(trendOf([{ year: 2018, value: 50 }, { year: 2021, value: 50.1 }], 'higher'), sv, 'sv')).toBe('Utvecklingen står i stort sett still sedan 2018.');
		expect(trendSentence(trendOf([{ year: 2021, value: 50 }], 'higher', [{ year: 2023, value: 60 }]), sv, 'sv')).toBe(
			'Det finns bara ett utfall (2021), för lite för att se en utveckling; det går ännu inte att säga om målet 60 till 2023 nås.'
		);
		expect(trendSentence(trendOf([], 'higher'), sv, 'sv')).toBe('Inga utfall är inlagda ännu.');
	});
});

describe('changes', () => {
	it('signs the change since the previous year and since the baseline', () => {
		const trend = trendOf(outcomes, 'higher');
		expect(changeSentence(trend, sv, 'sv', 2020)).toBe('Förändring sedan föregående år (2020): +1,5. Sedan basåret 2018: +4,5.');
		expect(changeSentence(trendOf([{ year: 2021, value: 1 }], 'higher'), sv, 'sv', null)).toBeNull();
	});

	it('formats values and changes the Swedish way', () => {
		expect(formatValue('sv', 1234.567)).toBe('1\u00a0234,57');
		expect(formatChange('sv', -2)).toBe('\u22122');
		expect(formatChange('sv', 0.001)).toBe('\u00b10');
		expect(formatChange('en', 1.5)).toBe('+1.5');
	});
});
