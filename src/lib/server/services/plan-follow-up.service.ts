// Follow-up of the handlingsplan: a unit's member reports the status of a measure at a follow-up point.
// Entries are appended, never overwritten (the newest is current); a unit that does not take the measure
// on is refused with a 400, a closed plan with a 409, another unit's member with a 403.
import type { FollowUpInput } from '#lib/validation/plan.js';
import { displayNames } from '../repositories/mapping.repository.js';
import * as followUps from '../repositories/plan-follow-up.repository.js';
import * as links from '../repositories/plan-links.repository.js';
import * as plans from '../repositories/plan.repository.js';
import { findUnit } from '../repositories/unit.repository.js';
import { isUuid, requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { forbidden, notFound, ServiceError } from './errors.js';
import { mayReportFor, measureOf, openPlanOf, planOf } from './plan-access.js';
import { auditPlan } from './plan.service.js';

export async function addFollowUp(ctx: Ctx, organisationId: string, planId: string, input: FollowUpInput): Promise<{ id: string }> {
	const access = await requireOrg(ctx, organisationId, 'org.view');
	const unit = isUuid(input.unitId) ? await findUnit(ctx.db, organisationId, input.unitId) : null;
	if (!unit) throw notFound();
	if (!(await mayReportFor(ctx.db, access, unit.id))) throw forbidden();
	const values = input.indicatorValues ?? [];
	return ctx.db.transaction().execute(async (trx) => {
		const plan = await openPlanOf(trx, organisationId, planId);
		const measure = await measureOf(trx, organisationId, input.measureId);
		if (measure.planId !== plan.id) throw notFound();
		if (!(await plans.listPoints(trx, organisationId, plan.id)).some((p) => p.id === input.pointId)) throw notFound();
		if (!(await links.takesOn(trx, organisationId, measure.id, unit.id)))
			throw new ServiceError(400, 'plan.error.unitNotOnMeasure', { field: 'unitId', unit: unit.name, number: measure.number });
		const allowed = new Set((await links.listLinks(trx, 'action_measure_indicator', organisationId, [measure.id])).map((l) => l.subjectId));
		if (values.some((v) => !allowed.has(v.indicatorId))) throw new ServiceError(400, 'plan.error.indicator', { field: '_form' });
		const name = (await displayNames(trx, organisationId, [access.actor.userId]))[access.actor.userId] ?? null;
		const id = await followUps.insertFollowUp(trx, organisationId, {
			planId: plan.id,
			measureId: measure.id,
			unitId: unit.id,
			pointId: input.pointId,
			status: input.status,
			completion: input.completion,
			comment: input.comment,
			indicatorValues: values,
			authorId: access.actor.userId,
			authorName: name
		});
		await auditPlan(trx, access, 'plan.followUp', measure.id, { unitId: unit.id, pointId: input.pointId, status: input.status, completion: input.completion });
		return { id };
	});
}

/** The follow-up form for one measure: its points, the units the member may report for, and the linked indicators. */
export async function getFollowUpForm(ctx: Ctx, organisationId: string, planId: string, measureId: string) {
	const access = await requireOrg(ctx, organisationId, 'org.view');
	const plan = await planOf(ctx.db, organisationId, planId);
	const measure = await measureOf(ctx.db, organisationId, measureId);
	if (measure.planId !== plan.id) throw notFound();
	const units = await links.listMeasureUnits(ctx.db, organisationId, [measure.id]);
	const mine = [];
	for (const u of units) if (await mayReportFor(ctx.db, access, u.unitId)) mine.push({ id: u.unitId, name: u.name });
	return { plan, measure, units: mine, points: await plans.listPoints(ctx.db, organisationId, plan.id) };
}
