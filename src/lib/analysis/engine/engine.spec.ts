// The engine on the named fixtures, every expected figure, key, evidence id and sentence worked out by hand.
import { describe, expect, it } from 'vitest';
import { analyse, describeFinding, type AnalysisResult, type Finding } from './index.js';
import { conflictingActivities, emptyCycle, oneUnit, smallMunicipality } from './fixtures.js';
import type { RelevanceLevel } from '#lib/domain/mapping.js';

const keys = (list: readonly Finding[]) => list.map((f) => f.key);
const byKey = (result: AnalysisResult, key: string): Finding => {
	const all = [...result.strengths, ...result.gaps, ...result.synergies, ...result.conflicts];
	const found = all.find((f) => f.key === key);
	if (!found) throw new Error(`no finding ${key}; have ${all.map((f) => f.key).join(', ')}`);
	return found;
};
const sv = (result: AnalysisResult, key: string) => describeFinding(byKey(result, key), 'sv');
const en = (result: AnalysisResult, key: string) => describeFinding(byKey(result, key), 'en');
const unaddressed = (...goals: number[]) => goals.map((g) => `gap:unaddressed:${g}`);

describe('small municipality (Kommunstyrelsen, Socialnämnden, Kultur- och fritidsnämnden, Miljö- och byggnadsnämnden)', () => {
	const result = analyse(smallMunicipality);
	const { coverage } = result;

	it('totals: 4 units, 6 activities, 9 contributions, 5 relevant targets, 7 covered', () => {
		expect(coverage.totals).toEqual({ units: 4, activities: 6, contributions: 9, relevantTargets: 5, coveredTargets: 7 });
	});

	it('goal 3: Socialnämnden hög and Kultur- och fritidsnämnden medel, 2 units give 6 to 2 of 13 targets', () => {
		expect(coverage.goals[2]).toEqual({
			goal: 3,
			levels: { ej_relevant: 0, låg: 0, medel: 1, hög: 1, vet_ej: 0 },
			unitsRelevant: 2,
			unitsContributing: 2,
			positive: 6,
			negative: 0,
			contributions: 3,
			targetsCovered: 2,
			targetsTotal: 13
		});
	});

	it('goal 11: one unit for, one against', () => {
		expect(coverage.goals[10]).toMatchObject({ goal: 11, unitsRelevant: 1, unitsContributing: 1, positive: 2, negative: 1, contributions: 2, targetsCovered: 1, targetsTotal: 10 });
	});

	it('targets 11.6 and 3.4: levels, prioritised, indicators', () => {
		const t = (code: string) => coverage.targets.find((x) => x.code === code);
		expect(t('11.6')).toEqual({
			code: '11.6',
			goal: 11,
			levels: { ej_relevant: 0, låg: 1, medel: 0, hög: 1, vet_ej: 0 },
			unitsRelevant: 1,
			unitsPrioritised: 1,
			unitsContributing: 1,
			positive: 2,
			negative: 1,
			contributions: 2,
			indicators: 0
		});
		expect(t('3.4')).toMatchObject({ unitsRelevant: 2, unitsPrioritised: 1, unitsContributing: 2, positive: 5, indicators: 1 });
		expect(t('4.7')).toMatchObject({ levels: { ej_relevant: 0, låg: 0, medel: 0, hög: 0, vet_ej: 1 }, unitsRelevant: 0 });
		expect(coverage.targets).toHaveLength(169);
	});

	it('units × goals: Socialnämnden on goal 3, with the ratings and contributions behind it', () => {
		expect(coverage.unitGoals).toHaveLength(4 * 17);
		expect(coverage.unitGoals[17 + 2]).toEqual({
			unitId: 'u-sn',
			goal: 3,
			relevance: 'hög',
			relevantTargets: 1,
			positive: 4,
			negative: 0,
			contributions: 2,
			evidence: { relevance: ['r-sn-3.4', 'r-sn-g3'], contributions: ['c1', 'c9'], activities: ['a-sn-2'], interactions: [] }
		});
	});

	it('units × targets lists only rated or linked cells: Kommunstyrelsen on 8.3, 11.6, 12.7 and 16.7', () => {
		expect(coverage.unitTargets.filter((c) => c.unitId === 'u-ks').map((c) => [c.code, c.relevance, c.positive, c.negative])).toEqual([
			['8.3', null, 2, 0],
			['11.6', 'låg', 0, 1],
			['12.7', null, 2, 0],
			['16.7', 'hög', 0, 0]
		]);
		expect(coverage.unitTargets).toHaveLength(11);
	});

	it('dimensions under the default grouping (goal 17 in all three)', () => {
		expect(coverage.dimensions).toEqual([
			{ dimension: 'social', goals: [1, 2, 3, 4, 5, 7, 11, 16, 17], unitsContributing: 3, positive: 8, negative: 1, contributions: 5, targetsCovered: 3, targetsTotal: 93 },
			{ dimension: 'ekologisk', goals: [6, 13, 14, 15, 17], unitsContributing: 1, positive: 1, negative: 0, contributions: 1, targetsCovered: 1, targetsTotal: 54 },
			{ dimension: 'ekonomisk', goals: [8, 9, 10, 12, 17], unitsContributing: 2, positive: 6, negative: 0, contributions: 3, targetsCovered: 3, targetsTotal: 60 }
		]);
	});

	it('a grouping of its own replaces the default', () => {
		const own = analyse({ ...smallMunicipality, dimensions: { social: [3], ekologisk: [6, 11], ekonomisk: [] } });
		expect(own.coverage.dimensions.map((d) => [d.dimension, d.goals, d.positive, d.negative, d.unitsContributing])).toEqual([
			['social', [3], 6, 0, 2],
			['ekologisk', [6, 11], 3, 1, 1],
			['ekonomisk', [], 0, 0, 0]
		]);
	});

	it('strengths: goal 3 (6), then 3.4 shared by two nämnder (5)', () => {
		expect(keys(result.strengths)).toEqual(['strength:goal:3', 'strength:target:3.4']);
		const target = byKey(result, 'strength:target:3.4');
		expect(target).toMatchObject({ weight: 5, unitIds: ['u-kf', 'u-sn'], targetCodes: ['3.4'], goals: [3], activityIds: ['a-kf-1', 'a-sn-2'] });
		expect(target.evidence).toEqual({ relevance: ['r-kf-3.4', 'r-sn-3.4'], contributions: ['c1', 'c2'], activities: ['a-kf-1', 'a-sn-2'], interactions: [] });
		expect(sv(result, 'strength:target:3.4')).toBe(
			'Delmål 3.4 har brett stöd: Kultur- och fritidsnämnden och Socialnämnden bidrar till det (sammanlagd styrka 5).'
		);
		expect(sv(result, 'strength:goal:3')).toBe('Mål 3 har brett stöd: 2 enheter bidrar till 2 av målets 13 delmål (sammanlagd styrka 6).');
		expect(byKey(result, 'strength:goal:3').targetCodes).toEqual(['3.4', '3.5']);
	});

	it('gaps ranked: the prioritised 16.7 first, fragile goals and unaddressed goals, then partial lists and missing indicators', () => {
		expect(keys(result.gaps)).toEqual([
			'gap:noContribution:16.7',
			...unaddressed(1, 2, 4, 5),
			'gap:fragile:6',
			...unaddressed(7, 9),
			'gap:fragile:10',
			'gap:fragile:11',
			...unaddressed(13, 14, 15, 17),
			...unaddressed(3, 6),
			'gap:noIndicator:6',
			...unaddressed(8, 10),
			'gap:noIndicator:10',
			...unaddressed(11),
			'gap:noIndicator:11',
			...unaddressed(12, 16)
		]);
		expect(byKey(result, 'gap:noContribution:16.7')).toMatchObject({
			weight: 2,
			unitIds: ['u-ks'],
			evidence: { relevance: ['r-ks-16.7'], contributions: [], activities: [], interactions: [] }
		});
		expect(sv(result, 'gap:noContribution:16.7')).toBe('Delmål 16.7 bedöms som relevant av Kommunstyrelsen, men ingen aktivitet bidrar till det.');
	});

	it('fragile goal 11: only Miljö- och byggnadsnämnden contributes to the relevant 11.6', () => {
		const fragile = byKey(result, 'gap:fragile:11');
		expect(fragile).toMatchObject({ weight: 1, unitIds: ['u-mb'], targetCodes: ['11.6'], goals: [11] });
		expect(fragile.evidence).toEqual({ relevance: ['r-mb-11.6'], contributions: ['c6'], activities: ['a-mb-1'], interactions: [] });
		expect(sv(result, 'gap:fragile:11')).toBe(
			'Arbetet med mål 11 vilar på en enda enhet: bara Miljö- och byggnadsnämnden bidrar till målets relevanta delmål (11.6).'
		);
	});

	it('missing indicators, grouped per goal, and the sentence says which indicators count', () => {
		const gap = byKey(result, 'gap:noIndicator:11');
		expect(gap).toMatchObject({ weight: 0.5, unitIds: ['u-ks', 'u-mb'], targetCodes: ['11.6'] });
		expect(gap.evidence).toEqual({ relevance: ['r-mb-11.6'], contributions: ['c6', 'c8'], activities: ['a-ks-2', 'a-mb-1'], interactions: [] });
		expect(sv(result, 'gap:noIndicator:11')).toBe(
			'Inget bidrag till delmål 11.6 anger en indikator som kan visa utvecklingen. Här räknas än så länge bara de indikatorer som anges på bidragen.'
		);
	});

	it('unaddressed: a whole goal in one finding, the rest of a goal as one list', () => {
		expect(byKey(result, 'gap:unaddressed:14')).toMatchObject({ weight: 1, goals: [14], unitIds: [] });
		expect(byKey(result, 'gap:unaddressed:14').targetCodes).toHaveLength(10);
		expect(sv(result, 'gap:unaddressed:14')).toBe('Ingen enhet har bedömt något delmål under mål 14 som relevant, och ingen aktivitet bidrar till målet.');
		// 4.7 is rated vet ej only: not addressed, so goal 4 counts as a whole goal.
		expect(byKey(result, 'gap:unaddressed:4').evidence.relevance).toEqual(['r-kf-4.7']);
		expect(byKey(result, 'gap:unaddressed:6')).toMatchObject({ weight: 0.5, targetCodes: ['6.1', '6.2', '6.4', '6.5', '6.6', '6.a', '6.b'] });
		expect(sv(result, 'gap:unaddressed:6')).toBe(
			'Ingen enhet har bedömt delmålen 6.1, 6.2, 6.4, 6.5, 6.6, 6.a och 6.b som relevanta, och ingen aktivitet bidrar till dem.'
		);
	});

	it('synergies: the reinforcing prioritised pair 11.6 → 3.4, then the two nämnder sharing 3.4', () => {
		expect(keys(result.synergies)).toEqual(['synergy:interaction:11.6:3.4', 'synergy:shared:u-kf:u-sn']);
		const shared = byKey(result, 'synergy:shared:u-kf:u-sn');
		expect(shared).toMatchObject({ weight: 2, unitIds: ['u-kf', 'u-sn'], targetCodes: ['3.4'] });
		expect(shared.evidence).toEqual({ relevance: [], contributions: ['c1', 'c2'], activities: ['a-kf-1', 'a-sn-2'], interactions: [] });
		expect(sv(result, 'synergy:shared:u-kf:u-sn')).toBe(
			'Kultur- och fritidsnämnden och Socialnämnden bidrar båda till delmål 3.4 – ett tillfälle att samarbeta.'
		);
		const pair = byKey(result, 'synergy:interaction:11.6:3.4');
		expect(pair).toMatchObject({ weight: 2, unitIds: ['u-mb', 'u-sn'], targetCodes: ['3.4', '11.6'] });
		expect(pair.evidence).toEqual({ relevance: ['r-mb-11.6', 'r-sn-3.4'], contributions: [], activities: [], interactions: ['11.6>3.4'] });
		expect(sv(result, 'synergy:interaction:11.6:3.4')).toBe(
			'Framsteg på delmål 11.6 förstärker delmål 3.4 (poäng +2 på skalan −3 till +3), och båda delmålen är prioriterade.'
		);
	});

	it('unit × unit synergy matrix in the units’ order', () => {
		expect(result.unitSynergy).toEqual({
			unitIds: ['u-ks', 'u-sn', 'u-kf', 'u-mb'],
			weight: [
				[0, 0, 0, 0],
				[0, 0, 2, 0],
				[0, 2, 0, 0],
				[0, 0, 0, 0]
			],
			targets: [
				[[], [], [], []],
				[[], [], ['3.4'], []],
				[[], ['3.4'], [], []],
				[[], [], [], []]
			]
		});
	});

	it('conflicts: the new shopping area helps 8.3 but counteracts 11.6; two units pull 11.6 apart', () => {
		expect(keys(result.conflicts)).toEqual(['conflict:activity:a-ks-2', 'conflict:opposed:11.6']);
		const activity = byKey(result, 'conflict:activity:a-ks-2');
		expect(activity).toMatchObject({ weight: 3, unitIds: ['u-ks'], targetCodes: ['8.3', '11.6'], goals: [8, 11], activityIds: ['a-ks-2'] });
		expect(activity.evidence).toEqual({ relevance: [], contributions: ['c7', 'c8'], activities: ['a-ks-2'], interactions: [] });
		expect(sv(result, 'conflict:activity:a-ks-2')).toBe('Kommunstyrelsens aktivitet ”Ny handelsplats vid E20” bidrar till 8.3 men motverkar 11.6.');
		expect(en(result, 'conflict:activity:a-ks-2')).toBe('Kommunstyrelsen’s activity “Ny handelsplats vid E20” contributes to 8.3 but counteracts 11.6.');
		const opposed = byKey(result, 'conflict:opposed:11.6');
		expect(opposed).toMatchObject({ weight: 2, unitIds: ['u-ks', 'u-mb'] });
		expect(opposed.evidence).toEqual({ relevance: [], contributions: ['c6', 'c8'], activities: ['a-ks-2', 'a-mb-1'], interactions: [] });
		expect(sv(result, 'conflict:opposed:11.6')).toBe('Miljö- och byggnadsnämnden bidrar till delmål 11.6 medan Kommunstyrelsen motverkar det.');
	});

	it('network: the scored targets in SDG order, their metrics, the goal matrix and the non-zero edges', () => {
		expect(result.network.metrics.map((m) => [m.code, m.outSum, m.inSum, m.secondOrder, m.rankOutSum])).toEqual([
			['3.4', 2, 2, 0, 1],
			['8.3', -1, 0, -1, 4],
			['10.2', 0, 2, 0, 3],
			['11.6', 2, -1, 2, 2]
		]);
		expect(result.network.edges.map((e) => e.id)).toEqual(['3.4>10.2', '8.3>11.6', '11.6>3.4']);
		expect(result.network.goalMatrix.cells[2]![9]).toEqual({ sum: 2, count: 1, positive: 2, negative: 0 });
		expect(result.network.goalMatrix.cells[7]![10]).toEqual({ sum: -1, count: 1, positive: 0, negative: -1 });
	});
});

