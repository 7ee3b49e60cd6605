// Finding a plan and a measure of the organisation (else 404), refusing changes to a closed plan (409), and
// deciding whether a member may report for a unit: mapping.editAll any unit, mapping.edit only their own.
import { can } from '#lib/domain/roles.js';
import type { Db } from '../db/index.js';
import { isUnitMember } from '../repositories/membership.repository.js';
import * as plans from '../repositories/plan.repository.js';
import { isUuid, type OrgAccess } from './access.js';
import { notFound, ServiceError } from './errors.js';

export async function planOf(db: Db, organisationId: string, planId: string): Promise<plans.Plan> {
	const plan = isUuid(planId) ? await plans.findPlan(db, organisationId, planId) : null;
	if (!plan) throw notFound();
	return plan;
}

/** The plan, locked, for a change: 404 outside the organisation, 409 when it is closed. */
export async function openPlanOf(db: Db, organisationId: string, planId: string): Promise<plans.Plan> {
	const plan = isUuid(planId) ? await plans.lockPlan(db, organisationId, planId) : null;
	if (!plan) throw notFound();
	if (plan.status !== 'open') throw new ServiceError(409, 'plan.error.closed');
	return plan;
}

export async function measureOf(db: Db, organisationId: string, measureId: string): Promise<plans.Measure> {
	const measure = isUuid(measureId) ? await plans.findMeasure(db, organisationId, measureId) : null;
	if (!measure) throw notFound();
	return measure;
}

/** May this member enter follow-ups for this unit? */
export async function mayReportFor(db: Db, access: OrgAccess, unitId: string): Promise<boolean> {
	if (can(access.role, 'mapping.editAll')) return true;
	if (!can(access.role, 'mapping.edit')) return false;
	return isUnitMember(db, access.organisationId, access.actor.userId, unitId);
}
