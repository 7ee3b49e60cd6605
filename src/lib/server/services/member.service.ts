// Members of an organisation: their roles and units. There is always at least one samordnare.
import { can, type Role } from '#lib/domain/roles.js';
import type { Db } from '../db/index.js';
import * as memberships from '../repositories/membership.repository.js';
import * as units from '../repositories/unit.repository.js';
import { isUuid, requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { notFound, ServiceError } from './errors.js';

/** Members with roles and units; e-mail addresses only for those who manage the organisation. */
export async function listMembers(ctx: Ctx, organisationId: string) {
	const access = await requireOrg(ctx, organisationId, 'members.view');
	const list = await memberships.listMembers(ctx.db, organisationId);
	const showEmail = can(access.role, 'org.manage');
	return list.map((m) => ({ ...m, email: showEmail ? m.email : null }));
}

async function currentRole(db: Db, organisationId: string, userId: string): Promise<Role> {
	const role = isUuid(userId) ? await memberships.findMembershipRole(db, organisationId, userId) : null;
	if (!role) throw notFound();
	return role as Role;
}

/** Refuses to take away the organisation's last samordnare (rows locked: see lockRoleHolders). */
async function keepASamordnare(db: Db, organisationId: string, leavingUserId: string): Promise<void> {
	const holders = await memberships.lockRoleHolders(db, organisationId, 'samordnare');
	if (!holders.some((id) => id !== leavingUserId)) throw new ServiceError(409, 'member.error.lastSamordnare');
}

export async function changeMemberRole(ctx: Ctx, organisationId: string, userId: string, role: Role) {
	await requireOrg(ctx, organisationId, 'org.manage');
	await ctx.db.transaction().execute(async (trx) => {
		const before = await currentRole(trx, organisationId, userId);
		if (before === role) return;
		if (before === 'samordnare') await keepASamordnare(trx, organisationId, userId);
		await memberships.updateMembershipRole(trx, organisationId, userId, role);
	});
}

/** Replaces the units a member belongs to (what a deltagare may map). */
export async function setMemberUnits(ctx: Ctx, organisationId: string, userId: string, unitIds: readonly string[]) {
	await requireOrg(ctx, organisationId, 'org.manage');
	const ids = [...new Set(unitIds)];
	if (!ids.every(isUuid)) throw notFound();
	await ctx.db.transaction().execute(async (trx) => {
		await currentRole(trx, organisationId, userId);
		if ((await units.countUnitsOf(trx, organisationId, ids)) !== ids.length) throw notFound();
		await memberships.setMemberUnits(trx, organisationId, userId, ids);
	});
}

export async function removeMember(ctx: Ctx, organisationId: string, userId: string) {
	await requireOrg(ctx, organisationId, 'org.manage');
	await ctx.db.transaction().execute(async (trx) => {
		const role = await currentRole(trx, organisationId, userId);
		if (role === 'samordnare') await keepASamordnare(trx, organisationId, userId);
		await memberships.deleteMembership(trx, organisationId, userId);
	});
}
