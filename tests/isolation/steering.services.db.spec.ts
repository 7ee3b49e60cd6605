// Tenant isolation of the steering (focus areas, prioritised goals, indicators, outcomes, judgements),
// table-driven: a samordnare of A reaches nothing of B — B's organisation answers 404, and B's ids smuggled
// in under A's organisation answer 404 too — and B's steering is unchanged afterwards; a läsare of A is
// refused (403) every edit in A — steering and Kolada statistics alike. Add a row for every new steering or
// statistics service function.
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../helpers/db.js';
import type { Ctx } from '#lib/server/services/actor.js';
import * as steering from '#lib/server/services/steering.service.js';
import * as statistics from '#lib/server/services/statistics.service.js';
import * as steeringKolada from '#lib/server/services/steering-kolada.service.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../helpers/fixtures.js';

const db = await useTestDb();

interface Side {
	f: OrganisationFixture;
	areaId: string;
	goalId: string;
	indicatorId: string;
}
let a: Side;
let b: Side;

async function side(tag: string): Promise<Side> {
	const f = await makeOrganisation(db, tag);
	const ctx = ctxOf(db, f.samordnare);
	const id = f.organisation.id;
	const areaId = await steering.saveFocusArea(ctx, id, { focusAreaId: null, parentId: null, name: `${tag}s område`, description: null, targets: ['11.2'] });
	const goalId = await steering.saveGoal(ctx, id, goal(`${tag}s mål`, { focusAreaId: areaId }));
	const indicatorId = await steering.saveIndicator(ctx, id, indicator(goalId));
	await steering.setIndicatorOutcome(ctx, id, indicatorId, { year: 2020, gender: 'T', area: '', value: 10 });
	await steering.setGoalJudgement(ctx, id, goalId, { year: 2020, level: 'delvis', analysis: 'Bedömning' });
	await statistics.importKoladaFile(ctx, id, koladaFile);
	return { f, areaId, goalId, indicatorId };
}

const goal = (title: string, extra: Partial<steering.GoalForm> = {}): steering.GoalForm => ({
	goalId: null,
	focusAreaId: null,
	parentId: null,
	unitId: null,
	title,
	description: null,
	periodStart: null,
	periodEnd: null,
	targets: [],
	...extra
});
const indicator = (goalId: string, extra: Partial<steering.IndicatorForm> = {}): steering.IndicatorForm => ({
	indicatorId: null,
	goalId,
	name: 'Resor med kollektivtrafik',
	kind: 'styrande',
	koladaKpi: null,
	sourceName: 'Egen resvaneundersökning',
	unitLabel: '%',
	direction: 'higher',
	targets: ['11.2'],
	targetValues: [{ year: 2030, value: 40 }],
	...extra
});
const area = (extra: Partial<steering.FocusAreaForm> = {}): steering.FocusAreaForm => ({ focusAreaId: null, parentId: null, name: 'X', description: null, targets: [], ...extra });

beforeEach(async () => {
	a = await side('Alfa');
	b = await side('Beta');
});

interface Row {
	name: string;
	call: (ctx: Ctx) => Promise<unknown>;
}
const A = () => a.f.organisation.id;
const B = () => b.f.organisation.id;

