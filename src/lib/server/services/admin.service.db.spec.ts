import { describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeUser, serviceError } from '../../../../tests/helpers/fixtures.js';
import { hashToken } from '../auth/tokens.js';
import { createOrganisation, listOrganisations } from './admin.service.js';
import { acceptInvitation, INVITATION_LIFETIME_MS, viewInvitation } from './invitation.service.js';
import { getOrganisationOverview } from './organisation.service.js';
import { listMembers } from './member.service.js';

const db = await useTestDb();

describe('the installation administrator', () => {
	it('creates an organisation with an invitation for its first samordnare, storing only the token hash', async () => {
		const root = await makeUser(db, 'root@example.se', { isAdmin: true });
		const now = new Date('2026-11-23T12:00:00Z');
		const { organisation, token, expiresAt } = await createOrganisation(
			ctxOf(db, root),
			{ name: 'Alingsås kommun', kind: 'kommun', koladaId: '1489', samordnareEmail: 'Sam@Alingsas.se' },
			now
		);
		expect(organisation.name).toBe('Alingsås kommun');
		const org = await db.selectFrom('organisation').selectAll().where('id', '=', organisation.id).executeTakeFirstOrThrow();
		expect([org.kind, org.kolada_id]).toEqual(['kommun', '1489']);
		const invitations = await db.selectFrom('invitation').selectAll().where('organisation_id', '=', organisation.id).execute();
		expect(invitations).toHaveLength(1);
		expect(invitations[0]).toMatchObject({ email: 'sam@alingsas.se', role: 'samordnare', token_hash: hashToken(token), accepted_at: null });
		expect(new Date(invitations[0]!.expires_at).getTime()).toBe(now.getTime() + INVITATION_LIFETIME_MS);
		expect(expiresAt.getTime()).toBe(now.getTime() + INVITATION_LIFETIME_MS);
		expect(JSON.stringify(invitations)).not.toContain(token);
	});

	it('lists organisations by name only, and sees nothing inside them without a membership', async () => {
		const root = await makeUser(db, 'root@example.se', { isAdmin: true });
		const { organisation, token } = await createOrganisation(ctxOf(db, root), {
			name: 'Borlänge kommun',
			kind: 'kommun',
			koladaId: null,
			samordnareEmail: 'sam@borlange.se'
		});
		expect(await listOrganisations(ctxOf(db, root))).toEqual([{ id: organisation.id, name: 'Borlänge kommun' }]);
		expect((await serviceError(() => getOrganisationOverview(ctxOf(db, root), organisation.id))).status).toBe(404);

		// The invited samordnare accepts and then manages the organisation.
		const sam = await makeUser(db, 'sam@borlange.se');
		expect(await viewInvitation(ctxOf(db, sam), token)).toMatchObject({ state: 'open', role: 'samordnare', visitor: 'invitee' });
		expect(await acceptInvitation(ctxOf(db, sam), token)).toEqual({ outcome: 'accepted', organisationId: organisation.id });
		const members = await listMembers(ctxOf(db, sam), organisation.id);
		expect(members.map((m) => [m.email, m.role])).toEqual([['sam@borlange.se', 'samordnare']]);
	});

	it('refuses anyone who is not installation administrator', async () => {
		const someone = await makeUser(db, 'someone@example.se');
		const input = { name: 'X', kind: 'region' as const, koladaId: null, samordnareEmail: 'x@example.se' };
		expect((await serviceError(() => createOrganisation(ctxOf(db, someone), input))).status).toBe(403);
		expect((await serviceError(() => listOrganisations(ctxOf(db, null)))).status).toBe(401);
		expect(await db.selectFrom('organisation').selectAll().execute()).toHaveLength(0);
	});
});
