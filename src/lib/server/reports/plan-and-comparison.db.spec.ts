// The report states the action plan (section 2, and a sheet of its own) and sets each Kolada indicator's
// outcome beside its comparison group's value (section 5): read from a real database through the services.
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import { makeAnalysis, type AnalysisFixture } from '../../../../tests/helpers/analysis-fixtures.js';
import { addFollowUp } from '../services/plan-follow-up.service.js';
import { saveMeasure } from '../services/plan-measure.service.js';
import { createPlan, getPlan } from '../services/plan.service.js';
import { getReport } from '../services/report.service.js';
import * as statistics from '../services/statistics.service.js';
import * as steering from '../services/steering.service.js';
import type { TableBlock } from './model.js';
import { reportXlsx } from './spreadsheets.js';

const db = await useTestDb();
let a: OrganisationFixture;
let am: AnalysisFixture;
const org = () => a.organisation.id;
const report = () => getReport(ctxOf(db, a.samordnare), org(), am.cycleId, 'sv');
const tableOf = async (section: string, id: string) => (await report()).sections.find((s) => s.id === section)!.blocks.find((b): b is TableBlock => b.kind === 'table' && b.id === id);

beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
	am = await makeAnalysis(db, a);
});

describe('the action plan in the report', () => {
	it('is absent without a plan, and with one lists each measure with its units, targets and latest follow-up', async () => {
		expect(await tableOf('steering', 'plan')).toBeUndefined();
		expect((await report()).views.map((v) => v.id)).not.toContain('handlingsplan');
		const ctx = ctxOf(db, a.samordnare);
		const planId = (await createPlan(ctx, org(), { title: 'Handlingsplan 2023', periodStart: 2023, periodEnd: 2023, decidedBy: 'Kommunkoncernledning', decidedOn: '2023-02-24' })).id;
		const m = await saveMeasure(ctx, org(), planId, {
			measureId: null,
			fromCouncilItemId: null,
			fromCycleId: null,
			fromFindingKey: null,
			title: 'Producera mer förnybar energi',
			description: null,
			localTarget: '40 % mer förnybar el till 2030',
			responsibleUnitId: null,
			targets: ['7.2'],
			unitIds: [a.units.ks.id, a.units.sn.id],
			focusAreaIds: [],
			goalIds: [],
			indicatorIds: [],
			activityIds: []
		});
		const delar = (await getPlan(ctx, org(), planId)).points[0]!;
		await addFollowUp(ctx, org(), planId, { measureId: m.id, unitId: a.units.sn.id, pointId: delar.id, status: 'pågår', completion: 30, comment: 'Upphandling' });

		const section = (await report()).sections.find((s) => s.id === 'steering')!;
		expect(section.blocks).toContainEqual({ kind: 'h3', text: 'Handlingsplan: Handlingsplan 2023 (2023)' });
		expect(section.blocks).toContainEqual({ kind: 'p', text: 'Beslutad av Kommunkoncernledning den 2023-02-24.' });
		const plan = (await tableOf('steering', 'plan'))!;
		expect(plan.header).toEqual(['Nr', 'Åtgärd', 'Enheter', 'Delmål', 'Lokalt mål', 'Uppföljning']);
		expect(plan.rows).toEqual([[1, 'Producera mer förnybar energi', expect.stringContaining('Socialnämnden'), '7.2', '40 % mer förnybar el till 2030', 'Delår: 1 pågår, 1 utan uppföljning']]);

		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await reportXlsx(await report())) as unknown as ArrayBuffer);
		const sheet = wb.getWorksheet('Handlingsplan')!;
		expect(sheet.getRow(1).values).toEqual([undefined, 'Nr', 'Åtgärd', 'Enhet', 'Delmål', 'Lokalt mål', 'Delår', 'Helår']);
		const rows = [2, 3].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
		expect(rows).toContainEqual([1, 'Producera mer förnybar energi', 'Socialnämnden', '7.2', '40 % mer förnybar el till 2030', 'Pågår']);
		expect(rows.map((r) => r[2])).toContain('Kommunstyrelsen');
	});
});

describe('the comparison group in section 5', () => {
	it('shows the comparison value of the outcome year beside the own outcome, with Kolada as source', async () => {
		const ctx = ctxOf(db, a.samordnare);
		await db.updateTable('organisation').set({ kolada_id: '1489' }).where('id', '=', org()).execute();
		const goalId = await steering.saveGoal(ctx, org(), { goalId: null, focusAreaId: null, parentId: null, unitId: null, title: 'Hållbara resor', description: null, periodStart: null, periodEnd: null, targets: ['11.2'] });
		const indicatorId = await steering.saveIndicator(ctx, org(), { indicatorId: null, goalId, name: 'Invånare nöjda med kollektivtrafiken', kind: 'styrande', koladaKpi: 'N15436', sourceName: null, unitLabel: '%', direction: 'higher', targets: ['11.2'], targetValues: [{ year: 2030, value: 95 }] });
		await steering.setIndicatorOutcome(ctx, org(), indicatorId, { year: 2021, gender: 'T', area: '', value: 88 });
		await steering.setIndicatorOutcome(ctx, org(), indicatorId, { year: 2022, gender: 'T', area: '', value: 90 });
		const before = (await tableOf('statistics', 'indicators'))!;
		expect(before.header.some((h) => String(h).startsWith('Jämförelse'))).toBe(false);
		await statistics.importKoladaFile(
			ctx,
			org(),
			JSON.stringify([
				{ kpi: 'N15436', municipality: '1489', period: 2021, values: [{ gender: 'T', value: 88 }] },
				{ kpi: 'N15436', municipality: '1489', period: 2022, values: [{ gender: 'T', value: 90 }] },
				{ kpi: 'N15436', municipality: '0000', period: 2021, values: [{ gender: 'T', value: 80 }] },
				{ kpi: 'N15436', municipality: '0000', period: 2022, values: [{ gender: 'T', value: 85.5 }] }
			])
		);
		const table = (await tableOf('statistics', 'indicators'))!;
		expect(table.header).toEqual(['Indikator', 'Delmål', 'År', 'Senaste utfall', 'Målvärde', 'Trend', 'Jämförelse: Riket', 'Källa']);
		expect(table.rows).toEqual([['Invånare nöjda med kollektivtrafiken', '11.2', 2022, 90, '95 (2030)', 'Åt rätt håll', '85,5 (2022)', 'Källa: Kolada (N15436)']]);
	});
});