/** Every steering function aimed at B: B's organisation with B's ids, or B's ids under A's organisation. */
const intoB: Row[] = [
	{ name: 'getSteering(B)', call: (c) => steering.getSteering(c, B()) },
	{ name: 'saveFocusArea(B)', call: (c) => steering.saveFocusArea(c, B(), area()) },
	{ name: 'saveFocusArea(A, area of B)', call: (c) => steering.saveFocusArea(c, A(), area({ focusAreaId: b.areaId })) },
	{ name: 'saveFocusArea(A, under an area of B)', call: (c) => steering.saveFocusArea(c, A(), area({ parentId: b.areaId })) },
	{ name: 'removeFocusArea(B, area of B)', call: (c) => steering.removeFocusArea(c, B(), b.areaId) },
	{ name: 'removeFocusArea(A, area of B)', call: (c) => steering.removeFocusArea(c, A(), b.areaId) },
	{ name: 'saveGoal(B)', call: (c) => steering.saveGoal(c, B(), goal('X')) },
	{ name: 'saveGoal(A, goal of B)', call: (c) => steering.saveGoal(c, A(), goal('X', { goalId: b.goalId })) },
	{ name: 'saveGoal(A, in an area of B)', call: (c) => steering.saveGoal(c, A(), goal('X', { focusAreaId: b.areaId })) },
	{ name: 'saveGoal(A, derived from a goal of B)', call: (c) => steering.saveGoal(c, A(), goal('X', { parentId: b.goalId })) },
	{ name: 'saveGoal(A, owned by a unit of B)', call: (c) => steering.saveGoal(c, A(), goal('X', { unitId: b.f.units.sn.id })) },
	{ name: 'removeGoal(B, goal of B)', call: (c) => steering.removeGoal(c, B(), b.goalId) },
	{ name: 'removeGoal(A, goal of B)', call: (c) => steering.removeGoal(c, A(), b.goalId) },
	{ name: 'saveIndicator(B)', call: (c) => steering.saveIndicator(c, B(), indicator(b.goalId)) },
	{ name: 'saveIndicator(A, under a goal of B)', call: (c) => steering.saveIndicator(c, A(), indicator(b.goalId)) },
	{ name: 'saveIndicator(A, indicator of B)', call: (c) => steering.saveIndicator(c, A(), indicator(a.goalId, { indicatorId: b.indicatorId })) },
	{ name: 'removeIndicator(A, indicator of B)', call: (c) => steering.removeIndicator(c, A(), b.indicatorId) },
	{ name: 'setIndicatorOutcome(B)', call: (c) => steering.setIndicatorOutcome(c, B(), b.indicatorId, { year: 2021, gender: 'T', area: '', value: 1 }) },
	{ name: 'setIndicatorOutcome(A, indicator of B)', call: (c) => steering.setIndicatorOutcome(c, A(), b.indicatorId, { year: 2020, gender: 'T', area: '', value: null }) },
	{ name: 'setGoalJudgement(B)', call: (c) => steering.setGoalJudgement(c, B(), b.goalId, { year: 2021, level: 'uppfyllt', analysis: '' }) },
	{ name: 'setGoalJudgement(A, goal of B)', call: (c) => steering.setGoalJudgement(c, A(), b.goalId, { year: 2020, level: 'uppfyllt', analysis: 'X' }) },
	{ name: 'removeGoalJudgement(B)', call: (c) => steering.removeGoalJudgement(c, B(), b.goalId, 2020) },
	{ name: 'removeGoalJudgement(A, goal of B)', call: (c) => steering.removeGoalJudgement(c, A(), b.goalId, 2020) },
	{ name: 'moveSteeringItem(B)', call: (c) => steering.moveSteeringItem(c, B(), 'goal', b.goalId, 1) },
	{ name: 'moveSteeringItem(A, indicator of B)', call: (c) => steering.moveSteeringItem(c, A(), 'indicator', b.indicatorId, -1) },
	{ name: 'moveSteeringItem(A, area of B)', call: (c) => steering.moveSteeringItem(c, A(), 'focusArea', b.areaId, 1) },
	{ name: 'koladaForSteering(B)', call: (c) => steeringKolada.koladaForSteering(c, B(), ['N15436']) },
	{ name: 'searchKpisForSteering(B)', call: (c) => steeringKolada.searchKpisForSteering(c, B(), 'skola') },
	{ name: 'getStatistics(B)', call: (c) => statistics.getStatistics(c, B()) },
	{ name: 'importKoladaFile(B)', call: (c) => statistics.importKoladaFile(c, B(), koladaFile) },
	{ name: 'importKoladaLive(B)', call: (c) => statistics.importKoladaLive(c, B(), { kpis: ['N15436'], years: [2020] }, { baseUrl: 'http://127.0.0.1:9', retries: 0 }) },
	{ name: 'koladaValues(B)', call: (c) => statistics.koladaValues(c, B(), 'N15436') },
	{ name: 'setComparison(B)', call: (c) => statistics.setComparison(c, B(), '0014') },
	{ name: 'searchComparisons(B)', call: (c) => statistics.searchComparisons(c, B(), 'Riket') }
];

