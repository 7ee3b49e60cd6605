// Tenant isolation and roles of the handlingsplan, table-driven: a samordnare of A reaches nothing of B —
// B's organisation answers 404, and B's plan, measure, unit and point ids under A's organisation answer
// 404 too — and B's plan is unchanged afterwards; in A, a läsare is refused every change (403), a deltagare
// every change but a follow-up for her own unit. Add a row for every new plan service function.
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../helpers/db.js';
import type { Ctx } from '#lib/server/services/actor.js';
import { closePlan, copyPlan, createPlan, getPlan, listPlans } from '#lib/server/services/plan.service.js';
import { getMeasure, getMeasureForm, saveMeasure } from '#lib/server/services/plan-measure.service.js';
import { addFollowUp, getFollowUpForm } from '#lib/server/services/plan-follow-up.service.js';
import { exportPlan, getPlanForReport } from '#lib/server/services/plan-export.service.js';
import type { MeasureInput } from '#lib/validation/plan.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../helpers/fixtures.js';

const db = await useTestDb();

interface Side {
	f: OrganisationFixture;
	planId: string;
	measureId: string;
	pointId: string;
}
let a: Side;
let b: Side;

const measure = (extra: Partial<MeasureInput> = {}): MeasureInput => ({
	measureId: null,
	version: undefined,
	title: 'Åtgärd',
	description: null,
	localTarget: null,
	responsibleUnitId: null,
	targets: ['7.2'],
	unitIds: [],
	focusAreaIds: [],
	goalIds: [],
	indicatorIds: [],
	activityIds: [],
	fromCouncilItemId: null,
	fromCycleId: null,
	fromFindingKey: null,
	...extra
});
const plan = { title: 'Plan', periodStart: 2026, periodEnd: 2026, decidedBy: null, decidedOn: null };

async function side(tag: string): Promise<Side> {
	const f = await makeOrganisation(db, tag);
	const ctx = ctxOf(db, f.samordnare);
	const id = f.organisation.id;
	const { id: planId } = await createPlan(ctx, id, { ...plan, title: `${tag}s plan` });
	const { id: measureId } = await saveMeasure(ctx, id, planId, measure({ title: `${tag}s åtgärd`, unitIds: [f.units.sn.id] }));
	const pointId = (await getPlan(ctx, id, planId)).points[0]!.id;
	await addFollowUp(ctx, id, planId, { measureId, unitId: f.units.sn.id, pointId, status: 'pågår', completion: 10, comment: null });
	return { f, planId, measureId, pointId };
}

beforeEach(async () => {
	a = await side('Alfa');
	b = await side('Beta');
});

const A = () => a.f.organisation.id;
const B = () => b.f.organisation.id;
const entry = (s: Side, unitId = s.f.units.sn.id) => ({ measureId: s.measureId, unitId, pointId: s.pointId, status: 'genomförd' as const, completion: 100, comment: null });

/** Every plan function aimed at B: B's organisation with B's ids, or B's ids under A's organisation. */
const intoB: Array<{ name: string; call: (ctx: Ctx) => Promise<unknown> }> = [
	{ name: 'listPlans(B)', call: (c) => listPlans(c, B()) },
	{ name: 'getPlan(B)', call: (c) => getPlan(c, B(), b.planId) },
	{ name: 'getPlan(A, plan of B)', call: (c) => getPlan(c, A(), b.planId) },
	{ name: 'createPlan(B)', call: (c) => createPlan(c, B(), plan) },
	{ name: 'closePlan(B)', call: (c) => closePlan(c, B(), b.planId) },
	{ name: 'closePlan(A, plan of B)', call: (c) => closePlan(c, A(), b.planId) },
	{ name: 'copyPlan(B)', call: (c) => copyPlan(c, B(), b.planId, plan) },
	{ name: 'copyPlan(A, plan of B)', call: (c) => copyPlan(c, A(), b.planId, plan) },
	{ name: 'getMeasureForm(B)', call: (c) => getMeasureForm(c, B(), b.planId) },
	{ name: 'getMeasureForm(A, plan of B)', call: (c) => getMeasureForm(c, A(), b.planId) },
	{ name: 'getMeasureForm(A, measure of B)', call: (c) => getMeasureForm(c, A(), a.planId, { measureId: b.measureId }) },
	{ name: 'saveMeasure(B)', call: (c) => saveMeasure(c, B(), b.planId, measure()) },
	{ name: 'saveMeasure(A, plan of B)', call: (c) => saveMeasure(c, A(), b.planId, measure()) },
	{ name: 'saveMeasure(A, measure of B)', call: (c) => saveMeasure(c, A(), a.planId, measure({ measureId: b.measureId, version: 1 })) },
	{ name: 'saveMeasure(A, unit of B)', call: (c) => saveMeasure(c, A(), a.planId, measure({ unitIds: [b.f.units.sn.id] })) },
	{ name: 'saveMeasure(A, responsible unit of B)', call: (c) => saveMeasure(c, A(), a.planId, measure({ responsibleUnitId: b.f.units.ks.id })) },
	{ name: 'getMeasure(B)', call: (c) => getMeasure(c, B(), b.planId, b.measureId) },
	{ name: 'getMeasure(A, measure of B)', call: (c) => getMeasure(c, A(), a.planId, b.measureId) },
	{ name: 'getFollowUpForm(A, measure of B)', call: (c) => getFollowUpForm(c, A(), a.planId, b.measureId) },
	{ name: 'addFollowUp(B)', call: (c) => addFollowUp(c, B(), b.planId, entry(b)) },
	{ name: 'addFollowUp(A, measure of B)', call: (c) => addFollowUp(c, A(), a.planId, { ...entry(a), measureId: b.measureId }) },
	{ name: 'addFollowUp(A, unit of B)', call: (c) => addFollowUp(c, A(), a.planId, entry(a, b.f.units.sn.id)) },
	{ name: 'addFollowUp(A, point of B)', call: (c) => addFollowUp(c, A(), a.planId, { ...entry(a), pointId: b.pointId }) },
	{ name: 'exportPlan(B)', call: (c) => exportPlan(c, B(), b.planId, 'csv') },
	{ name: 'exportPlan(A, plan of B)', call: (c) => exportPlan(c, A(), b.planId, 'xlsx') },
	{ name: 'getPlanForReport(B)', call: (c) => getPlanForReport(c, B()) },
	{ name: 'getPlanForReport(A, plan of B)', call: (c) => getPlanForReport(c, A(), b.planId) }
];