describe('conflicting activities', () => {
	const result = analyse(conflictingActivities);

	it('ranks the conflicts: two activities (5, their strongest pair of help and harm), then the negative interaction and the opposed units (4)', () => {
		expect(result.conflicts.map((f) => [f.key, f.weight])).toEqual([
			['conflict:activity:a-sn', 5],
			['conflict:activity:a-ks', 5],
			['conflict:interaction:11.2:15.1', 4],
			['conflict:opposed:15.1', 4]
		]);
	});

	it('names every target an activity helps and every one it counteracts, in one finding', () => {
		expect(byKey(result, 'conflict:activity:a-sn')).toMatchObject({ targetCodes: ['1.3', '8.5', '10.2'], goals: [1, 8, 10], unitIds: ['u-sn'], activityIds: ['a-sn'] });
		expect(en(result, 'conflict:activity:a-sn')).toBe('Socialnämnden’s activity “Hemtjänst i egen regi” contributes to 1.3 and 8.5 but counteracts 10.2.');
	});

	it('says each conflict in plain Swedish and English', () => {
		expect(sv(result, 'conflict:activity:a-sn')).toBe('Socialnämndens aktivitet ”Hemtjänst i egen regi” bidrar till 1.3 och 8.5 men motverkar 10.2.');
		expect(sv(result, 'conflict:activity:a-ks')).toBe('Kommunstyrelsens aktivitet ”Exploatering av Stadsskogen” bidrar till 11.1 men motverkar 15.1.');
		expect(sv(result, 'conflict:interaction:11.2:15.1')).toBe(
			'Framsteg på delmål 11.2 hämmar delmål 15.1 (poäng −2 på skalan −3 till +3), och båda delmålen är prioriterade.'
		);
		expect(sv(result, 'conflict:opposed:15.1')).toBe('Miljö- och byggnadsnämnden bidrar till delmål 15.1 medan Kommunstyrelsen motverkar det.');
		expect(en(result, 'conflict:opposed:15.1')).toBe(
			'Units pull target 15.1 in opposite directions: Miljö- och byggnadsnämnden contributing, Kommunstyrelsen counteracting.'
		);
		expect(en(result, 'conflict:interaction:11.2:15.1')).toBe(
			'Progress on target 11.2 holds back target 15.1 (score -2 on the scale −3 to +3), and both targets are prioritised.'
		);
	});

	it('keeps the evidence of each conflict', () => {
		expect(byKey(result, 'conflict:activity:a-sn').evidence).toEqual({
			relevance: [],
			contributions: ['k1', 'k2', 'k3'],
			activities: ['a-sn'],
			interactions: []
		});
		expect(byKey(result, 'conflict:interaction:11.2:15.1')).toMatchObject({
			unitIds: ['u-ks', 'u-mb'],
			evidence: { relevance: ['r-ks-11.2', 'r-mb-15.1'], contributions: [], activities: [], interactions: ['11.2>15.1'] }
		});
	});

	it('gaps: 10.2 only counteracted (4), 11.2 without contributions (2), goals 1 and 15 resting on one unit', () => {
		expect(keys(result.gaps).filter((k) => !k.startsWith('gap:unaddressed:'))).toEqual([
			'gap:onlyNegative:10.2',
			'gap:noContribution:11.2',
			'gap:fragile:1',
			'gap:fragile:15',
			'gap:noIndicator:1'
		]);
		expect(byKey(result, 'gap:onlyNegative:10.2')).toMatchObject({
			weight: 4,
			unitIds: ['u-sn'],
			evidence: { relevance: ['r-sn-10.2'], contributions: ['k3'], activities: ['a-sn'], interactions: [] }
		});
		expect(sv(result, 'gap:onlyNegative:10.2')).toBe(
			'Delmål 10.2 påverkas bara negativt: ”Hemtjänst i egen regi” (Socialnämnden) motverkar det och ingen aktivitet bidrar till det.'
		);
		expect(keys(result.gaps).filter((k) => k.startsWith('gap:unaddressed:'))).toEqual(unaddressed(2, 3, 4, 5, 6, 7, 9, 12, 13, 14, 16, 17, 1, 8, 10, 11, 15));
	});

	it('synergy: 1.3 → 10.2 reinforce each other, though the activity pulls them apart; no strengths', () => {
		expect(keys(result.synergies)).toEqual(['synergy:interaction:1.3:10.2']);
		expect(result.strengths).toEqual([]);
	});
});

