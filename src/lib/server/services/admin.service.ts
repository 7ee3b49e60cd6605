// The installation administrator: sees the organisations by name and creates new ones, each with an
// invitation for its first samordnare. No organisation data beyond names (that needs a membership).
import * as invitations from '../repositories/invitation.repository.js';
import * as orgs from '../repositories/organisation.repository.js';
import { requireAdmin } from './access.js';
import type { Ctx } from './actor.js';
import { logInvitation, mintInvitationToken } from './invitation.service.js';

export async function listOrganisations(ctx: Ctx) {
	requireAdmin(ctx);
	const all = await orgs.listAllOrganisations(ctx.db);
	return all.map((o) => ({ id: o.id, name: o.name }));
}

export async function createOrganisation(
	ctx: Ctx,
	input: { name: string; kind: 'kommun' | 'region'; koladaId: string | null; samordnareEmail: string },
	now = new Date()
) {
	const actor = requireAdmin(ctx);
	const { token, tokenHash, expiresAt } = mintInvitationToken(now);
	const organisation = await ctx.db.transaction().execute(async (trx) => {
		const created = await orgs.insertOrganisation(trx, { name: input.name, kind: input.kind, koladaId: input.koladaId, vision: null, visionName: null });
		await invitations.insertInvitation(trx, {
			organisationId: created.id,
			email: input.samordnareEmail,
			role: 'samordnare',
			unitId: null,
			tokenHash,
			invitedBy: actor.userId,
			expiresAt
		});
		return created;
	});
	logInvitation(organisation.id, input.samordnareEmail, 'samordnare', token);
	return { organisation: { id: organisation.id, name: organisation.name }, token, expiresAt };
}
