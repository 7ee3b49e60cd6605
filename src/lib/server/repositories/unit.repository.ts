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
	u: { organisationId: string; parentId: string | null; name: string; type: UnitType; position?: number }
): Promise<Unit> {
	const row = await db
		.insertInto('unit')
		.values({ organisation_id: u.organisationId, parent_id: u.parentId, name: u.name, type: u.type, position: u.position ?? 0 })
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