describe('an activity on both sides of the same target', () => {
	const unit = { id: 'u', name: 'Tekniska nämnden', type: 'nämnd', parentId: null };
	const c = (id: string, activityId: string, targetCode: string, direction: 'bidrar' | 'motverkar', strength: 1 | 2 | 3) =>
		({ id, unitId: 'u', activityId, targetCode, direction, strength, directness: 'direkt' as const, indicator: null });
	const result = analyse({
		units: [unit],
		relevance: [],
		activities: [
			{ id: 'a1', unitId: 'u', name: 'Snöröjning' },
			{ id: 'a2', unitId: 'u', name: 'Gatubelysning' }
		],
		contributions: [
			// a1 helps and harms 11.2 alone: no conflict between two targets
			c('c1', 'a1', '11.2', 'bidrar', 3),
			c('c2', 'a1', '11.2', 'motverkar', 1),
			// a2 helps 7.3 and 11.2 and harms 11.2: the conflict is 7.3 against 11.2, and its help to 11.2 is not part of it
			c('c3', 'a2', '7.3', 'bidrar', 1),
			c('c4', 'a2', '11.2', 'bidrar', 3),
			c('c5', 'a2', '11.2', 'motverkar', 2)
		],
		interactions: []
	});

	it('is a conflict only across two different targets, with the strongest such pair as its weight', () => {
		const activities = result.conflicts.filter((f) => f.type === 'activityConflict');
		expect(activities.map((f) => [f.key, f.weight, f.targetCodes])).toEqual([['conflict:activity:a2', 3, ['7.3', '11.2']]]);
		expect(activities[0]!.evidence.contributions).toEqual(['c3', 'c5']);
		expect(describeFinding(activities[0]!, 'sv')).toBe('Tekniska nämndens aktivitet ”Gatubelysning” bidrar till 7.3 men motverkar 11.2.');
	});
});

