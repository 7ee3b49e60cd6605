// The audit trail: who did what to which entity and when, so figures can be traced to their inputs.
import { sql } from 'kysely';
import type { Db } from '../db/index.js';

export interface AuditEvent {
	organisationId: string;
	actorUserId: string | null;
	/** e.g. relevance.set, activity.create, cycle.copy */
	action: string;
	/** The table-level name of what changed: cycle, grunduppdrag, relevance, activity, … */
	entity: string;
	entityId: string | null;
	cycleId?: string | null;
	unitId?: string | null;
	workshopId?: string | null;
	details?: Record<string, unknown>;
}

export interface StoredAuditEvent extends AuditEvent {
	id: string;
	at: Date;
}

export async function insertAuditEvent(db: Db, e: AuditEvent): Promise<void> {
	await db
		.insertInto('audit_event')
		.values({
			organisation_id: e.organisationId,
			actor_user_id: e.actorUserId,
			action: e.action,
			entity: e.entity,
			entity_id: e.entityId,
			cycle_id: e.cycleId ?? null,
			unit_id: e.unitId ?? null,
			workshop_id: e.workshopId ?? null,
			details: sql`${JSON.stringify(e.details ?? {})}::text::jsonb`
		})
		.execute();
}

/** The organisation's events, oldest first, optionally for one cycle and unit. */
export async function listAuditEvents(db: Db, organisationId: string, filter: { cycleId?: string; unitId?: string } = {}): Promise<StoredAuditEvent[]> {
	let q = db.selectFrom('audit_event').selectAll().where('organisation_id', '=', organisationId);
	if (filter.cycleId) q = q.where('cycle_id', '=', filter.cycleId);
	if (filter.unitId) q = q.where('unit_id', '=', filter.unitId);
	const rows = await q.orderBy('at').orderBy('id').execute();
	return rows.map((r) => ({
		id: r.id,
		organisationId: r.organisation_id,
		actorUserId: r.actor_user_id,
		action: r.action,
		entity: r.entity,
		entityId: r.entity_id,
		cycleId: r.cycle_id,
		unitId: r.unit_id,
		workshopId: r.workshop_id,
		details: r.details as Record<string, unknown>,
		at: r.at
	}));
}
