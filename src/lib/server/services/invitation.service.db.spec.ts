import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, makeUser, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import { validateSessionToken } from '../auth/session.js';
import { verifyPassword } from '../auth/password.js';
import { hashToken } from '../auth/tokens.js';
import { log } from '../log.js';
import * as users from '../repositories/user.repository.js';
import {
	acceptInvitation,
	createInvitation,
	INVITATION_LIFETIME_MS,
	listOpenInvitations,
	registerWithInvitation,
	revokeInvitation,
	viewInvitation
} from './invitation.service.js';

const db = await useTestDb();
let a: OrganisationFixture;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
});

const membership = (userId: string) =>
	db.selectFrom('membership').select('role').where('organisation_id', '=', a.organisation.id).where('user_id', '=', userId).executeTakeFirst();

describe('inviting', () => {
	it('creates an invitation valid for 14 days, stores only its hash and logs the link at info level', async () => {
		const info = vi.spyOn(log, 'info');
		const now = new Date('2026-11-23T12:00:00Z');
		const { invitation, token } = await createInvitation(
			ctxOf(db, a.samordnare),
			a.organisation.id,
			{ email: 'Eva@Alfa.example.se', role: 'processledare', unitId: a.units.klf.id },
			now
		);
		expect(invitation).toMatchObject({ email: 'eva@alfa.example.se', role: 'processledare', unitId: a.units.klf.id });
		expect(invitation.expiresAt.getTime()).toBe(now.getTime() + INVITATION_LIFETIME_MS);
		const row = await db.selectFrom('invitation').select('token_hash').where('id', '=', invitation.id).executeTakeFirstOrThrow();
		expect(row.token_hash).toBe(hashToken(token));
		expect(info).toHaveBeenCalledWith(expect.objectContaining({ link: `/inbjudan/${token}` }), 'inbjudan skapad');
		info.mockRestore();
		const open = await listOpenInvitations(ctxOf(db, a.samordnare), a.organisation.id);
		expect(open.map((i) => i.email).sort()).toEqual(['eva@alfa.example.se', 'ny@alfa.example.se']);
	});

	it('refuses to invite someone who is already a member', async () => {
		const e = await serviceError(() =>
			createInvitation(ctxOf(db, a.samordnare), a.organisation.id, { email: 'lasare@alfa.example.se', role: 'samordnare', unitId: null })
		);
		expect([e.status, e.messageKey, e.params]).toEqual([409, 'invitation.error.alreadyMember', { field: 'email' }]);
	});

	it('revokes an open invitation so that its link no longer works', async () => {
		await revokeInvitation(ctxOf(db, a.samordnare), a.organisation.id, a.invitation.id);
		expect(await viewInvitation(ctxOf(db, null), a.invitationToken)).toEqual({ state: 'unknown' });
		expect((await serviceError(() => revokeInvitation(ctxOf(db, a.samordnare), a.organisation.id, a.invitation.id))).status).toBe(404);
	});
});

