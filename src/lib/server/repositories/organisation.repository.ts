// Organisations (kommun / region) and their vision and focus areas.
import type { Db } from '../db/index.js';

export interface Organisation {
	id: string;
	name: string;
	kind: 'kommun' | 'region';
	koladaId: string | null;
	vision: string | null;
	visionName: string | null;
}

export interface FocusArea {
	id: string;
	name: string;
	description: string | null;
}

type OrgRow = { id: string; name: string; kind: string; kolada_id: string | null; vision: string | null; vision_name: string | null };
function rowToOrganisation(r: OrgRow): Organisation {
	return { id: r.id, name: r.name, kind: r.kind as Organisation['kind'], koladaId: r.kolada_id, vision: r.vision, visionName: r.vision_name };
}
const orgColumns = ['id', 'name', 'kind', 'kolada_id', 'vision', 'vision_name'] as const;

export async function insertOrganisation(db: Db, o: Omit<Organisation, 'id'>): Promise<Organisation> {
	const row = await db
		.insertInto('organisation')
		.values({ name: o.name, kind: o.kind, kolada_id: o.koladaId, vision: o.vision, vision_name: o.visionName })
		.returning(orgColumns)
		.executeTakeFirstOrThrow();
	return rowToOrganisation(row);
}

export async function findOrganisation(db: Db, id: string): Promise<Organisation | null> {
	const row = await db.selectFrom('organisation').select(orgColumns).where('id', '=', id).executeTakeFirst();
	return row ? rowToOrganisation(row) : null;
}

export async function updateOrganisation(db: Db, id: string, o: Omit<Organisation, 'id'>): Promise<void> {
	await db
		.updateTable('organisation')
		.set({ name: o.name, kind: o.kind, kolada_id: o.koladaId, vision: o.vision, vision_name: o.visionName })
		.where('id', '=', id)
		.execute();
}

/** All organisations, names only: what the installation administrator sees. */
export async function listAllOrganisations(db: Db): Promise<Array<Pick<Organisation, 'id' | 'name' | 'kind' | 'koladaId'>>> {
	const rows = await db.selectFrom('organisation').select(['id', 'name', 'kind', 'kolada_id']).orderBy('name').execute();
	return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind as Organisation['kind'], koladaId: r.kolada_id }));
}

export async function listOrganisationsOfUser(db: Db, userId: string): Promise<Array<{ id: string; name: string; role: string }>> {
	return db
		.selectFrom('organisation')
		.innerJoin('membership', 'membership.organisation_id', 'organisation.id')
		.select(['organisation.id', 'organisation.name', 'membership.role'])
		.where('membership.user_id', '=', userId)
		.orderBy('organisation.name')
		.execute();
}

/** The top-level focus areas (their sub-areas are the steering's, steering.repository.ts). */
export async function listFocusAreas(db: Db, organisationId: string): Promise<FocusArea[]> {
	return db
		.selectFrom('focus_area')
		.select(['id', 'name', 'description'])
		.where('organisation_id', '=', organisationId)
		.where('parent_id', 'is', null)
		.orderBy('position')
		.execute();
}

export async function replaceFocusAreas(db: Db, organisationId: string, areas: Array<{ name: string; description: string | null }>): Promise<void> {
	await db.deleteFrom('focus_area').where('organisation_id', '=', organisationId).execute();
	if (areas.length)
		await db
			.insertInto('focus_area')
			.values(areas.map((a, i) => ({ organisation_id: organisationId, name: a.name, description: a.description, position: i })))
			.execute();
}
