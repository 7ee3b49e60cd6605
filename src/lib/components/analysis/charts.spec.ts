// The chart models: each picture and its table come from one model (so they show the same numbers), the
// network layout is the same on every run, and colours keep text readable.
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '#lib/sdg/colors.js';
import { goals } from '#lib/sdg/catalogue.js';
import { edges, goalCoverage, matrix, metrics, unitGoals, units, unitSynergy } from './fixture.js';
import { HEATMAP, heatmapModel, heatmapSize } from './heatmap.js';
import { edgePath, networkModel, seededRandom } from './network.js';
import { amountFill, EMPTY_FILL, fitLabel, labelWidth, legendSteps, SIGN_STYLE } from './scale.js';
import { synergyModel } from './synergy-matrix.js';
import { WHEEL, wheelModel } from './wheel.js';

describe('heatmapModel', () => {
	const model = heatmapModel(units, unitGoals);

	it('has one row per unit in their order and the 17 goals in every row, with the positive weight as value', () => {
		expect(model.rows.map((r) => r.unitName)).toEqual(['Kommunstyrelsen', 'Socialnämnden', 'Barn- och ungdomsnämnden']);
		expect(model.rows.every((r) => r.cells.length === 17)).toBe(true);
		expect(model.rows[1]!.cells[2]).toMatchObject({ goal: 3, value: 9, relevance: 'hög' });
		expect(model.rows[0]!.cells[12]).toMatchObject({ goal: 13, value: 3, negative: 2, relevance: 'medel' });
		expect(model.rows[0]!.total).toBe(9);
		expect(model.max).toBe(9);
	});

	it('gives the same numbers as the engine cells, cell for cell (the table reads the same model)', () => {
		const fromModel = model.rows.flatMap((r) => r.cells.map((c) => [r.unitId, c.goal, c.value]));
		expect(fromModel).toEqual(unitGoals.map((c) => [c.unitId, c.goal, c.positive]));
	});

	it('fills empty cells white, the largest darkest, with readable text on every fill', () => {
		expect(model.rows[0]!.cells[0]).toMatchObject(EMPTY_FILL);
		const lum = (hex: string) => parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16);
		expect(lum(model.rows[1]!.cells[2]!.fill)).toBeLessThan(lum(model.rows[0]!.cells[12]!.fill));
		for (const c of model.rows.flatMap((r) => r.cells)) expect(contrastRatio(c.fill, c.textColor)).toBeGreaterThanOrEqual(4.5);
		expect(model.legend.map((l) => l.value)).toEqual([0, 2, 5, 7, 9]);
	});

	it('gets a size from the number of units', () => {
		expect(heatmapSize(model)).toEqual({ width: model.label + 17 * HEATMAP.cell + HEATMAP.right, height: HEATMAP.head + 3 * HEATMAP.cell });
		// the longest name, "Barn- och ungdomsnämnden", fits its column
		expect(model.label).toBeGreaterThanOrEqual('Barn- och ungdomsnämnden'.length * 7.5);
		const empty = heatmapModel([], []);
		expect(empty.rows).toEqual([]);
		expect(empty.legend.map((l) => l.value)).toEqual([0]);
	});
});