describe('empty cycle', () => {
	const result = analyse(emptyCycle);

	it('has zero coverage everywhere, a unit × goal cell per unit and goal, and no unit × target cells', () => {
		expect(result.coverage.totals).toEqual({ units: 4, activities: 0, contributions: 0, relevantTargets: 0, coveredTargets: 0 });
		expect(result.coverage.unitGoals).toHaveLength(68);
		expect(result.coverage.unitGoals.every((c) => c.relevance === null && c.positive === 0 && c.contributions === 0)).toBe(true);
		expect(result.coverage.unitTargets).toEqual([]);
		expect(result.coverage.goals.every((g) => g.positive === 0 && g.unitsRelevant === 0 && g.targetsCovered === 0)).toBe(true);
		expect(result.coverage.goals.map((g) => g.targetsTotal).reduce((a, b) => a + b)).toBe(169);
		expect(result.coverage.dimensions.map((d) => d.positive)).toEqual([0, 0, 0]);
	});

	it('reports each of the 17 goals as unaddressed, once, and nothing else', () => {
		expect(keys(result.gaps)).toEqual(unaddressed(...Array.from({ length: 17 }, (_, i) => i + 1)));
		expect(result.gaps.every((g) => g.weight === 1)).toBe(true);
		expect(result.strengths).toEqual([]);
		expect(result.synergies).toEqual([]);
		expect(result.conflicts).toEqual([]);
		expect(describeFinding(result.gaps[0]!, 'en')).toBe('No unit has rated any target of goal 1 as relevant, and no activity contributes to the goal.');
	});

	it('has an empty network and a zero synergy matrix', () => {
		expect(result.network.metrics).toEqual([]);
		expect(result.network.edges).toEqual([]);
		expect(result.network.goalMatrix.cells.flat().every((c) => c.count === 0)).toBe(true);
		expect(result.unitSynergy.weight).toEqual([0, 0, 0, 0].map(() => [0, 0, 0, 0]));
	});
});

