// Invitations: the samordnare invites by e-mail and role; the invitee accepts with the link, once,
// within 14 days — logged in, or by creating an account. There is no mail transport yet, so the link
// is shown once to the inviter and written to the log.
import type { Role } from '#lib/domain/roles.js';
import { hashPassword } from '../auth/password.js';
import { createSession, generateSessionToken } from '../auth/session.js';
import { generateToken, hashToken } from '../auth/tokens.js';
import type { Db } from '../db/index.js';
import { log } from '../log.js';
import * as invitations from '../repositories/invitation.repository.js';
import * as memberships from '../repositories/membership.repository.js';
import * as units from '../repositories/unit.repository.js';
import * as users from '../repositories/user.repository.js';
import { isUuid, requireActor, requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { notFound, ServiceError } from './errors.js';

export const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

/** A fresh invitation token, its stored hash and its expiry; the token itself is never stored. */
export function mintInvitationToken(now = new Date()) {
	const token = generateToken();
	return { token, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS) };
}

export function invitationPath(token: string): string {
	return `/inbjudan/${token}`;
}

/** Written to the log at info level until there is a mail transport. */
export function logInvitation(organisationId: string, email: string, role: Role, token: string): void {
	log.info({ organisationId, email, role, link: invitationPath(token) }, 'inbjudan skapad');
}

export async function createInvitation(
	ctx: Ctx,
	organisationId: string,
	input: { email: string; role: Role; unitId: string | null },
	now = new Date()
) {
	const access = await requireOrg(ctx, organisationId, 'org.manage');
	if (input.unitId && !(isUuid(input.unitId) && (await units.findUnit(ctx.db, organisationId, input.unitId)))) throw notFound();
	const existing = await users.findUserByEmail(ctx.db, input.email);
	if (existing && (await memberships.findMembershipRole(ctx.db, organisationId, existing.id)))
		throw new ServiceError(409, 'invitation.error.alreadyMember', { field: 'email' });
	const { token, tokenHash, expiresAt } = mintInvitationToken(now);
	const invitation = await invitations.insertInvitation(ctx.db, {
		organisationId,
		email: input.email,
		role: input.role,
		unitId: input.unitId,
		tokenHash,
		invitedBy: access.actor.userId,
		expiresAt
	});
	logInvitation(organisationId, invitation.email, invitation.role, token);
	return { invitation, token };
}

export async function listOpenInvitations(ctx: Ctx, organisationId: string) {
	await requireOrg(ctx, organisationId, 'org.manage');
	return invitations.listOpenInvitations(ctx.db, organisationId);
}

export async function revokeInvitation(ctx: Ctx, organisationId: string, invitationId: string) {
	await requireOrg(ctx, organisationId, 'org.manage');
	if (!isUuid(invitationId) || !(await invitations.deleteOpenInvitation(ctx.db, organisationId, invitationId))) throw notFound();
}

// ——— The invitee's side: the token is the key, so these check the token instead of a membership. ———

export type InvitationProblem = 'unknown' | 'expired' | 'used';

/** Tokens are 32 base32 characters; anything else is not looked up at all. */
const TOKEN = /^[a-z2-7]{32}$/;

async function problemWith(db: Db, tokenHash: string, now: Date): Promise<InvitationProblem | null> {
	const found = await invitations.findInvitationByTokenHash(db, tokenHash);
	if (!found) return 'unknown';
	if (found.acceptedAt) return 'used';
	if (found.expiresAt.getTime() <= now.getTime()) return 'expired';
	return null;
}

export type InvitationView =
	| { state: InvitationProblem }
	| {
			state: 'open';
			organisationId: string;
			organisationName: string;
			email: string;
			role: Role;
			unitName: string | null;
			expiresAt: Date;
			/** An account with the invited e-mail exists (then: log in first). */
			accountExists: boolean;
			/** Who is looking: nobody logged in, the invitee, or someone else. */
			visitor: 'anonymous' | 'invitee' | 'other';
			/** The logged-in invitee is already a member of the organisation. */
			alreadyMember: boolean;
	  };

