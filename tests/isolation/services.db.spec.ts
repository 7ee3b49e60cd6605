// Tenant isolation, table-driven: a member of organisation A reaches nothing of organisation B through
// any service function — B's ids answer 404 whether passed as B's organisation or smuggled in under A's —
// and a läsare of A is refused (403) every manage action in A. Add a row for every new service function.
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../helpers/db.js';
import type { Ctx } from '#lib/server/services/actor.js';
import * as admin from '#lib/server/services/admin.service.js';
import * as invitationService from '#lib/server/services/invitation.service.js';
import * as memberService from '#lib/server/services/member.service.js';
import * as organisationService from '#lib/server/services/organisation.service.js';
import * as unitService from '#lib/server/services/unit.service.js';
import { ctxOf, makeOrganisation, makeUser, serviceError, type OrganisationFixture } from '../helpers/fixtures.js';

type World = { a: OrganisationFixture; b: OrganisationFixture };
interface Row {
	name: string;
	call: (ctx: Ctx, w: World) => Promise<unknown>;
}

const db = await useTestDb();
let w: World;
beforeEach(async () => {
	w = { a: await makeOrganisation(db, 'Alfa'), b: await makeOrganisation(db, 'Beta') };
});

/** Every organisation-scoped service function, called with organisation B's ids. */
const intoB: Row[] = [
	{ name: 'getOrganisationOverview(B)', call: (c, w) => organisationService.getOrganisationOverview(c, w.b.organisation.id) },
	{
		name: 'updateOrganisationDetails(B)',
		call: (c, w) => organisationService.updateOrganisationDetails(c, w.b.organisation.id, { name: 'X', kind: 'kommun', koladaId: null, vision: null })
	},
	{ name: 'listUnits(B)', call: (c, w) => unitService.listUnits(c, w.b.organisation.id) },
	{ name: 'createUnit(B)', call: (c, w) => unitService.createUnit(c, w.b.organisation.id, { name: 'X', type: 'nämnd', parentId: null }) },
	{ name: 'createUnit(A, parent in B)', call: (c, w) => unitService.createUnit(c, w.a.organisation.id, { name: 'X', type: 'nämnd', parentId: w.b.units.ks.id }) },
	{ name: 'updateUnit(B, unit of B)', call: (c, w) => unitService.updateUnit(c, w.b.organisation.id, w.b.units.ks.id, { name: 'X', type: 'nämnd' }) },
	{ name: 'updateUnit(A, unit of B)', call: (c, w) => unitService.updateUnit(c, w.a.organisation.id, w.b.units.ks.id, { name: 'X', type: 'nämnd' }) },
	{ name: 'moveUnit(B, unit of B)', call: (c, w) => unitService.moveUnit(c, w.b.organisation.id, w.b.units.sn.id, w.b.units.ks.id) },
	{ name: 'moveUnit(A, unit of B)', call: (c, w) => unitService.moveUnit(c, w.a.organisation.id, w.b.units.sn.id, null) },
	{ name: 'moveUnit(A, under a unit of B)', call: (c, w) => unitService.moveUnit(c, w.a.organisation.id, w.a.units.sn.id, w.b.units.ks.id) },
	{ name: 'reorderUnit(B, unit of B)', call: (c, w) => unitService.reorderUnit(c, w.b.organisation.id, w.b.units.sn.id, 0) },
	{ name: 'reorderUnit(A, unit of B)', call: (c, w) => unitService.reorderUnit(c, w.a.organisation.id, w.b.units.sn.id, 0) },
	{ name: 'deleteUnit(B, unit of B)', call: (c, w) => unitService.deleteUnit(c, w.b.organisation.id, w.b.units.sn.id) },
	{ name: 'deleteUnit(A, unit of B)', call: (c, w) => unitService.deleteUnit(c, w.a.organisation.id, w.b.units.sn.id) },
	{ name: 'listMembers(B)', call: (c, w) => memberService.listMembers(c, w.b.organisation.id) },
	{ name: 'changeMemberRole(B, member of B)', call: (c, w) => memberService.changeMemberRole(c, w.b.organisation.id, w.b.lasare.id, 'samordnare') },
	{ name: 'changeMemberRole(A, member of B)', call: (c, w) => memberService.changeMemberRole(c, w.a.organisation.id, w.b.lasare.id, 'samordnare') },
	{ name: 'setMemberUnits(B, member of B)', call: (c, w) => memberService.setMemberUnits(c, w.b.organisation.id, w.b.deltagare.id, [w.b.units.ks.id]) },
	{ name: 'setMemberUnits(A, member of B)', call: (c, w) => memberService.setMemberUnits(c, w.a.organisation.id, w.b.deltagare.id, [w.a.units.ks.id]) },
	{ name: 'setMemberUnits(A, unit of B)', call: (c, w) => memberService.setMemberUnits(c, w.a.organisation.id, w.a.deltagare.id, [w.b.units.ks.id]) },
	{ name: 'removeMember(B, member of B)', call: (c, w) => memberService.removeMember(c, w.b.organisation.id, w.b.lasare.id) },
	{ name: 'removeMember(A, member of B)', call: (c, w) => memberService.removeMember(c, w.a.organisation.id, w.b.lasare.id) },
	{ name: 'createInvitation(B)', call: (c, w) => invitationService.createInvitation(c, w.b.organisation.id, { email: 'x@example.se', role: 'deltagare', unitId: null }) },
	{
		name: 'createInvitation(A, unit of B)',
		call: (c, w) => invitationService.createInvitation(c, w.a.organisation.id, { email: 'x@example.se', role: 'deltagare', unitId: w.b.units.sn.id })
	},
	{ name: 'listOpenInvitations(B)', call: (c, w) => invitationService.listOpenInvitations(c, w.b.organisation.id) },
	{ name: 'revokeInvitation(B, invitation of B)', call: (c, w) => invitationService.revokeInvitation(c, w.b.organisation.id, w.b.invitation.id) },
	{ name: 'revokeInvitation(A, invitation of B)', call: (c, w) => invitationService.revokeInvitation(c, w.a.organisation.id, w.b.invitation.id) }
];

