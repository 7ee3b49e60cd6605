// The council view's data from a real analysis (the engine's named fixtures): every finding gets a
// sentence and links to the inputs behind it, the charts' models carry the engine's numbers, and the
// comparison with a previous cycle lists the gaps that opened.
import { describe, expect, it } from 'vitest';
import { analyse, compareAnalyses } from '#lib/analysis/engine/index.js';
import { conflictingActivities, emptyCycle, smallMunicipality } from '#lib/analysis/engine/fixtures.js';
import { councilView, type CouncilViewSource } from './council-view.js';
import { findingLinks, LIST_TOP } from './findings.js';

const cycle = { id: 'c-2025', name: 'Kartläggning 2025' };
const source = (input: typeof smallMunicipality, previous: CouncilViewSource['previous'] = null): CouncilViewSource => ({
	cycle,
	cycles: [cycle],
	units: input.units,
	activities: input.activities,
	result: analyse(input),
	previous
});

describe('councilView', () => {
	const view = councilView(source(smallMunicipality), 'org-1', 'sv');

	it('gives every finding a Swedish sentence and links to its units and targets', () => {
		const all = [...view.strengths, ...view.gaps, ...view.conflicts, ...view.synergies];
		expect(all.length).toBeGreaterThan(0);
		for (const item of all) {
			expect(item.sentence.length).toBeGreaterThan(10);
			expect(item.sentence).not.toMatch(/[{}]|finding\./);
			expect(item.links.length).toBeGreaterThan(0);
		}
		const unitLinks = all.flatMap((i) => i.links).filter((l) => l.kind === 'unit');
		for (const l of unitLinks) expect(l.href).toMatch(/^\/org\/org-1\/kartlaggning\/c-2025\/u-/);
	});

	it('writes the sentences in English for an English page', () => {
		const en = councilView(source(smallMunicipality), 'org-1', 'en');
		expect(en.gaps.map((g) => g.key)).toEqual(view.gaps.map((g) => g.key));
		for (const [i, item] of en.gaps.entries()) {
			expect(item.sentence).not.toBe(view.gaps[i]!.sentence);
			expect(item.sentence).not.toMatch(/[{}]/);
		}
	});

	it('keeps the engine’s numbers in the charts’ models', () => {
		const result = analyse(smallMunicipality);
		expect(view.heatmap.rows.flatMap((r) => r.cells.map((c) => c.value))).toEqual(result.coverage.unitGoals.map((c) => c.positive));
		expect(view.wheel.map((s) => [s.covered, s.total])).toEqual(result.coverage.goals.map((g) => [g.targetsCovered, g.targetsTotal]));
		expect(view.synergy.rows.map((r) => r.map((c) => c.weight))).toEqual(result.unitSynergy.weight.map((row, i) => row.map((w, j) => (i === j ? 0 : w))));
		expect(view.network.links.length).toBe(result.network.edges.length);
		expect(view.totals).toEqual(result.coverage.totals);
	});

	it('names the activity conflict with links to the activity’s unit and both targets', () => {
		const v = councilView(source(conflictingActivities), 'org-1', 'sv');
		expect(v.conflicts.length).toBeGreaterThan(0);
		const kinds = new Set(v.conflicts.flatMap((c) => c.links.map((l) => l.kind)));
		expect(kinds.has('target')).toBe(true);
		expect(kinds.has('unit') || kinds.has('activity')).toBe(true);
	});

	it('is empty but whole for an empty cycle', () => {
		const v = councilView(source(emptyCycle), 'org-1', 'sv');
		expect(v.strengths).toEqual([]);
		expect(v.network.nodes).toEqual([]);
		expect(v.wheel).toHaveLength(17);
		expect(v.previous).toBeNull();
	});

	it('compares with the previous cycle: gaps that opened get sentences, closed gaps link into the previous cycle', () => {
		const before = analyse(emptyCycle);
		const after = analyse(smallMunicipality);
		const previous = { cycle: { id: 'c-2024', name: 'Kartläggning 2024' }, comparison: compareAnalyses(before, after) };
		const v = councilView(source(smallMunicipality, previous), 'org-1', 'sv');
		expect(v.previous?.cycle.name).toBe('Kartläggning 2024');
		expect(v.previous?.goals).toHaveLength(17);
		expect(v.previous?.gapsOpened.length).toBe(previous.comparison.gapsOpened.length);
		const back = councilView(source(emptyCycle, { cycle: { id: 'c-2024', name: 'Kartläggning 2024' }, comparison: compareAnalyses(after, before) }), 'org-1', 'sv');
		for (const l of back.previous!.gapsClosed.flatMap((g) => g.links).filter((l) => l.kind === 'unit')) expect(l.href).toContain('/c-2024/');
	});
});

describe('findingLinks', () => {
	const ctx = {
		orgId: 'o',
		cycleId: 'c',
		units: new Map([['u1', 'Socialnämnden']]),
		activities: new Map([['a1', { name: 'Trygg hemgång', unitId: 'u1' }]])
	};

	it('links units and activities to the unit’s mapping, targets to their goal page, and goals not named by a target', () => {
		expect(findingLinks({ unitIds: ['u1', 'gone'], activityIds: ['a1'], targetCodes: ['3.4', '10.2'], goals: [3, 10, 11] }, ctx)).toEqual([
			{ kind: 'unit', href: '/org/o/kartlaggning/c/u1', label: 'Socialnämnden' },
			{ kind: 'activity', href: '/org/o/kartlaggning/c/u1', label: 'Trygg hemgång' },
			{ kind: 'target', href: '/mal/3#3.4', label: '3.4' },
			{ kind: 'target', href: '/mal/10#10.2', label: '10.2' },
			{ kind: 'goal', href: '/mal/11', label: '11' }
		]);
	});

	it('shows a handful first', () => {
		expect(LIST_TOP).toBeGreaterThanOrEqual(5);
		expect(LIST_TOP).toBeLessThanOrEqual(7);
	});
});