describe('accepting, logged in', () => {
	it('adds the membership with its unit, once only', async () => {
		const eva = await makeUser(db, 'ny@alfa.example.se');
		expect(await viewInvitation(ctxOf(db, eva), a.invitationToken)).toMatchObject({
			state: 'open',
			organisationName: 'Alfa kommun',
			role: 'deltagare',
			unitName: 'Socialnämnden',
			visitor: 'invitee',
			accountExists: true,
			alreadyMember: false
		});
		expect(await acceptInvitation(ctxOf(db, eva), a.invitationToken)).toEqual({ outcome: 'accepted', organisationId: a.organisation.id });
		expect((await membership(eva.id))?.role).toBe('deltagare');
		const units = await db.selectFrom('membership_unit').select('unit_id').where('user_id', '=', eva.id).execute();
		expect(units.map((u) => u.unit_id)).toEqual([a.units.sn.id]);

		expect(await acceptInvitation(ctxOf(db, eva), a.invitationToken)).toEqual({ outcome: 'used' });
		expect(await viewInvitation(ctxOf(db, eva), a.invitationToken)).toEqual({ state: 'used' });
		expect(await listOpenInvitations(ctxOf(db, a.samordnare), a.organisation.id)).toEqual([]);
	});

	it('refuses an expired invitation', async () => {
		const eva = await makeUser(db, 'ny@alfa.example.se');
		const later = new Date(Date.now() + INVITATION_LIFETIME_MS + 60_000);
		expect(await viewInvitation(ctxOf(db, eva), a.invitationToken, later)).toEqual({ state: 'expired' });
		expect(await acceptInvitation(ctxOf(db, eva), a.invitationToken, later)).toEqual({ outcome: 'expired' });
		expect(await membership(eva.id)).toBeUndefined();
	});

	it('answers unknown for a token that does not exist or is malformed', async () => {
		const eva = await makeUser(db, 'ny@alfa.example.se');
		expect(await acceptInvitation(ctxOf(db, eva), 'a'.repeat(32))).toEqual({ outcome: 'unknown' });
		expect(await viewInvitation(ctxOf(db, eva), '../../etc')).toEqual({ state: 'unknown' });
	});

	it('refuses an account with another e-mail address, and never changes an existing member’s role', async () => {
		const other = await makeUser(db, 'annan@example.se');
		expect(await viewInvitation(ctxOf(db, other), a.invitationToken)).toMatchObject({ visitor: 'other' });
		const wrong = await serviceError(() => acceptInvitation(ctxOf(db, other), a.invitationToken));
		expect([wrong.status, wrong.messageKey]).toEqual([409, 'invitation.error.wrongAccount']);
		expect(await membership(other.id)).toBeUndefined();

		// An invitation addressed to the samordnare (made before they joined) must not demote them.
		const { token } = await createInvitation(ctxOf(db, a.samordnare), a.organisation.id, { email: 'x@alfa.example.se', role: 'läsare', unitId: null });
		await db.updateTable('invitation').set({ email: 'samordnare@alfa.example.se' }).where('token_hash', '=', hashToken(token)).execute();
		const member = await serviceError(() => acceptInvitation(ctxOf(db, a.samordnare), token));
		expect(member.messageKey).toBe('invitation.error.youAreMember');
		expect((await membership(a.samordnare.id))?.role).toBe('samordnare');
		expect(await viewInvitation(ctxOf(db, a.samordnare), token)).toMatchObject({ state: 'open', alreadyMember: true });
	});
});

describe('accepting with a new account', () => {
	it('creates the account with the invited e-mail, joins, logs in, and cannot be reused', async () => {
		expect(await viewInvitation(ctxOf(db, null), a.invitationToken)).toMatchObject({ state: 'open', visitor: 'anonymous', accountExists: false });
		const result = await registerWithInvitation(ctxOf(db, null), a.invitationToken, { displayName: 'Eva Ek', password: 'ett långt lösenord' });
		if (result.outcome !== 'accepted') throw new Error(result.outcome);
		expect(result.organisationId).toBe(a.organisation.id);
		const eva = await users.findUserByEmail(db, 'ny@alfa.example.se');
		expect(eva).toMatchObject({ displayName: 'Eva Ek', isAdmin: false });
		expect(await verifyPassword(eva!.passwordHash!, 'ett långt lösenord')).toBe(true);
		expect((await membership(eva!.id))?.role).toBe('deltagare');
		expect((await validateSessionToken(db, result.sessionToken))?.user.id).toBe(eva!.id);

		expect(await registerWithInvitation(ctxOf(db, null), a.invitationToken, { displayName: 'Mallory', password: 'ett annat långt lösenord' })).toEqual({
			outcome: 'used'
		});
		expect(await db.selectFrom('app_user').select('id').where('display_name', '=', 'Mallory').execute()).toHaveLength(0);
	});

	it('sends someone who already has an account to log in instead', async () => {
		await makeUser(db, 'ny@alfa.example.se');
		expect(await viewInvitation(ctxOf(db, null), a.invitationToken)).toMatchObject({ visitor: 'anonymous', accountExists: true });
		const e = await serviceError(() => registerWithInvitation(ctxOf(db, null), a.invitationToken, { displayName: 'Eva', password: 'ett långt lösenord' }));
		expect([e.status, e.messageKey]).toEqual([409, 'invitation.error.accountExists']);
		// The failed attempt did not use up the invitation.
		expect(await viewInvitation(ctxOf(db, null), a.invitationToken)).toMatchObject({ state: 'open' });
	});

	it('refuses an expired invitation without creating an account', async () => {
		await db.updateTable('invitation').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', a.invitation.id).execute();
		expect(await registerWithInvitation(ctxOf(db, null), a.invitationToken, { displayName: 'Eva', password: 'ett långt lösenord' })).toEqual({
			outcome: 'expired'
		});
		expect(await users.findUserByEmail(db, 'ny@alfa.example.se')).toBeNull();
	});
});