async function snapshotB() {
	const view = await getPlan(ctxOf(db, b.f.samordnare), B(), b.planId);
	const m = await getMeasure(ctxOf(db, b.f.samordnare), B(), b.planId, b.measureId);
	return { plans: (await listPlans(ctxOf(db, b.f.samordnare), B())).plans.length, status: view.plan.status, rows: view.rows.map((r) => [r.measure.title, r.measure.version, r.units.map((u) => u.id)]), history: m.history.length };
}

describe('a samordnare of A', () => {
	it.each(intoB)('gets 404: $name, and B is unchanged', async ({ call }) => {
		const before = await snapshotB();
		expect((await serviceError(() => call(ctxOf(db, a.f.samordnare)))).status).toBe(404);
		expect(await snapshotB()).toEqual(before);
	});
});

/** Every change in A, with what each role may do: 'ok' or the refusal. */
const changes: Array<{ name: string; call: (ctx: Ctx) => Promise<unknown>; deltagare: 'ok' | 403; läsare: 403; processledare: 'ok' | 403 }> = [
	{ name: 'createPlan', call: (c) => createPlan(c, A(), plan), deltagare: 403, läsare: 403, processledare: 403 },
	{ name: 'closePlan', call: (c) => closePlan(c, A(), a.planId), deltagare: 403, läsare: 403, processledare: 403 },
	{ name: 'copyPlan', call: (c) => copyPlan(c, A(), a.planId, plan), deltagare: 403, läsare: 403, processledare: 403 },
	{ name: 'getMeasureForm', call: (c) => getMeasureForm(c, A(), a.planId), deltagare: 403, läsare: 403, processledare: 403 },
	{ name: 'saveMeasure', call: (c) => saveMeasure(c, A(), a.planId, measure()), deltagare: 403, läsare: 403, processledare: 403 },
	{ name: 'exportPlan', call: (c) => exportPlan(c, A(), a.planId, 'csv'), deltagare: 403, läsare: 403, processledare: 403 },
	// The deltagare is a member of Socialnämnden; the processledare has mapping.editAll.
	{ name: 'addFollowUp (own unit)', call: (c) => addFollowUp(c, A(), a.planId, entry(a)), deltagare: 'ok', läsare: 403, processledare: 'ok' }
];

describe('roles in A', () => {
	for (const role of ['deltagare', 'läsare', 'processledare'] as const)
		it.each(changes)(`a ${role}: $name`, async (row) => {
			const who = role === 'läsare' ? a.f.lasare : a.f[role];
			const expected = row[role];
			if (expected === 'ok') await expect(row.call(ctxOf(db, who))).resolves.toBeDefined();
			else expect((await serviceError(() => row.call(ctxOf(db, who)))).status).toBe(expected);
		});

	it('every member reads the plan, a measure and the report', async () => {
		for (const who of [a.f.lasare, a.f.deltagare, a.f.processledare]) {
			expect((await getPlan(ctxOf(db, who), A(), a.planId)).rows).toHaveLength(1);
			expect((await getMeasure(ctxOf(db, who), A(), a.planId, a.measureId)).history).toHaveLength(1);
			expect((await getPlanForReport(ctxOf(db, who), A()))?.measures).toHaveLength(1);
		}
	});

	it('a deltagare may not report for a unit she is not a member of (403), nor anyone signed out (401)', async () => {
		await saveMeasure(ctxOf(db, a.f.samordnare), A(), a.planId, measure({ measureId: a.measureId, version: 1, unitIds: [a.f.units.sn.id, a.f.units.ks.id] }));
		expect((await serviceError(() => addFollowUp(ctxOf(db, a.f.deltagare), A(), a.planId, entry(a, a.f.units.ks.id)))).status).toBe(403);
		expect((await serviceError(() => getPlan(ctxOf(db, null), A(), a.planId))).status).toBe(401);
	});
});
