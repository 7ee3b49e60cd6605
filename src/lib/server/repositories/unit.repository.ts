// Units of an organisation (nämnd, förvaltning, bolag, …) as a tree; every query is scoped by organisation.
import type { Db } from '../db/index.js';
import type { UnitNode, UnitType } from '#lib/domain/units.js';

export interface Unit extends UnitNode {
	organisationId: string;
}

type Row = { id: string; organisation_id: string; parent_id: string | null; name: string; type: string; position: number };
function rowToUnit(r: Row): Unit {
	return { id: r.id, organisationId: r.organisation_id, parentId: r.parent_id, name: r.name, type: r.type as UnitType, position: r.position };
}
const columns = ['id', 'organisation_id', 'parent_id', 'name', 'type', 'position'] as const;

export async function insertUnit(
	db: Db,
	organisationId: string,
	u: { parentId: string | null; name: string; type: UnitType; position?: number }
): Promise<Unit> {
	const row = await db
		.insertInto('unit')
		.values({ organisation_id: organisationId, parent_id: u.parentId, name: u.name, type: u.type, position: u.position ?? 0 })
		.returning(columns)
		.executeTakeFirstOrThrow();
	return rowToUnit(row);
}

export async function listUnits(db: Db, organisationId: string): Promise<Unit[]> {
	const rows = await db
		.selectFrom('unit')
		.select(columns)
		.where('organisation_id', '=', organisationId)
		.orderBy('position')
		.orderBy('name')
		.execute();
	return rows.map(rowToUnit);
}

export async function findUnit(db: Db, organisationId: string, unitId: string): Promise<Unit | null> {
	const row = await db
		.selectFrom('unit')
		.select(columns)
		.where('organisation_id', '=', organisationId)
		.where('id', '=', unitId)
		.executeTakeFirst();
	return row ? rowToUnit(row) : null;
}

/** How many of `unitIds` belong to the organisation (to check a submitted list in one query). */
export async function countUnitsOf(db: Db, organisationId: string, unitIds: readonly string[]): Promise<number> {
	if (!unitIds.length) return 0;
	const r = await db
		.selectFrom('unit')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('organisation_id', '=', organisationId)
		.where('id', 'in', unitIds)
		.executeTakeFirstOrThrow();
	return Number(r.n);
}

export async function nextPosition(db: Db, organisationId: string, parentId: string | null): Promise<number> {
	const r = await db
		.selectFrom('unit')
		.select((eb) => eb.fn.max<number | null>('position').as('max'))
		.where('organisation_id', '=', organisationId)
		.where('parent_id', parentId === null ? 'is' : '=', parentId)
		.executeTakeFirst();
	return r?.max === null || r?.max === undefined ? 0 : Number(r.max) + 1;
}

export async function updateUnit(db: Db, organisationId: string, unitId: string, u: { name: string; type: UnitType }): Promise<number> {
	const r = await db
		.updateTable('unit')
		.set({ name: u.name, type: u.type })
		.where('organisation_id', '=', organisationId)
		.where('id', '=', unitId)
		.executeTakeFirst();
	return Number(r.numUpdatedRows);
}

export async function setUnitParent(db: Db, organisationId: string, unitId: string, parentId: string | null, position: number): Promise<void> {
	await db
		.updateTable('unit')
		.set({ parent_id: parentId, position })
		.where('organisation_id', '=', organisationId)
		.where('id', '=', unitId)
		.execute();
}

/** Numbers the given siblings 0, 1, 2, … in the order given. */
export async function setUnitPositions(db: Db, organisationId: string, orderedIds: readonly string[]): Promise<void> {
	for (const [position, id] of orderedIds.entries())
		await db.updateTable('unit').set({ position }).where('organisation_id', '=', organisationId).where('id', '=', id).execute();
}

export async function countChildren(db: Db, organisationId: string, unitId: string): Promise<number> {
	const r = await db
		.selectFrom('unit')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('organisation_id', '=', organisationId)
		.where('parent_id', '=', unitId)
		.executeTakeFirstOrThrow();
	return Number(r.n);
}

export async function deleteUnit(db: Db, organisationId: string, unitId: string): Promise<number> {
	const r = await db.deleteFrom('unit').where('organisation_id', '=', organisationId).where('id', '=', unitId).executeTakeFirst();
	return Number(r.numDeletedRows);
}