/** Manage actions in A, with A's own ids: allowed to the samordnare, refused to a läsare. */
const manageInA: Row[] = [
	{
		name: 'updateOrganisationDetails',
		call: (c, w) => organisationService.updateOrganisationDetails(c, w.a.organisation.id, { name: 'X', kind: 'kommun', koladaId: null, vision: null })
	},
	{ name: 'createUnit', call: (c, w) => unitService.createUnit(c, w.a.organisation.id, { name: 'X', type: 'nämnd', parentId: null }) },
	{ name: 'updateUnit', call: (c, w) => unitService.updateUnit(c, w.a.organisation.id, w.a.units.sn.id, { name: 'X', type: 'nämnd' }) },
	{ name: 'moveUnit', call: (c, w) => unitService.moveUnit(c, w.a.organisation.id, w.a.units.sn.id, w.a.units.ks.id) },
	{ name: 'reorderUnit', call: (c, w) => unitService.reorderUnit(c, w.a.organisation.id, w.a.units.sn.id, 0) },
	{ name: 'deleteUnit', call: (c, w) => unitService.deleteUnit(c, w.a.organisation.id, w.a.units.ekonomi.id) },
	{ name: 'listMembers', call: (c, w) => memberService.listMembers(c, w.a.organisation.id) },
	{ name: 'changeMemberRole', call: (c, w) => memberService.changeMemberRole(c, w.a.organisation.id, w.a.deltagare.id, 'processledare') },
	{ name: 'setMemberUnits', call: (c, w) => memberService.setMemberUnits(c, w.a.organisation.id, w.a.deltagare.id, [w.a.units.ks.id]) },
	{ name: 'removeMember', call: (c, w) => memberService.removeMember(c, w.a.organisation.id, w.a.deltagare.id) },
	{ name: 'createInvitation', call: (c, w) => invitationService.createInvitation(c, w.a.organisation.id, { email: 'x@example.se', role: 'deltagare', unitId: null }) },
	{ name: 'listOpenInvitations', call: (c, w) => invitationService.listOpenInvitations(c, w.a.organisation.id) },
	{ name: 'revokeInvitation', call: (c, w) => invitationService.revokeInvitation(c, w.a.organisation.id, w.a.invitation.id) }
];