describe('one unit', () => {
	const result = analyse(oneUnit);

	it('no synergies and no fragile goals (there is no other unit), no strengths (no target has two units)', () => {
		expect(result.synergies).toEqual([]);
		expect(result.strengths).toEqual([]);
		expect(result.unitSynergy).toEqual({ unitIds: ['u-sn'], weight: [[0]], targets: [[[]]] });
		expect(keys(result.gaps).filter((k) => !k.startsWith('gap:unaddressed:'))).toEqual(['gap:noIndicator:1']);
	});

	it('covers 1.3 and 3.4 with 5, and names the goal rating in the unit × goal cell', () => {
		expect(result.coverage.totals).toEqual({ units: 1, activities: 2, contributions: 2, relevantTargets: 2, coveredTargets: 2 });
		expect(result.coverage.unitGoals[0]).toMatchObject({ goal: 1, relevance: 'hög', relevantTargets: 1, positive: 3 });
		expect(result.coverage.goals[0]!.levels.hög).toBe(1);
		expect(sv(result, 'gap:unaddressed:1')).toBe('Ingen enhet har bedömt delmålen 1.1, 1.2, 1.4, 1.5, 1.a och 1.b som relevanta, och ingen aktivitet bidrar till dem.');
	});
});

describe('many units sharing a target', () => {
	const units = [1, 2, 3, 4, 5].map((i) => ({ id: `u${i}`, name: `Nämnd ${i}`, type: 'nämnd', parentId: null }));
	const strengths = [3, 3, 2, 1, 1] as const;
	const result = analyse({
		units,
		relevance: [],
		activities: units.map((u) => ({ id: `a-${u.id}`, unitId: u.id, name: 'Aktivitet' })),
		contributions: units.map((u, i) => ({
			id: `c-${u.id}`,
			unitId: u.id,
			activityId: `a-${u.id}`,
			targetCode: '3.4',
			direction: 'bidrar' as const,
			strength: strengths[i]!,
			directness: 'direkt' as const,
			indicator: null
		})),
		interactions: []
	});

	it('lists each unit’s three strongest partners as findings; the matrix keeps every pair', () => {
		expect(result.synergies.map((f) => [f.key, f.weight])).toEqual([
			['synergy:shared:u1:u2', 3],
			['synergy:shared:u1:u3', 2],
			['synergy:shared:u2:u3', 2],
			['synergy:shared:u1:u4', 1],
			['synergy:shared:u1:u5', 1],
			['synergy:shared:u2:u4', 1],
			['synergy:shared:u2:u5', 1],
			['synergy:shared:u3:u4', 1],
			['synergy:shared:u3:u5', 1]
		]);
		expect(result.unitSynergy.weight[3]![4]).toBe(1);
		expect(result.unitSynergy.targets[3]![4]).toEqual(['3.4']);
	});
});

