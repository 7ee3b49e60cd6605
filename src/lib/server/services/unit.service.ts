// The organisation's unit tree: everyone in the organisation sees it, the samordnare edits it.
import { buildUnitTree, wouldCreateCycle, type UnitNode, type UnitType } from '#lib/domain/units.js';
import * as units from '../repositories/unit.repository.js';
import { hasMappingData } from '../repositories/mapping.repository.js';
import { isUuid, requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { notFound, ServiceError } from './errors.js';

export async function listUnits(ctx: Ctx, organisationId: string) {
	await requireOrg(ctx, organisationId, 'org.view');
	const list = await units.listUnits(ctx.db, organisationId);
	return { units: list, tree: buildUnitTree(list) };
}

/** A unit id that is malformed or belongs to another organisation is simply not found. */
async function unitOf(db: Ctx['db'], organisationId: string, unitId: string): Promise<UnitNode> {
	const unit = isUuid(unitId) ? await units.findUnit(db, organisationId, unitId) : null;
	if (!unit) throw notFound();
	return unit;
}

export async function createUnit(ctx: Ctx, organisationId: string, input: { name: string; type: UnitType; parentId: string | null }) {
	await requireOrg(ctx, organisationId, 'org.manage');
	return ctx.db.transaction().execute(async (trx) => {
		if (input.parentId) await unitOf(trx, organisationId, input.parentId);
		const position = await units.nextPosition(trx, organisationId, input.parentId);
		return units.insertUnit(trx, organisationId, { ...input, position });
	});
}

export async function updateUnit(ctx: Ctx, organisationId: string, unitId: string, input: { name: string; type: UnitType }) {
	await requireOrg(ctx, organisationId, 'org.manage');
	if (!isUuid(unitId) || !(await units.updateUnit(ctx.db, organisationId, unitId, input))) throw notFound();
}

/** Moves a unit (with its subtree) under another parent, or to the top level; last among its new siblings. */
export async function moveUnit(ctx: Ctx, organisationId: string, unitId: string, parentId: string | null) {
	await requireOrg(ctx, organisationId, 'org.manage');
	await ctx.db.transaction().execute(async (trx) => {
		const unit = await unitOf(trx, organisationId, unitId);
		if (parentId) await unitOf(trx, organisationId, parentId);
		if (unit.parentId === parentId) return;
		const all = await units.listUnits(trx, organisationId);
		if (wouldCreateCycle(all, unitId, parentId)) throw new ServiceError(409, 'unit.error.cycle', { field: 'parentId' });
		await units.setUnitParent(trx, organisationId, unitId, parentId, await units.nextPosition(trx, organisationId, parentId));
	});
}

/** Puts a unit at `position` (0 = first) among its siblings and renumbers them. */
export async function reorderUnit(ctx: Ctx, organisationId: string, unitId: string, position: number) {
	await requireOrg(ctx, organisationId, 'org.manage');
	await ctx.db.transaction().execute(async (trx) => {
		const unit = await unitOf(trx, organisationId, unitId);
		const all = await units.listUnits(trx, organisationId);
		const siblings = buildUnitTree(all.filter((u) => u.parentId === unit.parentId).map((u) => ({ ...u, parentId: null })))
			.map((u) => u.id)
			.filter((id) => id !== unitId);
		siblings.splice(Math.max(0, Math.min(position, siblings.length)), 0, unitId);
		await units.setUnitPositions(trx, organisationId, siblings);
	});
}

/**
 * Deletes a unit without children and without mapping data in any cycle (deleting it would take its
 * mapping with it); members' links to it and invitations to it go with it.
 */
export async function deleteUnit(ctx: Ctx, organisationId: string, unitId: string) {
	await requireOrg(ctx, organisationId, 'org.manage');
	await ctx.db.transaction().execute(async (trx) => {
		await unitOf(trx, organisationId, unitId);
		if (await units.countChildren(trx, organisationId, unitId)) throw new ServiceError(409, 'unit.error.hasChildren');
		if (await hasMappingData(trx, organisationId, unitId)) throw new ServiceError(409, 'unit.error.hasMapping');
		await units.deleteUnit(trx, organisationId, unitId);
	});
}