/** What of organisation B must stay exactly as it was. */
async function snapshotB(w: World) {
	const id = w.b.organisation.id;
	return {
		org: await db.selectFrom('organisation').selectAll().where('id', '=', id).execute(),
		units: await db.selectFrom('unit').select(['id', 'parent_id', 'name', 'type', 'position']).where('organisation_id', '=', id).orderBy('id').execute(),
		members: await db.selectFrom('membership').select(['user_id', 'role']).where('organisation_id', '=', id).orderBy('user_id').execute(),
		memberUnits: await db.selectFrom('membership_unit').select(['user_id', 'unit_id']).where('organisation_id', '=', id).orderBy('unit_id').execute(),
		invitations: await db.selectFrom('invitation').select(['id', 'accepted_at']).where('organisation_id', '=', id).execute()
	};
}

describe('isolation: a samordnare of A using the ids of B', () => {
	it.each(intoB)('$name → 404, and B is unchanged', async ({ call }) => {
		const before = await snapshotB(w);
		const e = await serviceError(() => call(ctxOf(db, w.a.samordnare), w));
		expect(e.status).toBe(404);
		expect(await snapshotB(w)).toEqual(before);
	});

	it('malformed ids are 404 too, never a database error', async () => {
		const c = ctxOf(db, w.a.samordnare);
		for (const call of [
			() => organisationService.getOrganisationOverview(c, 'not-a-uuid'),
			() => unitService.updateUnit(c, w.a.organisation.id, 'x', { name: 'X', type: 'nämnd' }),
			() => memberService.removeMember(c, w.a.organisation.id, "1' or '1'='1"),
			() => invitationService.revokeInvitation(c, w.a.organisation.id, '')
		])
			expect((await serviceError(call)).status).toBe(404);
	});
});

describe('isolation: the installation administrator without a membership', () => {
	it.each(intoB.filter((r) => r.name.endsWith('(B)') || r.name.includes('(B,')))('$name → 404', async ({ call }) => {
		const root = await makeUser(db, 'root@example.se', { isAdmin: true });
		expect((await serviceError(() => call(ctxOf(db, root), w))).status).toBe(404);
	});
});

describe('roles: a läsare of A', () => {
	it.each(manageInA)('$name → 403', async ({ call }) => {
		const e = await serviceError(() => call(ctxOf(db, w.a.lasare), w));
		expect(e.status).toBe(403);
	});

	it.each(manageInA)('$name is allowed to the samordnare of A (so the 403 above is about the role)', async ({ call }) => {
		const outcome = await call(ctxOf(db, w.a.samordnare), w).then(() => 'done');
		expect(outcome).toBe('done');
	});
});

describe('the installation administrator functions', () => {
	const adminRows: Row[] = [
		{ name: 'listOrganisations', call: (c) => admin.listOrganisations(c) },
		{ name: 'createOrganisation', call: (c) => admin.createOrganisation(c, { name: 'X', kind: 'kommun', koladaId: null, samordnareEmail: 'x@example.se' }) }
	];
	it.each(adminRows)('$name → 403 for a samordnare who is not administrator, 401 without login', async ({ call }) => {
		expect((await serviceError(() => call(ctxOf(db, w.a.samordnare), w))).status).toBe(403);
		expect((await serviceError(() => call(ctxOf(db, null), w))).status).toBe(401);
	});
});
