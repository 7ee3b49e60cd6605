import { describe, expect, it } from 'vitest';
import { analyse, compareAnalyses, DEFAULT_DIMENSIONS, type AnalysisInput } from './index.js';
import { smallMunicipality } from './fixtures.js';

// Next year: Kommunstyrelsen starts a citizens' dialogue for 16.7 and drops the shopping area's harm to 11.6.
const nextYear: AnalysisInput = {
	...smallMunicipality,
	activities: [...smallMunicipality.activities, { id: 'a-ks-3', unitId: 'u-ks', name: 'Medborgardialog' }],
	contributions: [
		...smallMunicipality.contributions.filter((c) => c.id !== 'c8'),
		{ id: 'c10', unitId: 'u-ks', activityId: 'a-ks-3', targetCode: '16.7', direction: 'bidrar', strength: 2, directness: 'direkt', indicator: null }
	]
};

describe('compareAnalyses', () => {
	const comparison = compareAnalyses(analyse(smallMunicipality), analyse(nextYear));

	it('shows the change per goal', () => {
		expect(comparison.goals).toHaveLength(17);
		expect(comparison.goals[15]).toEqual({
			goal: 16,
			positiveBefore: 0,
			positiveAfter: 2,
			positiveChange: 2,
			unitsBefore: 0,
			unitsAfter: 1,
			targetsCoveredBefore: 0,
			targetsCoveredAfter: 1,
			targetsTotal: 12
		});
		expect(comparison.goals[2]).toMatchObject({ goal: 3, positiveBefore: 6, positiveAfter: 6, positiveChange: 0 });
	});

	it('lists the gaps opened and closed and the conflicts resolved, by finding key', () => {
		expect(comparison.gapsClosed.map((f) => f.key)).toEqual(['gap:noContribution:16.7']);
		expect(comparison.gapsOpened.map((f) => f.key)).toEqual(['gap:fragile:16', 'gap:noIndicator:16']);
		expect(comparison.conflictsNew).toEqual([]);
		expect(comparison.conflictsResolved.map((f) => f.key)).toEqual(['conflict:activity:a-ks-2', 'conflict:opposed:11.6']);
		expect(comparison.totals).toEqual({
			relevantTargetsBefore: 5,
			relevantTargetsAfter: 5,
			coveredTargetsBefore: 7,
			coveredTargetsAfter: 8,
			contributionsBefore: 9,
			contributionsAfter: 9
		});
	});

	it('finds nothing changed between a cycle and itself', () => {
		const same = compareAnalyses(analyse(smallMunicipality), analyse(smallMunicipality));
		expect([same.gapsOpened, same.gapsClosed, same.conflictsNew, same.conflictsResolved]).toEqual([[], [], [], []]);
		expect(same.goals.every((g) => g.positiveChange === 0)).toBe(true);
	});
});

describe('DEFAULT_DIMENSIONS', () => {
	it('is the wedding cake: biosphere 6, 13, 14, 15; society 1–5, 7, 11, 16; economy 8, 9, 10, 12; 17 in all', () => {
		expect(DEFAULT_DIMENSIONS).toEqual({
			ekologisk: [6, 13, 14, 15, 17],
			social: [1, 2, 3, 4, 5, 7, 11, 16, 17],
			ekonomisk: [8, 9, 10, 12, 17]
		});
		const all = new Set(Object.values(DEFAULT_DIMENSIONS).flat());
		expect(all.size).toBe(17);
	});
});
