// The handlingsplan as a file (CSV for Swedish Excel, XLSX) through the council export's writers, whose
// formula guard covers every text cell; and the read the nulägesanalys report uses.
import { followUpStatusLabelKeys } from '#lib/domain/plan.js';
import { translator, type Locale } from '#lib/i18n/index.js';
import type { Db } from '../db/index.js';
import { findOrganisation } from '../repositories/organisation.repository.js';
import * as plans from '../repositories/plan.repository.js';
import { requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { toCsv, toXlsx, type Cell, type ExportFile } from './council-export.js';
import { loadPlanView } from './plan.service.js';

export async function exportPlan(ctx: Ctx, organisationId: string, planId: string, format: 'csv' | 'xlsx', locale: Locale = 'sv'): Promise<ExportFile> {
	await requireOrg(ctx, organisationId, 'data.export');
	const view = await loadPlanView(ctx.db, organisationId, planId);
	const organisation = (await findOrganisation(ctx.db, organisationId))!;
	const t = translator(locale);
	const header = [
		t('plan.column.number'),
		t('plan.column.measure'),
		t('plan.column.targets'),
		t('plan.column.localTarget'),
		t('plan.column.unit'),
		...view.points.flatMap((p) => [t('plan.column.status', { point: p.name }), t('plan.column.completion', { point: p.name })])
	];
	const rows: Cell[][] = view.rows.flatMap((r) =>
		(r.cells.length ? r.cells : [null]).map((c) => [
			r.measure.number,
			r.measure.title,
			r.measure.targetCodes.join(', '),
			r.measure.localTarget ?? '',
			c ? (r.units.find((u) => u.id === c.unitId)?.name ?? '') : '',
			...view.points.flatMap((p): Cell[] => {
				const e = c?.byPoint[p.id];
				return [e ? t(followUpStatusLabelKeys[e.status]) : '', e?.completion ?? ''];
			})
		])
	);
	const name = `${t('plan.export.filename')} – ${organisation.name} – ${view.plan.title}.${format}`;
	return format === 'csv'
		? { filename: name, contentType: 'text/csv; charset=utf-8', body: toCsv(header, rows) }
		: { filename: name, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await toXlsx(t('plan.export.sheet'), header, rows) };
}

export type PlanForReport = NonNullable<Awaited<ReturnType<typeof loadPlanForReport>>>;

/**
 * For the nulägesanalys report: the newest plan (or the one named) with its measures, their units and
 * targets, and the current status per follow-up point; null when the organisation has no plan.
 */
export async function getPlanForReport(ctx: Ctx, organisationId: string, planId?: string) {
	await requireOrg(ctx, organisationId, 'org.view');
	return loadPlanForReport(ctx.db, organisationId, planId);
}

/** The same with no access check: for the report's source, which its callers have checked. */
export async function loadPlanForReport(db: Db, organisationId: string, planId?: string) {
	const id = planId ?? (await plans.listPlans(db, organisationId))[0]?.id;
	if (!id) return null;
	const view = await loadPlanView(db, organisationId, id);
	return {
		plan: view.plan,
		points: view.points.map((p) => ({ id: p.id, name: p.name, dueOn: p.dueOn })),
		measures: view.rows.map((r) => ({
			number: r.measure.number,
			title: r.measure.title,
			localTarget: r.measure.localTarget,
			targetCodes: r.measure.targetCodes,
			units: r.units.map((u) => u.name),
			statuses: r.cells.map((c) => ({ unit: r.units.find((u) => u.id === c.unitId)?.name ?? '', byPoint: c.byPoint })),
			late: r.late,
			finished: r.finished
		}))
	};
}