describe('inputs the engine cannot place', () => {
	it('leaves out unknown units, codes and levels, second ratings and scores, and self-interactions, without throwing', () => {
		const result = analyse({
			...smallMunicipality,
			relevance: [
				...smallMunicipality.relevance,
				{ id: 'r-zz-unknown-unit', unitId: 'u-nobody', kind: 'target', code: '1.1', level: 'hög' },
				{ id: 'r-zz-bad-code', unitId: 'u-sn', kind: 'target', code: '18.1', level: 'hög' },
				{ id: 'r-zz-bad-goal', unitId: 'u-sn', kind: 'goal', code: '0', level: 'hög' },
				{ id: 'r-zz-second', unitId: 'u-ks', kind: 'target', code: '16.7', level: 'låg' },
				{ id: 'r-zz-bad-level', unitId: 'u-sn', kind: 'target', code: '1.2', level: 'mycket' as RelevanceLevel }
			],
			contributions: [
				...smallMunicipality.contributions,
				{ id: 'c-zz-bad', unitId: 'u-sn', activityId: 'a-sn-1', targetCode: '1.z9', direction: 'bidrar', strength: 3, directness: 'direkt', indicator: null },
				{ id: 'c-zz-nobody', unitId: 'u-nobody', activityId: 'a-x', targetCode: '1.1', direction: 'bidrar', strength: 3, directness: 'direkt', indicator: null }
			],
			interactions: [
				...smallMunicipality.interactions,
				{ from: '3.4', to: '3.4', score: 3, id: 'self' },
				{ from: '11.6', to: '3.4', score: -3, id: 'zz-second' },
				{ from: '99.9', to: '3.4', score: 1, id: 'unknown' }
			]
		});
		const plain = analyse(smallMunicipality);
		expect(result.coverage).toEqual(plain.coverage);
		expect(result.gaps).toEqual(plain.gaps);
		expect(result.conflicts).toEqual(plain.conflicts);
		expect(result.network).toEqual(plain.network);
	});
});
