// Kartläggningsomgångar: every member sees them and their progress; the samordnare starts a new one,
// empty or as a copy of the latest, and closes or reopens it.
import { can } from '#lib/domain/roles.js';
import { buildUnitTree, flattenUnitTree } from '#lib/domain/units.js';
import type { CycleStatus } from '#lib/domain/mapping.js';
import * as audits from '../repositories/audit.repository.js';
import * as cycles from '../repositories/cycle.repository.js';
import * as units from '../repositories/unit.repository.js';
import { requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { ServiceError } from './errors.js';
import { cycleOf, mayEditUnit } from './mapping-access.js';

export async function listCycles(ctx: Ctx, organisationId: string) {
	const access = await requireOrg(ctx, organisationId, 'mapping.view');
	return { cycles: await cycles.listCycles(ctx.db, organisationId), canManage: can(access.role, 'org.manage') };
}

/**
 * Starts a cycle. With `copy`, the latest cycle's agreed mapping comes along (grunduppdrag, activities,
 * documents, relevance, contributions, challenges); individual inputs do not.
 */
export async function createCycle(ctx: Ctx, organisationId: string, input: { name: string; year: number; copy: boolean }) {
	const access = await requireOrg(ctx, organisationId, 'org.manage');
	return ctx.db.transaction().execute(async (trx) => {
		if (await cycles.cycleNameTaken(trx, organisationId, input.name)) throw new ServiceError(409, 'mapping.error.cycleName', { field: 'name' });
		const source = input.copy ? ((await cycles.listCycles(trx, organisationId))[0] ?? null) : null;
		if (input.copy && !source) throw new ServiceError(400, 'mapping.error.nothingToCopy', { field: 'start' });
		const cycle = await cycles.insertCycle(trx, organisationId, {
			name: input.name,
			year: input.year,
			copiedFromId: source?.id ?? null,
			createdBy: access.actor.userId
		});
		const copied = source ? await cycles.copyCycleContent(trx, organisationId, source.id, cycle.id) : null;
		await audits.insertAuditEvent(trx, {
			organisationId,
			actorUserId: access.actor.userId,
			action: source ? 'cycle.copy' : 'cycle.create',
			entity: 'cycle',
			entityId: cycle.id,
			cycleId: cycle.id,
			details: { name: cycle.name, year: cycle.year, copiedFromId: source?.id ?? null, copied }
		});
		return cycle;
	});
}

export async function setCycleStatus(ctx: Ctx, organisationId: string, cycleId: string, status: CycleStatus) {
	const access = await requireOrg(ctx, organisationId, 'org.manage');
	await ctx.db.transaction().execute(async (trx) => {
		const cycle = await cycleOf(trx, organisationId, cycleId);
		if (cycle.status === status) return;
		await cycles.setCycleStatus(trx, organisationId, cycle.id, status);
		await audits.insertAuditEvent(trx, {
			organisationId,
			actorUserId: access.actor.userId,
			action: 'cycle.status',
			entity: 'cycle',
			entityId: cycle.id,
			cycleId: cycle.id,
			details: { from: cycle.status, to: status }
		});
	});
}

/** The cycle with every unit of the organisation (tree order), its progress and whether the caller may edit it. */
export async function getCycleOverview(ctx: Ctx, organisationId: string, cycleId: string) {
	const access = await requireOrg(ctx, organisationId, 'mapping.view');
	const cycle = await cycleOf(ctx.db, organisationId, cycleId);
	const list = flattenUnitTree(buildUnitTree(await units.listUnits(ctx.db, organisationId)));
	const progress = new Map((await cycles.progressOfCycle(ctx.db, organisationId, cycle.id)).map((p) => [p.unitId, p]));
	const rows = [];
	for (const unit of list) {
		const p = progress.get(unit.id);
		rows.push({
			unit: { id: unit.id, name: unit.name, type: unit.type, depth: unit.depth },
			progress: p ?? { unitId: unit.id, grunduppdrag: false, goals: 0, targets: 0, activities: 0, contributions: 0, challenges: 0, documents: 0 },
			canEdit: cycle.status === 'open' && (await mayEditUnit(ctx.db, access, unit.id))
		});
	}
	return { cycle, units: rows, canManage: can(access.role, 'org.manage') };
}