describe('amountFill and legendSteps', () => {
	it('keeps at least 4.5:1 text contrast on every step of the scale', () => {
		for (let v = 0; v <= 50; v++) {
			const f = amountFill(v, 50);
			expect(contrastRatio(f.fill, f.textColor), `value ${v}`).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('gives a column of names room for the longest, within bounds', () => {
		expect(labelWidth(['Kultur- och utbildningsnämnden'])).toBeGreaterThanOrEqual(30 * 7.5);
		expect(labelWidth(['KS'])).toBe(120);
		expect(labelWidth(['x'.repeat(200)])).toBe(320);
		expect(fitLabel('Socialnämnden', labelWidth(['Socialnämnden']))).toBe('Socialnämnden');
		const cut = fitLabel('Kommunstyrelsens förvaltning – kommunledningskontoret och staben', 320);
		expect(cut.endsWith('…')).toBe(true);
		expect(cut.length * 7.5).toBeLessThanOrEqual(320 - 16 + 7.5);
	});

	it('has whole, distinct legend steps', () => {
		expect(legendSteps(2)).toEqual([0, 1, 2]);
		expect(legendSteps(0)).toEqual([0]);
	});

	it('draws the two signs differently in colour AND pattern', () => {
		expect(SIGN_STYLE.positive.stroke).not.toBe(SIGN_STYLE.negative.stroke);
		expect(SIGN_STYLE.positive.dash).toBeUndefined();
		expect(SIGN_STYLE.negative.dash).toBeTruthy();
		for (const s of Object.values(SIGN_STYLE)) expect(contrastRatio(s.stroke, '#ffffff')).toBeGreaterThanOrEqual(3);
	});
});

describe('wheelModel', () => {
	const segments = wheelModel(goalCoverage);

	it('has 17 segments in goal order with the goal colours and covered / total', () => {
		expect(segments.map((s) => s.goal)).toEqual(goals().map((g) => g.number));
		expect(segments.map((s) => s.color)).toEqual(goals().map((g) => g.color));
		expect(segments[2]).toMatchObject({ goal: 3, covered: 4, total: 13, percent: 31 });
		expect(segments[3]).toMatchObject({ goal: 4, share: 1, percent: 100 });
		expect(segments[0]).toMatchObject({ covered: 0, share: 0, filled: '' });
	});

	it('uses readable text on the goal colours (dark on the light ones)', () => {
		for (const s of segments) expect(contrastRatio(s.color, s.textColor)).toBeGreaterThanOrEqual(4.5);
		expect(segments.find((s) => s.goal === 7)!.textColor).toBe('#1a1a1a');
	});

	it('fills a segment further out the more of its targets are covered', () => {
		const maxRadius = (path: string) => Math.max(...[...path.matchAll(/-?\d+(\.\d+)?/g)].map((m) => Math.abs(Number(m[0]))));
		expect(maxRadius(segments[3]!.filled)).toBeCloseTo(WHEEL.outer, 0);
		expect(maxRadius(segments[2]!.filled)).toBeLessThan(maxRadius(segments[3]!.filled));
		expect(maxRadius(segments[2]!.track)).toBeCloseTo(WHEEL.outer, 0);
	});
});

describe('networkModel', () => {
	it('lays out the same positions on every run (seeded start, seeded randomness, fixed ticks)', () => {
		const a = networkModel(metrics, edges);
		const b = networkModel(metrics, [...edges].reverse());
		expect(a).toEqual(b);
		expect(a.nodes.map((n) => n.code)).toEqual(['3.4', '4.7', '11.2', '13.2']);
		for (const n of a.nodes) {
			expect(n.x).toBeGreaterThanOrEqual(a.radius);
			expect(n.x).toBeLessThanOrEqual(a.width - a.radius);
			expect(n.y).toBeGreaterThanOrEqual(a.radius);
			expect(n.y).toBeLessThanOrEqual(a.height - a.radius);
		}
		const spread = Math.max(...a.nodes.map((n) => n.x)) - Math.min(...a.nodes.map((n) => n.x));
		expect(spread).toBeGreaterThan(2 * a.radius);
	});

	it('carries the metrics of each target and every edge with its sign drawn two ways', () => {
		const model = networkModel(metrics, edges);
		const m47 = metrics.find((m) => m.code === '4.7')!;
		expect(model.nodes.find((n) => n.code === '4.7')).toMatchObject({ outSum: 3, inSum: 2, secondOrder: m47.secondOrder, rankOutSum: m47.rankOutSum });
		expect(model.links.map((l) => [l.from, l.to, l.score])).toEqual(edges.map((e) => [e.from, e.to, e.score]));
		const negative = model.links.find((l) => l.score < 0)!;
		expect(negative).toMatchObject({ from: '11.2', to: '13.2', sign: 'negative', dash: SIGN_STYLE.negative.dash });
		expect(model.links.find((l) => l.score > 0)!.dash).toBeUndefined();
	});

	it('is empty when nothing is scored', () => {
		expect(networkModel([], [])).toMatchObject({ nodes: [], links: [] });
	});

	it('bends opposite edges to different sides', () => {
		const a = { x: 0, y: 0 };
		const b = { x: 100, y: 0 };
		expect(edgePath(a, b, 10)).not.toBe(edgePath(b, a, 10));
		const [sx, sy] = /^M(-?[\d.]+),(-?[\d.]+)/.exec(edgePath(a, b, 10))!.slice(1).map(Number) as [number, number];
		expect(Math.hypot(sx, sy)).toBeCloseTo(10, 1);
	});

	it('uses a repeatable random sequence', () => {
		const r1 = seededRandom(7);
		const r2 = seededRandom(7);
		const s1 = [r1(), r1(), r1()];
		expect([r2(), r2(), r2()]).toEqual(s1);
		expect(new Set(s1).size).toBe(3);
	});

	it('has the matrix edges only (no zero or empty cells)', () => {
		expect(edges.length).toBe(matrix.cells.flat().filter((c) => c).length);
	});
});

describe('synergyModel', () => {
	const names = new Map(units.map((u) => [u.id, u.name]));
	const model = synergyModel(unitSynergy, names);

	it('mirrors the matrix with names, weights and shared targets; the diagonal is marked and 0', () => {
		expect(model.units.map((u) => u.name)).toEqual(units.map((u) => u.name));
		expect(model.rows[0]![1]).toMatchObject({ weight: 3, targets: ['3.5', '11.2'], diagonal: false });
		expect(model.rows[1]![1]).toMatchObject({ weight: 0, diagonal: true, targets: [] });
		expect(model.rows.map((r) => r.map((c) => c.weight))).toEqual(unitSynergy.weight);
		expect(model.max).toBe(3);
		for (const c of model.rows.flat()) expect(contrastRatio(c.fill, c.textColor)).toBeGreaterThanOrEqual(4.5);
	});
});
