// The handlingsplan's plans: the list, one plan's overview (measures × units, the status per follow-up
// point, what is late, what a member's units owe next), creating, closing and copying a plan to next year
// with its open measures carried over. Everyone with org.view reads; the samordnare (org.manage) changes.
import { defaultPoints, isFinished, type FollowUpStatus } from '#lib/domain/plan.js';
import { can } from '#lib/domain/roles.js';
import type { PlanInput } from '#lib/validation/plan.js';
import type { Db } from '../db/index.js';
import * as audits from '../repositories/audit.repository.js';
import { listMemberUnitIds } from '../repositories/plan-member.repository.js';
import * as followUps from '../repositories/plan-follow-up.repository.js';
import * as links from '../repositories/plan-links.repository.js';
import * as plans from '../repositories/plan.repository.js';
import { requireOrg, type OrgAccess } from './access.js';
import type { Ctx } from './actor.js';
import { ServiceError } from './errors.js';
import { openPlanOf, planOf } from './plan-access.js';

export function auditPlan(db: Db, access: OrgAccess, action: string, entityId: string, details: Record<string, unknown>) {
	return audits.insertAuditEvent(db, { organisationId: access.organisationId, actorUserId: access.actor.userId, action, entity: 'action_plan', entityId, details });
}

export async function listPlans(ctx: Ctx, organisationId: string) {
	const access = await requireOrg(ctx, organisationId, 'org.view');
	return { plans: await plans.listPlans(ctx.db, organisationId), canManage: can(access.role, 'org.manage') };
}

/** Today as YYYY-MM-DD (a parameter, so tests can say what "late" means on a given day). */
const today = () => new Date().toISOString().slice(0, 10);

export interface Cell {
	unitId: string;
	/** The current status per follow-up point (null: no entry yet). */
	byPoint: Record<string, { status: FollowUpStatus; completion: number | null; isExample: boolean } | null>;
	late: boolean;
}

