import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import { changeMemberRole, listMembers, removeMember, setMemberUnits } from './member.service.js';

const db = await useTestDb();
let a: OrganisationFixture;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
});

const roleOf = async (userId: string) =>
	(await db.selectFrom('membership').select('role').where('organisation_id', '=', a.organisation.id).where('user_id', '=', userId).executeTakeFirst())?.role;

describe('members', () => {
	it('lists members with roles and units; e-mail addresses only to those who manage', async () => {
		const bySam = await listMembers(ctxOf(db, a.samordnare), a.organisation.id);
		expect(bySam.find((m) => m.userId === a.deltagare.id)).toMatchObject({ role: 'deltagare', unitIds: [a.units.sn.id], email: 'deltagare@alfa.example.se' });
		const byLeader = await listMembers(ctxOf(db, a.processledare), a.organisation.id);
		expect(byLeader).toHaveLength(4);
		expect(byLeader.every((m) => m.email === null)).toBe(true);
	});

	it('never demotes or removes the last samordnare', async () => {
		const ctx = ctxOf(db, a.samordnare);
		const demote = await serviceError(() => changeMemberRole(ctx, a.organisation.id, a.samordnare.id, 'läsare'));
		expect([demote.status, demote.messageKey]).toEqual([409, 'member.error.lastSamordnare']);
		const remove = await serviceError(() => removeMember(ctx, a.organisation.id, a.samordnare.id));
		expect([remove.status, remove.messageKey]).toEqual([409, 'member.error.lastSamordnare']);
		expect(await roleOf(a.samordnare.id)).toBe('samordnare');
	});

	it('lets a samordnare step down once there is another, and then protects the new last one', async () => {
		const ctx = ctxOf(db, a.samordnare);
		await changeMemberRole(ctx, a.organisation.id, a.processledare.id, 'samordnare');
		await changeMemberRole(ctx, a.organisation.id, a.samordnare.id, 'processledare');
		expect(await roleOf(a.samordnare.id)).toBe('processledare');
		const ctx2 = ctxOf(db, a.processledare);
		expect((await serviceError(() => removeMember(ctx2, a.organisation.id, a.processledare.id))).messageKey).toBe('member.error.lastSamordnare');
		await removeMember(ctx2, a.organisation.id, a.samordnare.id);
		expect(await roleOf(a.samordnare.id)).toBeUndefined();
	});

	it('keeps one samordnare when two demote each other at the same time', async () => {
		const ctx = ctxOf(db, a.samordnare);
		await changeMemberRole(ctx, a.organisation.id, a.processledare.id, 'samordnare');
		const results = await Promise.allSettled([
			changeMemberRole(ctx, a.organisation.id, a.samordnare.id, 'läsare'),
			changeMemberRole(ctxOf(db, a.processledare), a.organisation.id, a.processledare.id, 'läsare')
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const count = await db.selectFrom('membership').select('user_id').where('organisation_id', '=', a.organisation.id).where('role', '=', 'samordnare').execute();
		expect(count).toHaveLength(1);
	});

	it('sets a deltagare’s units, refusing units that do not exist in the organisation', async () => {
		const ctx = ctxOf(db, a.samordnare);
		await setMemberUnits(ctx, a.organisation.id, a.deltagare.id, [a.units.ks.id, a.units.ekonomi.id, a.units.ks.id]);
		const [member] = (await listMembers(ctx, a.organisation.id)).filter((m) => m.userId === a.deltagare.id);
		expect(new Set(member!.unitIds)).toEqual(new Set([a.units.ks.id, a.units.ekonomi.id]));
		const unknown = '00000000-0000-4000-8000-000000000000';
		expect((await serviceError(() => setMemberUnits(ctx, a.organisation.id, a.deltagare.id, [unknown]))).status).toBe(404);
		await setMemberUnits(ctx, a.organisation.id, a.deltagare.id, []);
		expect((await listMembers(ctx, a.organisation.id)).find((m) => m.userId === a.deltagare.id)!.unitIds).toEqual([]);
	});

	it('answers 404 for someone who is not a member', async () => {
		const stranger = '00000000-0000-4000-8000-000000000000';
		expect((await serviceError(() => changeMemberRole(ctxOf(db, a.samordnare), a.organisation.id, stranger, 'läsare'))).status).toBe(404);
	});
});
