// The steering service against a real database: the samordnare builds focus areas → goals → indicators with
// target values and SDG links; outcomes typed by hand; the yearly judgement; everyone in the organisation
// reads, nobody else edits; tampered references are refused with a message; and the council's analysis
// gains the steering gaps once indicators exist.
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import { createActivity, createContribution } from './activity.service.js';
import { getAnalysis } from './analysis.service.js';
import { createCycle } from './cycle.service.js';
import { setRelevances } from './mapping.service.js';
import {
	getSteering,
	localSteeringOfGoal,
	removeFocusArea,
	removeGoal,
	saveFocusArea,
	saveGoal,
	saveIndicator,
	setGoalJudgement,
	setIndicatorOutcome
} from './steering.service.js';

const db = await useTestDb();
let f: OrganisationFixture;
let other: OrganisationFixture;
const org = () => f.organisation.id;
const as = (user: { id: string }) => ctxOf(db, user);

const goalForm = (title: string, extra: Partial<Parameters<typeof saveGoal>[2]> = {}) => ({
	goalId: null,
	focusAreaId: null,
	parentId: null,
	unitId: null,
	title,
	description: null,
	periodStart: 2020,
	periodEnd: 2023,
	targets: [],
	...extra
});

const indicatorForm = (goalId: string, extra: Partial<Parameters<typeof saveIndicator>[2]> = {}) => ({
	indicatorId: null,
	goalId,
	name: 'Företagsklimat, Insikt, index 1-100',
	kind: 'styrande' as const,
	koladaKpi: 'U07451',
	sourceName: 'SKR Insikt',
	unitLabel: 'index 1-100',
	direction: 'higher' as const,
	targets: ['8.3'],
	targetValues: [{ year: 2023, value: 75 }],
	...extra
});

beforeEach(async () => {
	f = await makeOrganisation(db, 'Alfa');
	other = await makeOrganisation(db, 'Beta');
});

describe('the steering model', () => {
	it('is built by the samordnare and read by everyone in the organisation', async () => {
		const ctx = as(f.samordnare);
		const area = await saveFocusArea(ctx, org(), { focusAreaId: null, parentId: null, name: 'Experimentlust', description: 'Nytänkande', targets: ['8.3', '9.5'] });
		const sub = await saveFocusArea(ctx, org(), { focusAreaId: null, parentId: area, name: 'Näringsliv', description: null, targets: [] });
		const goal = await saveGoal(ctx, org(), goalForm('Alingsås växer', { focusAreaId: area, targets: ['8.3'] }));
		const own = await saveGoal(ctx, org(), goalForm('Socialnämndens eget mål', { parentId: goal, unitId: f.units.sn.id }));
		const indicator = await saveIndicator(ctx, org(), indicatorForm(goal));
		await setIndicatorOutcome(ctx, org(), indicator, { year: 2018, gender: 'T', area: '', value: 63 });
		await setIndicatorOutcome(ctx, org(), indicator, { year: 2019, gender: 'T', area: '', value: 59 });
		await setGoalJudgement(ctx, org(), goal, { year: 2021, level: 'delvis', analysis: 'Företagsklimatet förbättras men når inte målet.' });

		const s = await getSteering(as(f.lasare), org());
		expect(s.canEdit).toBe(false);
		expect(s.canImport).toBe(false);
		expect(s.focusAreas.map((a) => [a.name, a.parentId, a.targetCodes])).toEqual([
			['Experimentlust', null, ['8.3', '9.5']],
			['Näringsliv', area, []]
		]);
		expect(s.focusAreas[1]!.id).toBe(sub);
		expect(s.goals.map((g) => [g.title, g.focusAreaId, g.parentId, g.unitId, g.periodStart, g.periodEnd, g.targetCodes])).toEqual([
			['Alingsås växer', area, null, null, 2020, 2023, ['8.3']],
			['Socialnämndens eget mål', null, goal, f.units.sn.id, 2020, 2023, []]
		]);
		expect(s.goals[1]!.id).toBe(own);
		expect(s.indicators).toEqual([
			expect.objectContaining({
				id: indicator,
				goalId: goal,
				koladaKpi: 'U07451',
				direction: 'higher',
				targetCodes: ['8.3'],
				targets: [{ year: 2023, value: 75 }],
				outcomes: [
					{ year: 2018, gender: 'T', area: '', value: 63 },
					{ year: 2019, gender: 'T', area: '', value: 59 }
				]
			})
		]);
		expect(s.judgements).toEqual([expect.objectContaining({ goalId: goal, year: 2021, level: 'delvis', updatedBy: f.samordnare.id })]);
		expect((await getSteering(as(f.samordnare), org())).canEdit).toBe(true);
	});

	it('changes an indicator, replaces its target values, and removes an outcome given as empty', async () => {
		const ctx = as(f.samordnare);
		const goal = await saveGoal(ctx, org(), goalForm('Mål'));
		const id = await saveIndicator(ctx, org(), indicatorForm(goal));
		await setIndicatorOutcome(ctx, org(), id, { year: 2020, gender: 'K', area: 'Centrum', value: 1.5 });
		await saveIndicator(ctx, org(), indicatorForm(goal, { indicatorId: id, direction: 'lower', targetValues: [{ year: 2026, value: 30 }, { year: 2030, value: 20 }] }));
		let [i] = (await getSteering(ctx, org())).indicators;
		expect(i).toMatchObject({ direction: 'lower', targets: [{ year: 2026, value: 30 }, { year: 2030, value: 20 }], outcomes: [{ year: 2020, gender: 'K', area: 'Centrum', value: 1.5 }] });
		await setIndicatorOutcome(ctx, org(), id, { year: 2020, gender: 'K', area: 'Centrum', value: null });
		[i] = (await getSteering(ctx, org())).indicators;
		expect(i!.outcomes).toEqual([]);
	});

	it('keeps goals when their focus area is removed, and removes a goal with its indicators', async () => {
		const ctx = as(f.samordnare);
		const area = await saveFocusArea(ctx, org(), { focusAreaId: null, parentId: null, name: 'Omställning', description: null, targets: [] });
		const goal = await saveGoal(ctx, org(), goalForm('Goda livsmiljöer', { focusAreaId: area }));
		await saveIndicator(ctx, org(), indicatorForm(goal));
		await removeFocusArea(ctx, org(), area);
		let s = await getSteering(ctx, org());
		expect(s.focusAreas).toEqual([]);
		expect(s.goals.map((g) => [g.title, g.focusAreaId])).toEqual([['Goda livsmiljöer', null]]);
		await removeGoal(ctx, org(), goal);
		s = await getSteering(ctx, org());
		expect(s.goals).toEqual([]);
		expect(s.indicators).toEqual([]);
	});
});