/** Everything the plan's page and its exports show: measures with their units, links and current statuses. */
export async function loadPlanView(db: Db, organisationId: string, planId: string, on: string = today()) {
	const plan = await planOf(db, organisationId, planId);
	const [points, measures] = await Promise.all([plans.listPoints(db, organisationId, plan.id), plans.listMeasures(db, organisationId, plan.id)]);
	const ids = measures.map((m) => m.id);
	const [units, entries, activities] = await Promise.all([
		links.listMeasureUnits(db, organisationId, ids),
		followUps.listFollowUps(db, organisationId, ids),
		links.listMeasureActivities(db, organisationId, ids)
	]);
	const current = followUps.currentEntries(entries);
	const due = points.filter((p) => p.dueOn !== null && p.dueOn < on);
	const rows = measures.map((m) => {
		const cells: Cell[] = units
			.filter((u) => u.measureId === m.id)
			.map((u) => {
				const byPoint: Cell['byPoint'] = {};
				for (const p of points) {
					const e = current.get(`${m.id}|${u.unitId}|${p.id}`);
					byPoint[p.id] = e ? { status: e.status, completion: e.completion, isExample: e.isExample } : null;
				}
				// Late: a passed point without an entry, or a current entry that says försenad.
				const late = Object.values(byPoint).some((c) => c?.status === 'försenad') || due.some((p) => byPoint[p.id] === null);
				return { unitId: u.unitId, byPoint, late };
			});
		const latest = points.map((p) => cells.map((c) => c.byPoint[p.id]?.status ?? null)).reverse().find((s) => s.some((x) => x !== null)) ?? [];
		const finished = cells.length > 0 && latest.length === cells.length && latest.every((s) => isFinished(s));
		return {
			measure: m,
			units: units.filter((u) => u.measureId === m.id).map((u) => ({ id: u.unitId, name: u.name })),
			activities: activities.filter((a) => a.measureId === m.id),
			cells,
			late: cells.some((c) => c.late),
			finished
		};
	});
	const allUnits = [...new Map(units.map((u) => [u.unitId, { id: u.unitId, name: u.name }])).values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
	return { plan, points, rows, units: allUnits, nextPoint: points.find((p) => p.dueOn === null || p.dueOn >= on) ?? null };
}

export async function getPlan(ctx: Ctx, organisationId: string, planId: string, on?: string) {
	const access = await requireOrg(ctx, organisationId, 'org.view');
	const view = await loadPlanView(ctx.db, organisationId, planId, on);
	// What the member's own units owe at the next point: pairs without an entry there yet.
	const own = can(access.role, 'mapping.editAll') ? view.units.map((u) => u.id) : can(access.role, 'mapping.edit') ? await listMemberUnitIds(ctx.db, organisationId, access.actor.userId) : [];
	const next = view.nextPoint;
	const owed = next
		? view.rows.flatMap((r) => r.cells.filter((c) => own.includes(c.unitId) && c.byPoint[next.id] === null).map((c) => ({ measureId: r.measure.id, number: r.measure.number, title: r.measure.title, unitId: c.unitId })))
		: [];
	return { ...view, owed, ownUnitIds: own, canManage: can(access.role, 'org.manage'), canExport: can(access.role, 'data.export') };
}

export async function createPlan(ctx: Ctx, organisationId: string, input: PlanInput): Promise<{ id: string }> {
	const access = await requireOrg(ctx, organisationId, 'org.manage');
	return ctx.db.transaction().execute(async (trx) => {
		const id = await plans.insertPlan(trx, organisationId, input, access.actor.userId);
		await plans.insertPoints(trx, organisationId, id, defaultPoints(input.periodEnd));
		await auditPlan(trx, access, 'plan.create', id, { title: input.title });
		return { id };
	});
}

export async function closePlan(ctx: Ctx, organisationId: string, planId: string): Promise<void> {
	const access = await requireOrg(ctx, organisationId, 'org.manage');
	await ctx.db.transaction().execute(async (trx) => {
		const plan = await openPlanOf(trx, organisationId, planId);
		await plans.setPlanStatus(trx, organisationId, plan.id, 'closed');
		await auditPlan(trx, access, 'plan.close', plan.id, {});
	});
}

/**
 * A new plan for the next period with the measures that are not finished (renumbered in their order), their
 * units, links and activities; each copy names the measure it was carried from, so its history follows.
 */
export async function copyPlan(ctx: Ctx, organisationId: string, planId: string, input: { title: string; periodStart: number; periodEnd: number }): Promise<{ id: string; carried: number }> {
	const access = await requireOrg(ctx, organisationId, 'org.manage');
	if (input.periodEnd < input.periodStart) throw new ServiceError(400, 'plan.error.period', { field: 'periodEnd' });
	const view = await loadPlanView(ctx.db, organisationId, planId);
	return ctx.db.transaction().execute(async (trx) => {
		const id = await plans.insertPlan(trx, organisationId, { ...input, decidedBy: null, decidedOn: null, copiedFromId: view.plan.id }, access.actor.userId);
		await plans.insertPoints(trx, organisationId, id, defaultPoints(input.periodEnd));
		const open = view.rows.filter((r) => !r.finished);
		for (const [i, r] of open.entries()) {
			const m = r.measure;
			const newId = await plans.insertMeasure(trx, organisationId, id, { ...m, number: i + 1, carriedFromId: m.id }, access.actor.userId);
			await links.setMeasureUnits(trx, organisationId, newId, r.units.map((u) => u.id));
			for (const table of ['action_measure_focus_area', 'action_measure_goal', 'action_measure_indicator'] as const)
				await links.setLinks(trx, table, organisationId, newId, (await links.listLinks(trx, table, organisationId, [m.id])).map((l) => l.subjectId));
			await links.setMeasureActivities(trx, organisationId, newId, r.activities.map((a) => ({ id: a.activityId, unitId: a.unitId, cycleId: a.cycleId })));
		}
		await auditPlan(trx, access, 'plan.copy', id, { from: view.plan.id, carried: open.length });
		return { id, carried: open.length };
	});
}
