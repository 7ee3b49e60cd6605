// Members of an organisation: their role and the units they belong to.
import type { Db } from '../db/index.js';
import type { Role } from '#lib/domain/roles.js';

export interface Member {
	userId: string;
	email: string;
	displayName: string;
	role: Role;
	unitIds: string[];
}

export async function findMembershipRole(db: Db, organisationId: string, userId: string): Promise<string | null> {
	const row = await db
		.selectFrom('membership')
		.select('role')
		.where('organisation_id', '=', organisationId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	return row?.role ?? null;
}

export async function listMembers(db: Db, organisationId: string): Promise<Member[]> {
	const rows = await db
		.selectFrom('membership')
		.innerJoin('app_user', 'app_user.id', 'membership.user_id')
		.select(['membership.user_id', 'membership.role', 'app_user.email', 'app_user.display_name'])
		.where('membership.organisation_id', '=', organisationId)
		.orderBy('app_user.display_name')
		.execute();
	const units = await db
		.selectFrom('membership_unit')
		.select(['user_id', 'unit_id'])
		.where('organisation_id', '=', organisationId)
		.execute();
	return rows.map((r) => ({
		userId: r.user_id,
		email: r.email,
		displayName: r.display_name,
		role: r.role as Role,
		unitIds: units.filter((u) => u.user_id === r.user_id).map((u) => u.unit_id)
	}));
}

export async function upsertMembership(db: Db, organisationId: string, userId: string, role: Role): Promise<void> {
	await db
		.insertInto('membership')
		.values({ organisation_id: organisationId, user_id: userId, role })
		.onConflict((oc) => oc.columns(['organisation_id', 'user_id']).doUpdateSet({ role }))
		.execute();
}

export async function setMemberUnits(db: Db, organisationId: string, userId: string, unitIds: string[]): Promise<void> {
	await db.deleteFrom('membership_unit').where('organisation_id', '=', organisationId).where('user_id', '=', userId).execute();
	if (unitIds.length)
		await db
			.insertInto('membership_unit')
			.values(unitIds.map((unit_id) => ({ organisation_id: organisationId, user_id: userId, unit_id })))
			.execute();
}

export async function deleteMembership(db: Db, organisationId: string, userId: string): Promise<number> {
	const r = await db
		.deleteFrom('membership')
		.where('organisation_id', '=', organisationId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}

export async function countRole(db: Db, organisationId: string, role: Role): Promise<number> {
	const r = await db
		.selectFrom('membership')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('organisation_id', '=', organisationId)
		.where('role', '=', role)
		.executeTakeFirstOrThrow();
	return Number(r.n);
}

export async function updateMembershipRole(db: Db, organisationId: string, userId: string, role: Role): Promise<number> {
	const r = await db
		.updateTable('membership')
		.set({ role })
		.where('organisation_id', '=', organisationId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	return Number(r.numUpdatedRows);
}

/**
 * The members holding `role`, with their rows locked until the transaction ends: two concurrent
 * demotions of the last two samordnare then see each other's change instead of both succeeding.
 */
export async function lockRoleHolders(db: Db, organisationId: string, role: Role): Promise<string[]> {
	const rows = await db
		.selectFrom('membership')
		.select('user_id')
		.where('organisation_id', '=', organisationId)
		.where('role', '=', role)
		.forUpdate()
		.execute();
	return rows.map((r) => r.user_id);
}

/** Whether the member belongs to the unit (what a deltagare may map). */
export async function isUnitMember(db: Db, organisationId: string, userId: string, unitId: string): Promise<boolean> {
	const row = await db
		.selectFrom('membership_unit')
		.select('unit_id')
		.where('organisation_id', '=', organisationId)
		.where('user_id', '=', userId)
		.where('unit_id', '=', unitId)
		.executeTakeFirst();
	return !!row;
}
