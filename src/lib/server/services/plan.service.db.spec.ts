// The handlingsplan against a real database: plans with their default follow-up points, measures made by
// hand, from a council item or from a gap finding (evidence kept), units and activities, follow-up entries
// kept as history (a newer one supersedes), the 400 for a unit not on the measure, the 409 for a stale
// edit, closed plans, copying to next year with open measures and their history, and the exports.
import { beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, makeUser, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import * as memberships from '../repositories/membership.repository.js';
import { createActivity, createContribution } from './activity.service.js';
import { ConflictError } from './conflict.js';
import { openItem, setRecommendation, getItem } from './council.service.js';
import { createCycle } from './cycle.service.js';
import { addFollowUp } from './plan-follow-up.service.js';
import { getMeasure, getMeasureForm, saveMeasure } from './plan-measure.service.js';
import { exportPlan, getPlanForReport } from './plan-export.service.js';
import { closePlan, copyPlan, createPlan, getPlan, listPlans } from './plan.service.js';
import type { MeasureInput } from '#lib/validation/plan.js';

const db = await useTestDb();
let f: OrganisationFixture;
let planId: string;
let cycleId: string;
let activityId: string;
const org = () => f.organisation.id;
const as = (user: { id: string }) => ctxOf(db, user);
const measure = (m: Partial<MeasureInput> = {}): MeasureInput => ({
	measureId: null,
	fromCouncilItemId: null,
	fromCycleId: null,
	fromFindingKey: null,
	title: 'Producera mer förnybar energi',
	description: null,
	localTarget: '40 % mer förnybar el till 2030',
	responsibleUnitId: null,
	targets: ['7.2'],
	unitIds: [],
	focusAreaIds: [],
	goalIds: [],
	indicatorIds: [],
	activityIds: [],
	...m
});
const entry = (measureId: string, unitId: string, pointId: string, status: 'pågår' | 'genomförd' | 'försenad' = 'pågår') => ({ measureId, unitId, pointId, status, completion: 50, comment: 'Upphandling pågår' });

beforeEach(async () => {
	f = await makeOrganisation(db, 'Alfa');
	planId = (await createPlan(as(f.samordnare), org(), { title: 'Handlingsplan 2023', periodStart: 2023, periodEnd: 2023, decidedBy: 'Kommunkoncernledning', decidedOn: '2023-02-24' })).id;
	cycleId = (await createCycle(as(f.samordnare), org(), { name: 'Kartläggning 2023', year: 2023, copy: false })).id;
	activityId = (await createActivity(as(f.samordnare), org(), cycleId, f.units.sn.id, { name: 'Solceller på äldreboenden', description: null, owner: null })).id;
});

describe('plans', () => {
	it('creates a plan with the follow-up points Delår and Helår, listed for every member', async () => {
		const { plans } = await listPlans(as(f.lasare), org());
		expect(plans).toEqual([expect.objectContaining({ id: planId, title: 'Handlingsplan 2023', periodStart: 2023, decidedOn: '2023-02-24', decidedBy: 'Kommunkoncernledning', status: 'open' })]);
		const view = await getPlan(as(f.lasare), org(), planId, '2023-03-01');
		expect(view.points.map((p) => [p.name, p.dueOn])).toEqual([['Delår', '2023-08-31'], ['Helår', '2023-12-31']]);
		expect(view.canManage).toBe(false);
	});

	it('refuses a plan to anyone but the samordnare (403)', async () => {
		expect((await serviceError(() => createPlan(as(f.deltagare), org(), { title: 'X', periodStart: 2024, periodEnd: 2024, decidedBy: null, decidedOn: null }))).status).toBe(403);
	});
});

describe('measures', () => {
	it('numbers measures in order and keeps their units in the order given', async () => {
		const a = await saveMeasure(as(f.samordnare), org(), planId, measure({ unitIds: [f.units.sn.id, f.units.ks.id] }));
		const b = await saveMeasure(as(f.samordnare), org(), planId, measure({ title: 'Stärk naturvården', targets: ['15.1'], unitIds: [f.units.ks.id] }));
		expect([a.number, b.number]).toEqual([1, 2]);
		const view = await getPlan(as(f.lasare), org(), planId);
		expect(view.rows.map((r) => [r.measure.number, r.measure.title, r.units.map((u) => u.name)])).toEqual([
			[1, 'Producera mer förnybar energi', ['Socialnämnden', 'Kommunstyrelsen']],
			[2, 'Stärk naturvården', ['Kommunstyrelsen']]
		]);
		expect(view.rows[0]!.measure.localTarget).toBe('40 % mer förnybar el till 2030');
	});

	it('links the units’ mapping activities (not copies) and refuses an activity of a unit not on the measure (400)', async () => {
		const { id } = await saveMeasure(as(f.samordnare), org(), planId, measure({ unitIds: [f.units.sn.id], activityIds: [activityId] }));
		expect((await getMeasure(as(f.lasare), org(), planId, id)).activities.map((a) => [a.activityId, a.name])).toEqual([[activityId, 'Solceller på äldreboenden']]);
		const e = await serviceError(() => saveMeasure(as(f.samordnare), org(), planId, measure({ unitIds: [f.units.ks.id], activityIds: [activityId] })));
		expect([e.status, e.messageKey]).toEqual([400, 'plan.error.activity']);
	});

	it('makes a measure from a council item’s recommendation and keeps the evidence', async () => {
		const link = { strength: 2 as const, directness: 'direkt' as const, motivation: null, indicator: null };
		await createContribution(as(f.samordnare), org(), cycleId, f.units.sn.id, activityId, { targetCode: '8.3', direction: 'bidrar', ...link });
		await createContribution(as(f.samordnare), org(), cycleId, f.units.sn.id, activityId, { targetCode: '15.1', direction: 'motverkar', ...link });
		const item = await openItem(as(f.samordnare), org(), cycleId, `conflict:activity:${activityId}`);
		const { item: stored } = await getItem(as(f.samordnare), org(), cycleId, item.id);
		await setRecommendation(as(f.samordnare), org(), cycleId, item.id, { recommendation: 'Välj platser som inte tar naturmark.', version: stored.version });
		const form = await getMeasureForm(as(f.samordnare), org(), planId, { councilItemId: item.id, cycleId });
		expect(form.draft).toMatchObject({ description: 'Välj platser som inte tar naturmark.', targetCodes: ['8.3', '15.1'], unitIds: [f.units.sn.id] });
		const { id } = await saveMeasure(as(f.samordnare), org(), planId, measure({ title: form.draft!.title, unitIds: [f.units.sn.id, f.units.ks.id], fromCouncilItemId: item.id, fromCycleId: cycleId }));
		const m = await getMeasure(as(f.lasare), org(), planId, id);
		expect(m.measure.evidence).toEqual({ kind: 'council_item', councilItemId: item.id, cycleId, findingKey: `conflict:activity:${activityId}`, text: 'Välj platser som inte tar naturmark.' });
		expect(m.units.map((u) => u.name)).toEqual(['Socialnämnden', 'Kommunstyrelsen']);
	});

	it('makes a measure from a gap finding; an unknown finding is 404', async () => {
		const link = { strength: 2 as const, directness: 'direkt' as const, motivation: null, indicator: null };
		await createContribution(as(f.samordnare), org(), cycleId, f.units.sn.id, activityId, { targetCode: '15.1', direction: 'motverkar', ...link });
		const { id } = await saveMeasure(as(f.samordnare), org(), planId, measure({ fromCycleId: cycleId, fromFindingKey: 'gap:onlyNegative:15.1' }));
		expect((await getMeasure(as(f.lasare), org(), planId, id)).measure.evidence).toMatchObject({ kind: 'finding', findingKey: 'gap:onlyNegative:15.1', cycleId });
		expect((await serviceError(() => saveMeasure(as(f.samordnare), org(), planId, measure({ fromCycleId: cycleId, fromFindingKey: 'gap:nothing:1.1' })))).status).toBe(404);
	});

	it('refuses an edit based on an old version (409) with what is stored now', async () => {
		const { id } = await saveMeasure(as(f.samordnare), org(), planId, measure());
		await saveMeasure(as(f.samordnare), org(), planId, measure({ measureId: id, version: 1, title: 'Först sparad' }));
		const e = await serviceError(() => saveMeasure(as(f.samordnare), org(), planId, measure({ measureId: id, version: 1, title: 'Sent' })));
		expect(e).toBeInstanceOf(ConflictError);
		expect(e.status).toBe(409);
		const item = (e as ConflictError).items[0]!;
		expect(item.version).toBe(2);
		expect(item.fields[0]).toEqual({ label: 'plan.measure.title', value: 'Först sparad' });
		expect((await getMeasure(as(f.lasare), org(), planId, id)).measure.title).toBe('Först sparad');
	});

	it('refuses a unit of another organisation (404) and stores nothing', async () => {
		const other = await makeOrganisation(db, 'Beta');
		expect((await serviceError(() => saveMeasure(as(f.samordnare), org(), planId, measure({ unitIds: [other.units.sn.id] })))).status).toBe(404);
		expect((await getPlan(as(f.samordnare), org(), planId)).rows).toHaveLength(0);
	});
});

describe('follow-up', () => {
	let measureId: string;
	let delar: string;
	let helar: string;
	beforeEach(async () => {
		measureId = (await saveMeasure(as(f.samordnare), org(), planId, measure({ unitIds: [f.units.sn.id, f.units.ks.id] }))).id;
		[delar, helar] = (await getPlan(as(f.samordnare), org(), planId)).points.map((p) => p.id) as [string, string];
	});

	it('a member of the unit reports; a newer entry supersedes and both stay in the history', async () => {
		await addFollowUp(as(f.deltagare), org(), planId, entry(measureId, f.units.sn.id, delar, 'försenad'));
		await addFollowUp(as(f.deltagare), org(), planId, { ...entry(measureId, f.units.sn.id, delar, 'pågår'), completion: 60 });
		const view = await getPlan(as(f.lasare), org(), planId, '2023-09-15');
		const sn = view.rows[0]!.cells.find((c) => c.unitId === f.units.sn.id)!;
		expect(sn.byPoint[delar]).toEqual({ status: 'pågår', completion: 60, isExample: false });
		expect(sn.byPoint[helar]).toBeNull();
		// Kommunstyrelsen has not reported at Delår, which has passed: late.
		expect(view.rows[0]!.cells.find((c) => c.unitId === f.units.ks.id)!.late).toBe(true);
		expect(sn.late).toBe(false);
		const { history } = await getMeasure(as(f.lasare), org(), planId, measureId);
		expect(history.map((h) => [h.status, h.completion, h.unitName, h.pointName, h.author])).toEqual([
			['pågår', 60, 'Socialnämnden', 'Delår', 'deltagare'],
			['försenad', 50, 'Socialnämnden', 'Delår', 'deltagare']
		]);
	});

	it('refuses a unit that does not take the measure on with a 400 in Swedish, and a unit the member is not in with a 403', async () => {
		const e = await serviceError(() => addFollowUp(as(f.samordnare), org(), planId, entry(measureId, f.units.ekonomi.id, delar)));
		expect([e.status, e.messageKey, e.params?.unit, e.params?.number]).toEqual([400, 'plan.error.unitNotOnMeasure', 'Ekonomi', 1]);
		expect((await serviceError(() => addFollowUp(as(f.deltagare), org(), planId, entry(measureId, f.units.ks.id, delar)))).status).toBe(403);
		expect((await serviceError(() => addFollowUp(as(f.lasare), org(), planId, entry(measureId, f.units.sn.id, delar)))).status).toBe(403);
	});

	it('shows a member what their units owe at the next point', async () => {
		const view = await getPlan(as(f.deltagare), org(), planId, '2023-03-01');
		expect(view.nextPoint?.name).toBe('Delår');
		expect(view.owed).toEqual([{ measureId, number: 1, title: 'Producera mer förnybar energi', unitId: f.units.sn.id }]);
	});

	it('a closed plan can be read and exported but not changed (409)', async () => {
		await addFollowUp(as(f.deltagare), org(), planId, entry(measureId, f.units.sn.id, delar));
		await closePlan(as(f.samordnare), org(), planId);
		expect((await serviceError(() => addFollowUp(as(f.deltagare), org(), planId, entry(measureId, f.units.sn.id, delar)))).status).toBe(409);
		const edit = await serviceError(() => saveMeasure(as(f.samordnare), org(), planId, measure({ measureId, version: 1 })));
		expect([edit.status, edit.messageKey]).toEqual([409, 'plan.error.closed']);
		expect((await serviceError(() => saveMeasure(as(f.samordnare), org(), planId, measure()))).status).toBe(409);
		expect((await getPlan(as(f.lasare), org(), planId)).plan.status).toBe('closed');
		expect((await exportPlan(as(f.samordnare), org(), planId, 'csv')).body.length).toBeGreaterThan(0);
	});

	it('copies a plan: finished measures stay behind, open ones carry over with units and history', async () => {
		const done = (await saveMeasure(as(f.samordnare), org(), planId, measure({ title: 'Klar', unitIds: [f.units.sn.id] }))).id;
		await addFollowUp(as(f.deltagare), org(), planId, entry(done, f.units.sn.id, helar, 'genomförd'));
		await addFollowUp(as(f.deltagare), org(), planId, entry(measureId, f.units.sn.id, helar, 'pågår'));
		const copy = await copyPlan(as(f.samordnare), org(), planId, { title: 'Handlingsplan 2024', periodStart: 2024, periodEnd: 2024 });
		expect(copy.carried).toBe(1);
		const next = await getPlan(as(f.lasare), org(), copy.id);
		expect(next.rows.map((r) => [r.measure.number, r.measure.title, r.units.map((u) => u.name)])).toEqual([[1, 'Producera mer förnybar energi', ['Socialnämnden', 'Kommunstyrelsen']]]);
		expect(next.points.map((p) => p.dueOn)).toEqual(['2024-08-31', '2024-12-31']);
		const page = await getMeasure(as(f.lasare), org(), copy.id, next.rows[0]!.measure.id);
		expect(page.history.map((h) => [h.status, h.planTitle, h.earlier])).toEqual([['pågår', 'Handlingsplan 2023', true]]);
	});
});

describe('exports and the report', () => {
	it('writes CSV for Swedish Excel with the formula guard, and XLSX with the same rows', async () => {
		const { id } = await saveMeasure(as(f.samordnare), org(), planId, measure({ title: '=HYPERLINK("x")', unitIds: [f.units.sn.id] }));
		const [delar] = (await getPlan(as(f.samordnare), org(), planId)).points;
		await addFollowUp(as(f.deltagare), org(), planId, entry(id, f.units.sn.id, delar!.id));
		const csv = await exportPlan(as(f.samordnare), org(), planId, 'csv');
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.body);
		expect(text.startsWith('\uFEFFNr;Åtgärd;')).toBe(true);
		expect(text).toContain(`1;"'=HYPERLINK(""x"")";7.2;40 % mer förnybar el till 2030;Socialnämnden;Pågår;50;;`);
		const xlsx = await exportPlan(as(f.samordnare), org(), planId, 'xlsx');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(xlsx.body.buffer as ArrayBuffer);
		const row = wb.worksheets[0]!.getRow(2);
		expect([row.getCell(1).value, row.getCell(2).value, row.getCell(7).value]).toEqual([1, `'=HYPERLINK("x")`, 50]);
		expect((await serviceError(() => exportPlan(as(f.lasare), org(), planId, 'csv'))).status).toBe(403);
	});

	it('gives the report the newest plan with its measures, units and targets', async () => {
		await saveMeasure(as(f.samordnare), org(), planId, measure({ unitIds: [f.units.sn.id] }));
		const report = await getPlanForReport(as(f.lasare), org());
		expect(report?.plan.title).toBe('Handlingsplan 2023');
		expect(report?.measures).toEqual([expect.objectContaining({ number: 1, title: 'Producera mer förnybar energi', units: ['Socialnämnden'], targetCodes: ['7.2'] })]);
		const other = await makeOrganisation(db, 'Gamma');
		expect(await getPlanForReport(as(other.samordnare), other.organisation.id)).toBeNull();
		void makeUser;
		void memberships;
	});
});