describe('refusals', () => {
	it('refuses references to another organisation’s rows with a 404 naming the reference, and stores nothing', async () => {
		const ctx = as(f.samordnare);
		const theirs = await saveGoal(as(other.samordnare), other.organisation.id, goalForm('Betas mål'));
		const theirArea = await saveFocusArea(as(other.samordnare), other.organisation.id, { focusAreaId: null, parentId: null, name: 'Betas område', description: null, targets: [] });
		expect((await serviceError(saveIndicator(ctx, org(), indicatorForm(theirs)))).messageKey).toBe('steering.error.goal');
		expect((await serviceError(saveGoal(ctx, org(), goalForm('X', { focusAreaId: theirArea })))).messageKey).toBe('steering.error.focusArea');
		expect((await serviceError(saveGoal(ctx, org(), goalForm('X', { unitId: other.units.sn.id })))).messageKey).toBe('steering.error.unit');
		expect((await serviceError(saveGoal(ctx, org(), goalForm('X', { parentId: theirs })))).messageKey).toBe('steering.error.goal');
		for (const call of [() => saveIndicator(ctx, org(), indicatorForm(theirs)), () => saveGoal(ctx, org(), goalForm('X', { unitId: other.units.sn.id }))])
			expect((await serviceError(call)).status).toBe(404);
		expect((await serviceError(saveGoal(ctx, org(), goalForm('X', { goalId: theirs })))).status).toBe(404);
		const s = await getSteering(ctx, org());
		expect(s.goals).toEqual([]);
		expect((await getSteering(as(other.samordnare), other.organisation.id)).goals.map((g) => g.title)).toEqual(['Betas mål']);
	});

	it('allows one level of sub-areas and of derived goals', async () => {
		const ctx = as(f.samordnare);
		const area = await saveFocusArea(ctx, org(), { focusAreaId: null, parentId: null, name: 'A', description: null, targets: [] });
		const sub = await saveFocusArea(ctx, org(), { focusAreaId: null, parentId: area, name: 'A1', description: null, targets: [] });
		expect((await serviceError(saveFocusArea(ctx, org(), { focusAreaId: null, parentId: sub, name: 'A1a', description: null, targets: [] }))).messageKey).toBe('steering.error.parent');
		expect((await serviceError(saveFocusArea(ctx, org(), { focusAreaId: area, parentId: area, name: 'A', description: null, targets: [] }))).messageKey).toBe('steering.error.parent');
		const goal = await saveGoal(ctx, org(), goalForm('G'));
		const derived = await saveGoal(ctx, org(), goalForm('G1', { parentId: goal }));
		expect((await serviceError(saveGoal(ctx, org(), goalForm('G1a', { parentId: derived })))).messageKey).toBe('steering.error.parent');
	});

	it.each(['processledare', 'deltagare', 'lasare'] as const)('refuses every edit by a %s with 403', async (role) => {
		const goal = await saveGoal(as(f.samordnare), org(), goalForm('Mål'));
		const indicator = await saveIndicator(as(f.samordnare), org(), indicatorForm(goal));
		const ctx = as(f[role]);
		// Thunks, so each call starts only when its refusal is awaited (no rejection left unhandled meanwhile).
		for (const call of [
			() => saveFocusArea(ctx, org(), { focusAreaId: null, parentId: null, name: 'X', description: null, targets: [] }),
			() => saveGoal(ctx, org(), goalForm('X')),
			() => removeGoal(ctx, org(), goal),
			() => saveIndicator(ctx, org(), indicatorForm(goal)),
			() => setIndicatorOutcome(ctx, org(), indicator, { year: 2020, gender: 'T', area: '', value: 1 }),
			() => setGoalJudgement(ctx, org(), goal, { year: 2020, level: 'uppfyllt', analysis: '' })
		])
			expect((await serviceError(call)).status).toBe(403);
		const s = await getSteering(ctx, org());
		expect(s.goals.map((g) => g.title)).toEqual(['Mål']);
		expect(s.indicators[0]!.outcomes).toEqual([]);
		expect(s.judgements).toEqual([]);
	});

	it('answers 404 to a samordnare of another organisation, reading or writing', async () => {
		const goal = await saveGoal(as(f.samordnare), org(), goalForm('Mål'));
		const ctx = as(other.samordnare);
		for (const call of [
			() => getSteering(ctx, org()),
			() => saveGoal(ctx, org(), goalForm('X')),
			() => removeGoal(ctx, org(), goal),
			() => setGoalJudgement(ctx, org(), goal, { year: 2020, level: 'delvis', analysis: '' })
		])
			expect((await serviceError(call)).status).toBe(404);
		expect((await getSteering(as(f.samordnare), org())).goals.map((g) => g.title)).toEqual(['Mål']);
	});
});

