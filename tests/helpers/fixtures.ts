// Test fixtures for database tests: users, organisations with a small unit tree, members in every
// role, and an open invitation — built straight through the repositories, no services involved.
import type { Role } from '#lib/domain/roles.js';
import { hashPassword } from '#lib/server/auth/password.js';
import type { Db } from '#lib/server/db/index.js';
import * as invitations from '#lib/server/repositories/invitation.repository.js';
import * as memberships from '#lib/server/repositories/membership.repository.js';
import * as orgs from '#lib/server/repositories/organisation.repository.js';
import * as units from '#lib/server/repositories/unit.repository.js';
import * as users from '#lib/server/repositories/user.repository.js';
import type { Ctx } from '#lib/server/services/actor.js';
import { ServiceError } from '#lib/server/services/errors.js';
import { mintInvitationToken } from '#lib/server/services/invitation.service.js';

export function ctxOf(db: Db, user: { id: string; isAdmin?: boolean } | null): Ctx {
	return { db, actor: user ? { userId: user.id, isAdmin: user.isAdmin ?? false } : null };
}

/** A user who can sign in with `password` when one is given (hashing costs ~20 ms), and never otherwise. */
export async function makeUser(db: Db, email: string, opts: { isAdmin?: boolean; displayName?: string; password?: string } = {}) {
	const passwordHash = opts.password === undefined ? null : await hashPassword(opts.password);
	return users.insertUser(db, { email, displayName: opts.displayName ?? email.split('@')[0]!, passwordHash, isAdmin: opts.isAdmin });
}

/**
 * An organisation with Kommunstyrelsen → Kommunledningsförvaltningen → Ekonomi and Socialnämnden,
 * one member in each role, and an open invitation. `tag` keeps e-mail addresses apart.
 */
export async function makeOrganisation(db: Db, tag: string) {
	const organisation = await orgs.insertOrganisation(db, { name: `${tag} kommun`, kind: 'kommun', koladaId: null, vision: null, visionName: null });
	const id = organisation.id;
	const ks = await units.insertUnit(db, id, { parentId: null, name: 'Kommunstyrelsen', type: 'styrelse', position: 0 });
	const klf = await units.insertUnit(db, id, { parentId: ks.id, name: 'Kommunledningsförvaltningen', type: 'förvaltning', position: 0 });
	const ekonomi = await units.insertUnit(db, id, { parentId: klf.id, name: 'Ekonomi', type: 'verksamhet', position: 0 });
	const sn = await units.insertUnit(db, id, { parentId: null, name: 'Socialnämnden', type: 'nämnd', position: 1 });
	const member = async (role: Role) => {
		const local = role.normalize('NFD').replace(/[\u0300-\u036f]/g, ''); // läsare → lasare
		const user = await makeUser(db, `${local}@${tag.toLowerCase()}.example.se`);
		await memberships.upsertMembership(db, id, user.id, role);
		return user;
	};
	const samordnare = await member('samordnare');
	const processledare = await member('processledare');
	const deltagare = await member('deltagare');
	const lasare = await member('läsare');
	await memberships.setMemberUnits(db, id, deltagare.id, [sn.id]);
	const { token, tokenHash, expiresAt } = mintInvitationToken();
	const invitation = await invitations.insertInvitation(db, {
		organisationId: id,
		email: `ny@${tag.toLowerCase()}.example.se`,
		role: 'deltagare',
		unitId: sn.id,
		tokenHash,
		invitedBy: samordnare.id,
		expiresAt
	});
	return { organisation, units: { ks, klf, ekonomi, sn }, samordnare, processledare, deltagare, lasare, invitation, invitationToken: token };
}

export type OrganisationFixture = Awaited<ReturnType<typeof makeOrganisation>>;

/** The ServiceError a call (or a promise) fails with; any other outcome fails the test. */
export async function serviceError(call: (() => Promise<unknown>) | Promise<unknown>): Promise<ServiceError> {
	try {
		await (typeof call === 'function' ? call() : call);
	} catch (e) {
		if (e instanceof ServiceError) return e;
		throw e;
	}
	throw new Error('expected a ServiceError, but the call succeeded');
}