const koladaFile = JSON.stringify([{ kpi: 'N15436', municipality: '1489', period: 2020, values: [{ gender: 'T', value: 90 }] }]);

/** Every steering edit in A, which a läsare of A may not make. */
const editsInA: Row[] = [
	{ name: 'saveFocusArea', call: (c) => steering.saveFocusArea(c, A(), area()) },
	{ name: 'removeFocusArea', call: (c) => steering.removeFocusArea(c, A(), a.areaId) },
	{ name: 'saveGoal', call: (c) => steering.saveGoal(c, A(), goal('X')) },
	{ name: 'removeGoal', call: (c) => steering.removeGoal(c, A(), a.goalId) },
	{ name: 'saveIndicator', call: (c) => steering.saveIndicator(c, A(), indicator(a.goalId)) },
	{ name: 'removeIndicator', call: (c) => steering.removeIndicator(c, A(), a.indicatorId) },
	{ name: 'setIndicatorOutcome', call: (c) => steering.setIndicatorOutcome(c, A(), a.indicatorId, { year: 2020, gender: 'T', area: '', value: null }) },
	{ name: 'setGoalJudgement', call: (c) => steering.setGoalJudgement(c, A(), a.goalId, { year: 2020, level: 'uppfyllt', analysis: 'X' }) },
	{ name: 'removeGoalJudgement', call: (c) => steering.removeGoalJudgement(c, A(), a.goalId, 2020) },
	{ name: 'moveSteeringItem', call: (c) => steering.moveSteeringItem(c, A(), 'goal', a.goalId, 1) },
	{ name: 'importKoladaFile', call: (c) => statistics.importKoladaFile(c, A(), koladaFile) },
	{ name: 'importKoladaLive', call: (c) => statistics.importKoladaLive(c, A(), { kpis: ['N15436'], years: [2020] }, { baseUrl: 'http://127.0.0.1:9', retries: 0 }) },
	{ name: 'setComparison', call: (c) => statistics.setComparison(c, A(), '0014') }
];

/** An organisation's steering as its own samordnare reads it. */
const snapshot = async (s: Side) => {
	const ctx = ctxOf(db, s.f.samordnare);
	const id = s.f.organisation.id;
	return JSON.stringify([await steering.getSteering(ctx, id), await statistics.getStatistics(ctx, id)]);
};

describe('steering isolation: a samordnare of A using the ids of B', () => {
	it.each(intoB.map((r) => [r.name, r] as const))('%s → 404, B unchanged', async (_name, row) => {
		const before = await snapshot(b);
		const err = await serviceError(row.call(ctxOf(db, a.f.samordnare)));
		expect(err.status).toBe(404);
		expect(await snapshot(b)).toBe(before);
	});

	it('the SDG goal pages show A’s samordnare nothing of B', async () => {
		const local = await steering.localSteeringOfGoal(ctxOf(db, a.f.samordnare), 11);
		expect(local.map((l) => l.organisation.id)).toEqual([A()]);
	});
});

describe('steering roles: a läsare of A', () => {
	it.each(editsInA.map((r) => [r.name, r] as const))('%s → 403, nothing changed', async (_name, row) => {
		const before = await snapshot(a);
		expect((await serviceError(row.call(ctxOf(db, a.f.lasare)))).status).toBe(403);
		expect(await snapshot(a)).toBe(before);
	});

	it('reads the steering, without the right to edit it', async () => {
		const s = await steering.getSteering(ctxOf(db, a.f.lasare), A());
		expect(s.goals.map((g) => g.title)).toEqual(['Alfas mål']);
		expect([s.canEdit, s.canImport]).toEqual([false, false]);
	});
});
