// Which unit's mapping in which cycle a call is about, and whether the caller may edit it: mapping.editAll
// edits any unit, mapping.edit only the units one belongs to. Ids of another organisation are not found.
import { can } from '#lib/domain/roles.js';
import type { MessageKey } from '#lib/i18n/index.js';
import type { Cycle } from '#lib/domain/mapping.js';
import type { Db } from '../db/index.js';
import * as audits from '../repositories/audit.repository.js';
import * as cycles from '../repositories/cycle.repository.js';
import { isUnitMember } from '../repositories/membership.repository.js';
import type { Scope } from '../repositories/mapping.repository.js';
import * as units from '../repositories/unit.repository.js';
import { isUuid, type OrgAccess } from './access.js';
import { forbidden, notFound, ServiceError } from './errors.js';

export interface UnitInCycle {
	scope: Scope;
	cycle: Cycle;
	unit: units.Unit;
}

export async function cycleOf(db: Db, organisationId: string, cycleId: string): Promise<Cycle> {
	const cycle = isUuid(cycleId) ? await cycles.findCycle(db, organisationId, cycleId) : null;
	if (!cycle) throw notFound();
	return cycle;
}

/** The cycle, for something that changes it: 404 outside the organisation, 409 with `closed` when it is closed. */
export async function openCycleOf(db: Db, organisationId: string, cycleId: string, closed: MessageKey, params?: Record<string, string>): Promise<Cycle> {
	const cycle = await cycleOf(db, organisationId, cycleId);
	if (cycle.status !== 'open') throw new ServiceError(409, closed, params);
	return cycle;
}

/** The cycle and unit, both of the organisation (else 404). */
export async function unitInCycle(db: Db, access: OrgAccess, cycleId: string, unitId: string): Promise<UnitInCycle> {
	const cycle = await cycleOf(db, access.organisationId, cycleId);
	const unit = isUuid(unitId) ? await units.findUnit(db, access.organisationId, unitId) : null;
	if (!unit) throw notFound();
	return { cycle, unit, scope: { organisationId: access.organisationId, cycleId: cycle.id, unitId: unit.id } };
}

/** May this member edit this unit's mapping (ignoring whether the cycle is open)? */
export async function mayEditUnit(db: Db, access: OrgAccess, unitId: string): Promise<boolean> {
	if (can(access.role, 'mapping.editAll')) return true;
	if (!can(access.role, 'mapping.edit')) return false;
	return isUnitMember(db, access.organisationId, access.actor.userId, unitId);
}

/** The unit in the cycle, for an edit: 404 outside the organisation, 403 without the right, 409 when closed. */
export async function editableUnit(db: Db, access: OrgAccess, cycleId: string, unitId: string): Promise<UnitInCycle> {
	const found = await unitInCycle(db, access, cycleId, unitId);
	if (!(await mayEditUnit(db, access, found.unit.id))) throw forbidden();
	if (found.cycle.status !== 'open') throw new ServiceError(409, 'mapping.error.cycleClosed');
	return found;
}

/** Records a change of the unit's mapping in the audit trail. */
export function audit(
	db: Db,
	access: OrgAccess,
	scope: Scope,
	action: string,
	entity: string,
	entityId: string | null,
	details: Record<string, unknown> = {}
): Promise<void> {
	return audits.insertAuditEvent(db, {
		organisationId: access.organisationId,
		actorUserId: access.actor.userId,
		action,
		entity,
		entityId,
		cycleId: scope.cycleId,
		unitId: scope.unitId,
		details
	});
}
