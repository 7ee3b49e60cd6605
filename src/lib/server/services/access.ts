// The access checks every service method starts with. Outside one's organisations everything is
// "not found" (404), so ids of other organisations reveal nothing; inside, a missing capability is 403.
import { can, isRole, type Capability, type Role } from '#lib/domain/roles.js';
import { findMembershipRole } from '../repositories/membership.repository.js';
import type { Actor, Ctx } from './actor.js';
import { forbidden, notFound, unauthenticated } from './errors.js';

export interface OrgAccess {
	actor: Actor;
	organisationId: string;
	role: Role;
}

export function requireActor(ctx: Ctx): Actor {
	if (!ctx.actor) throw unauthenticated();
	return ctx.actor;
}

export function requireAdmin(ctx: Ctx): Actor {
	const actor = requireActor(ctx);
	if (!actor.isAdmin) throw forbidden();
	return actor;
}

import { isUuid } from '#lib/domain/ids.js';
export { isUuid };

export async function requireOrg(ctx: Ctx, organisationId: string, capability: Capability): Promise<OrgAccess> {
	const actor = requireActor(ctx);
	if (!isUuid(organisationId)) throw notFound();
	const role = await findMembershipRole(ctx.db, organisationId, actor.userId);
	if (!role || !isRole(role)) throw notFound();
	if (!can(role, capability)) throw forbidden();
	return { actor, organisationId, role };
}