describe('the council’s gap list', () => {
	it('gains "no indicator follows the target" and "moving the wrong way" once indicators exist', async () => {
		const ctx = as(f.samordnare);
		const cycleId = (await createCycle(ctx, org(), { name: 'Kartläggning 2025', year: 2025, copy: false })).id;
		await setRelevances(ctx, org(), cycleId, f.units.sn.id, [
			{ kind: 'target', code: '8.3', level: 'hög', motivation: null, version: 0 },
			{ kind: 'target', code: '11.2', level: 'hög', motivation: null, version: 0 }
		]);
		const activity = await createActivity(ctx, org(), cycleId, f.units.sn.id, { name: 'Företagslots', description: null, owner: null });
		const link = { strength: 2 as const, directness: 'direkt' as const, motivation: null, indicator: null };
		for (const targetCode of ['8.3', '11.2']) await createContribution(ctx, org(), cycleId, f.units.sn.id, activity.id, { targetCode, direction: 'bidrar', ...link });

		const before = await getAnalysis(ctx, org(), cycleId);
		expect(before.result.gaps.filter((g) => g.type === 'notFollowed' || g.type === 'wrongWay')).toEqual([]);

		const goal = await saveGoal(ctx, org(), goalForm('Alingsås växer'));
		const indicator = await saveIndicator(ctx, org(), indicatorForm(goal));
		for (const [year, value] of [[2018, 63], [2019, 59], [2020, 55]] as const) await setIndicatorOutcome(ctx, org(), indicator, { year, gender: 'T', area: '', value });

		const after = await getAnalysis(as(f.lasare), org(), cycleId);
		const gaps = after.result.gaps.filter((g) => g.type === 'notFollowed' || g.type === 'wrongWay');
		expect(gaps.map((g) => [g.key, g.targetCodes])).toEqual(
			expect.arrayContaining([
				[`gap:wrongWay:${indicator}`, ['8.3']],
				['gap:notFollowed:11', ['11.2']]
			])
		);
		expect(gaps).toHaveLength(2);
		expect(after.indicators).toEqual([{ id: indicator, name: 'Företagsklimat, Insikt, index 1-100' }]);
	});
});

describe('an SDG goal’s page', () => {
	it('shows a member the own organisations’ goals and indicators following its targets, and a stranger nothing of them', async () => {
		const goal = await saveGoal(as(f.samordnare), org(), goalForm('Alingsås växer', { targets: ['8.3', '9.1'] }));
		const indicator = await saveIndicator(as(f.samordnare), org(), indicatorForm(goal, { targets: ['8.3', '8.5'] }));
		await saveGoal(as(other.samordnare), other.organisation.id, goalForm('Betas mål', { targets: ['8.3'] }));
		expect(await localSteeringOfGoal(as(f.lasare), 8)).toEqual([
			{
				organisation: { id: org(), name: 'Alfa kommun' },
				targets: {
					'8.3': { goals: [{ id: goal, title: 'Alingsås växer' }], indicators: [{ id: indicator, name: 'Företagsklimat, Insikt, index 1-100' }] },
					'8.5': { goals: [], indicators: [{ id: indicator, name: 'Företagsklimat, Insikt, index 1-100' }] }
				}
			}
		]);
		expect(await localSteeringOfGoal(as(f.lasare), 3)).toEqual([]);
		expect((await localSteeringOfGoal(as(other.lasare), 8)).map((l) => l.organisation.name)).toEqual(['Beta kommun']);
		expect(await localSteeringOfGoal(ctxOf(db, null), 8)).toEqual([]);
	});
});