export async function viewInvitation(ctx: Ctx, token: string, now = new Date()): Promise<InvitationView> {
	if (!TOKEN.test(token)) return { state: 'unknown' };
	const inv = await invitations.findInvitationByTokenHash(ctx.db, hashToken(token));
	if (!inv) return { state: 'unknown' };
	if (inv.acceptedAt) return { state: 'used' };
	if (inv.expiresAt.getTime() <= now.getTime()) return { state: 'expired' };
	const account = await users.findUserByEmail(ctx.db, inv.email);
	const visitor = !ctx.actor ? 'anonymous' : account && account.id === ctx.actor.userId ? 'invitee' : 'other';
	const alreadyMember = !!account && visitor === 'invitee' && !!(await memberships.findMembershipRole(ctx.db, inv.organisationId, account.id));
	return {
		state: 'open',
		organisationId: inv.organisationId,
		organisationName: inv.organisationName,
		email: inv.email,
		role: inv.role,
		unitName: inv.unitName,
		expiresAt: inv.expiresAt,
		accountExists: !!account,
		visitor,
		alreadyMember
	};
}

export type AcceptResult = { outcome: 'accepted'; organisationId: string } | { outcome: InvitationProblem };

async function join(db: Db, inv: invitations.Invitation, userId: string): Promise<void> {
	await memberships.upsertMembership(db, inv.organisationId, userId, inv.role);
	if (inv.unitId) await memberships.setMemberUnits(db, inv.organisationId, userId, [inv.unitId]);
}

/** The logged-in invitee accepts: the invitation must be addressed to their e-mail. */
export async function acceptInvitation(ctx: Ctx, token: string, now = new Date()): Promise<AcceptResult> {
	const actor = requireActor(ctx);
	if (!TOKEN.test(token)) return { outcome: 'unknown' };
	const tokenHash = hashToken(token);
	return ctx.db.transaction().execute(async (trx): Promise<AcceptResult> => {
		const inv = await invitations.claimInvitation(trx, tokenHash, now);
		if (!inv) return { outcome: (await problemWith(trx, tokenHash, now)) ?? 'used' };
		const user = await users.findUserById(trx, actor.userId);
		if (!user || user.email !== inv.email) throw new ServiceError(409, 'invitation.error.wrongAccount');
		// Accepting must never change the role of an existing member (it could demote the last samordnare).
		if (await memberships.findMembershipRole(trx, inv.organisationId, user.id)) throw new ServiceError(409, 'invitation.error.youAreMember');
		await join(trx, inv, user.id);
		return { outcome: 'accepted', organisationId: inv.organisationId };
	});
}

export type RegisterResult =
	| { outcome: 'accepted'; organisationId: string; sessionToken: string; sessionExpiresAt: Date }
	| { outcome: InvitationProblem };

/** A visitor without an account creates one with the invited e-mail, joins and is logged in. */
export async function registerWithInvitation(
	ctx: Ctx,
	token: string,
	input: { displayName: string; password: string },
	now = new Date()
): Promise<RegisterResult> {
	if (ctx.actor) throw new ServiceError(409, 'invitation.error.loggedIn');
	if (!TOKEN.test(token)) return { outcome: 'unknown' };
	const tokenHash = hashToken(token);
	// Check first so that a dead link costs no password hashing.
	const early = await problemWith(ctx.db, tokenHash, now);
	if (early) return { outcome: early };
	const passwordHash = await hashPassword(input.password);
	const sessionToken = generateSessionToken();
	return ctx.db.transaction().execute(async (trx): Promise<RegisterResult> => {
		const inv = await invitations.claimInvitation(trx, tokenHash, now);
		if (!inv) return { outcome: (await problemWith(trx, tokenHash, now)) ?? 'used' };
		if (await users.findUserByEmail(trx, inv.email)) throw new ServiceError(409, 'invitation.error.accountExists');
		const user = await users.insertUser(trx, { email: inv.email, displayName: input.displayName, passwordHash });
		await join(trx, inv, user.id);
		const session = await createSession(trx, sessionToken, user.id, now);
		return { outcome: 'accepted', organisationId: inv.organisationId, sessionToken, sessionExpiresAt: session.expiresAt };
	});
}
