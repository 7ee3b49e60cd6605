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
import * as activityService from '#lib/server/services/activity.service.js';
import * as boardService from '#lib/server/services/board.service.js';
import * as cycleService from '#lib/server/services/cycle.service.js';
import * as inputService from '#lib/server/services/input.service.js';
import * as mappingService from '#lib/server/services/mapping.service.js';
import * as workshopService from '#lib/server/services/workshop.service.js';
import * as guestService from '#lib/server/services/guest.service.js';
import type { ContributionInput } from '#lib/server/repositories/activity.repository.js';
import { ctxOf, makeOrganisation, makeUser, serviceError, type OrganisationFixture } from '../helpers/fixtures.js';
import { makeMapping, type MappingFixture } from '../helpers/mapping-fixtures.js';
import { makeWorkshop, type WorkshopFixture } from '../helpers/workshop-fixtures.js';

/** Two organisations, each with a mapping cycle (am, bm: its ids) for its Socialnämnden and an open workshop (aw, bw). */
type World = { a: OrganisationFixture; b: OrganisationFixture; am: MappingFixture; bm: MappingFixture; aw: WorkshopFixture; bw: WorkshopFixture };
interface Row {
	name: string;
	call: (ctx: Ctx, w: World) => Promise<unknown>;
}

const db = await useTestDb();
let w: World;
beforeEach(async () => {
	const a = await makeOrganisation(db, 'Alfa');
	const b = await makeOrganisation(db, 'Beta');
	const am = await makeMapping(db, a);
	const bm = await makeMapping(db, b);
	w = { a, b, am, bm, aw: await makeWorkshop(db, a, am.cycleId), bw: await makeWorkshop(db, b, bm.cycleId) };
});

const link: ContributionInput = { targetCode: '3.4', direction: 'bidrar', strength: 1, directness: 'indirekt', motivation: null, indicator: null };
const goal6 = [{ kind: 'goal' as const, code: '6', level: 'hög' as const, motivation: null, version: 0 }];
const note = { dimension: 'ekologisk' as const, kind: 'möjlighet' as const, text: 'X', targetCodes: [] };
const doc = { name: 'X', type: 'policy' as const, url: null, targetCodes: [] };
const input = (cycleId: string, unitId: string) => ({ id: crypto.randomUUID(), cycleId, unitId, kind: 'goal_relevance', subject: '6', value: { level: 'hög' } });

const newWorkshop = (cycleId: string, unitId: string) => ({ name: 'X', cycleId, unitIds: [unitId], steps: ['goals'] });
const agree = { kind: 'goal' as const, code: '6', level: 'hög' as const, version: 0 };

/** The workshop functions, aimed at B: B's organisation with B's ids, or B's ids under A's. */
const workshopIntoB: Row[] = [
	{ name: 'listWorkshops(B)', call: (c, w) => workshopService.listWorkshops(c, w.b.organisation.id) },
	{ name: 'getWorkshopChoices(B)', call: (c, w) => workshopService.getWorkshopChoices(c, w.b.organisation.id) },
	{ name: 'createWorkshop(B)', call: (c, w) => workshopService.createWorkshop(c, w.b.organisation.id, newWorkshop(w.bm.cycleId, w.bm.unitId)) },
	{ name: 'createWorkshop(A, cycle of B)', call: (c, w) => workshopService.createWorkshop(c, w.a.organisation.id, newWorkshop(w.bm.cycleId, w.am.unitId)) },
	{ name: 'createWorkshop(A, unit of B)', call: (c, w) => workshopService.createWorkshop(c, w.a.organisation.id, newWorkshop(w.am.cycleId, w.bm.unitId)) },
	{ name: 'getConsole(B, workshop of B)', call: (c, w) => workshopService.getConsole(c, w.b.organisation.id, w.bw.workshopId) },
	{ name: 'getConsole(A, workshop of B)', call: (c, w) => workshopService.getConsole(c, w.a.organisation.id, w.bw.workshopId) },
	{ name: 'getProjector(A, workshop of B)', call: (c, w) => workshopService.getProjector(c, w.a.organisation.id, w.bw.workshopId) },
	{ name: 'changeWorkshop(B, workshop of B)', call: (c, w) => workshopService.changeWorkshop(c, w.b.organisation.id, w.bw.workshopId, { type: 'step', index: 1 }) },
	{ name: 'changeWorkshop(A, workshop of B)', call: (c, w) => workshopService.changeWorkshop(c, w.a.organisation.id, w.bw.workshopId, { type: 'status', status: 'closed' }) },
	{ name: 'changeWorkshop(A, unit of B)', call: (c, w) => workshopService.changeWorkshop(c, w.a.organisation.id, w.aw.workshopId, { type: 'unit', unitId: w.bm.unitId }) },
	{ name: 'setAgreed(A, workshop of B)', call: (c, w) => workshopService.setAgreed(c, w.a.organisation.id, w.bw.workshopId, agree) }
];

/** The mapping functions, aimed at B: as B's organisation with B's ids, or B's ids smuggled in under A's. */
const mappingIntoB: Row[] = [
	{ name: 'listCycles(B)', call: (c, w) => cycleService.listCycles(c, w.b.organisation.id) },
	{ name: 'createCycle(B)', call: (c, w) => cycleService.createCycle(c, w.b.organisation.id, { name: 'X', year: 2027, copy: true }) },
	{ name: 'setCycleStatus(B, cycle of B)', call: (c, w) => cycleService.setCycleStatus(c, w.b.organisation.id, w.bm.cycleId, 'closed') },
	{ name: 'setCycleStatus(A, cycle of B)', call: (c, w) => cycleService.setCycleStatus(c, w.a.organisation.id, w.bm.cycleId, 'closed') },
	{ name: 'getCycleOverview(B, cycle of B)', call: (c, w) => cycleService.getCycleOverview(c, w.b.organisation.id, w.bm.cycleId) },
	{ name: 'getCycleOverview(A, cycle of B)', call: (c, w) => cycleService.getCycleOverview(c, w.a.organisation.id, w.bm.cycleId) },
	{ name: 'getUnitMapping(B, cycle and unit of B)', call: (c, w) => mappingService.getUnitMapping(c, w.b.organisation.id, w.bm.cycleId, w.bm.unitId) },
	{ name: 'getUnitMapping(A, cycle of B)', call: (c, w) => mappingService.getUnitMapping(c, w.a.organisation.id, w.bm.cycleId, w.am.unitId) },
	{ name: 'getUnitMapping(A, unit of B)', call: (c, w) => mappingService.getUnitMapping(c, w.a.organisation.id, w.am.cycleId, w.bm.unitId) },
	{ name: 'saveGrunduppdrag(B, unit of B)', call: (c, w) => mappingService.saveGrunduppdrag(c, w.b.organisation.id, w.bm.cycleId, w.bm.unitId, { text: 'X', version: 1 }) },
	{ name: 'saveGrunduppdrag(A, unit of B)', call: (c, w) => mappingService.saveGrunduppdrag(c, w.a.organisation.id, w.am.cycleId, w.bm.unitId, { text: 'X', version: 0 }) },
	{ name: 'setRelevances(B, unit of B)', call: (c, w) => mappingService.setRelevances(c, w.b.organisation.id, w.bm.cycleId, w.bm.unitId, goal6) },
	{ name: 'setRelevances(A, cycle of B)', call: (c, w) => mappingService.setRelevances(c, w.a.organisation.id, w.bm.cycleId, w.am.unitId, goal6) },
	{ name: 'createActivity(B, unit of B)', call: (c, w) => activityService.createActivity(c, w.b.organisation.id, w.bm.cycleId, w.bm.unitId, { name: 'X', description: null, owner: null }) },
	{ name: 'createActivity(A, unit of B)', call: (c, w) => activityService.createActivity(c, w.a.organisation.id, w.am.cycleId, w.bm.unitId, { name: 'X', description: null, owner: null }) },
	{
		name: 'updateActivity(B, activity of B)',
		call: (c, w) => activityService.updateActivity(c, w.b.organisation.id, w.bm.cycleId, w.bm.unitId, w.bm.activityId, { name: 'X', description: null, owner: null, version: 1 })
	},
	{
		name: 'updateActivity(A, activity of B)',
		call: (c, w) => activityService.updateActivity(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.bm.activityId, { name: 'X', description: null, owner: null, version: 1 })
	},
	{ name: 'deleteActivity(A, activity of B)', call: (c, w) => activityService.deleteActivity(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.bm.activityId) },
	{ name: 'createContribution(B, activity of B)', call: (c, w) => activityService.createContribution(c, w.b.organisation.id, w.bm.cycleId, w.bm.unitId, w.bm.activityId, link) },
	{ name: 'createContribution(A, activity of B)', call: (c, w) => activityService.createContribution(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.bm.activityId, link) },
	{
		name: 'updateContribution(A, contribution of B)',
		call: (c, w) => activityService.updateContribution(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.bm.contributionId, { ...link, version: 1 })
	},
	{ name: 'deleteContribution(A, contribution of B)', call: (c, w) => activityService.deleteContribution(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.bm.contributionId) },
	{ name: 'createChallenge(B, unit of B)', call: (c, w) => boardService.createChallenge(c, w.b.organisation.id, w.bm.cycleId, w.bm.unitId, note) },
	{ name: 'updateChallenge(A, challenge of B)', call: (c, w) => boardService.updateChallenge(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.bm.challengeId, { ...note, version: 1 }) },
	{ name: 'deleteChallenge(A, challenge of B)', call: (c, w) => boardService.deleteChallenge(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.bm.challengeId) },
	{ name: 'createDocument(B, unit of B)', call: (c, w) => boardService.createDocument(c, w.b.organisation.id, w.bm.cycleId, w.bm.unitId, doc) },
	{ name: 'updateDocument(A, document of B)', call: (c, w) => boardService.updateDocument(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.bm.documentId, { ...doc, version: 1 }) },
	{ name: 'deleteDocument(A, document of B)', call: (c, w) => boardService.deleteDocument(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.bm.documentId) },
	{ name: 'recordInput(B, unit of B)', call: (c, w) => inputService.recordInput(c, w.b.organisation.id, input(w.bm.cycleId, w.bm.unitId)) },
	{ name: 'recordInput(A, cycle of B)', call: (c, w) => inputService.recordInput(c, w.a.organisation.id, input(w.bm.cycleId, w.am.unitId)) },
	{ name: 'listCurrentInputs(B, unit of B)', call: (c, w) => inputService.listCurrentInputs(c, w.b.organisation.id, w.bm.cycleId, w.bm.unitId) },
	{ name: 'listCurrentInputs(A, unit of B)', call: (c, w) => inputService.listCurrentInputs(c, w.a.organisation.id, w.am.cycleId, w.bm.unitId) },
	...workshopIntoB
];

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
	{ name: 'revokeInvitation(A, invitation of B)', call: (c, w) => invitationService.revokeInvitation(c, w.a.organisation.id, w.b.invitation.id) },
	...mappingIntoB
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
	{ name: 'revokeInvitation', call: (c, w) => invitationService.revokeInvitation(c, w.a.organisation.id, w.a.invitation.id) },
	{ name: 'createCycle', call: (c, w) => cycleService.createCycle(c, w.a.organisation.id, { name: 'Kartläggning 2027', year: 2027, copy: true }) },
	{ name: 'setCycleStatus', call: (c, w) => cycleService.setCycleStatus(c, w.a.organisation.id, w.am.cycleId, 'closed') },
	{ name: 'saveGrunduppdrag', call: (c, w) => mappingService.saveGrunduppdrag(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, { text: 'Y', version: 1 }) },
	{ name: 'setRelevances', call: (c, w) => mappingService.setRelevances(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, goal6) },
	{ name: 'createActivity', call: (c, w) => activityService.createActivity(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, { name: 'Y', description: null, owner: null }) },
	{
		name: 'updateActivity',
		call: (c, w) => activityService.updateActivity(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.am.activityId, { name: 'Y', description: null, owner: null, version: 1 })
	},
	{ name: 'deleteActivity', call: (c, w) => activityService.deleteActivity(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.am.activityId) },
	{ name: 'createContribution', call: (c, w) => activityService.createContribution(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.am.activityId, link) },
	{
		name: 'updateContribution',
		call: (c, w) => activityService.updateContribution(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.am.contributionId, { ...link, version: 1 })
	},
	{ name: 'deleteContribution', call: (c, w) => activityService.deleteContribution(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.am.contributionId) },
	{ name: 'createChallenge', call: (c, w) => boardService.createChallenge(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, note) },
	{ name: 'updateChallenge', call: (c, w) => boardService.updateChallenge(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.am.challengeId, { ...note, version: 1 }) },
	{ name: 'deleteChallenge', call: (c, w) => boardService.deleteChallenge(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.am.challengeId) },
	{ name: 'createDocument', call: (c, w) => boardService.createDocument(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, doc) },
	{ name: 'updateDocument', call: (c, w) => boardService.updateDocument(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.am.documentId, { ...doc, version: 1 }) },
	{ name: 'deleteDocument', call: (c, w) => boardService.deleteDocument(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, w.am.documentId) },
	{ name: 'recordInput', call: (c, w) => inputService.recordInput(c, w.a.organisation.id, input(w.am.cycleId, w.am.unitId)) },
	{ name: 'createWorkshop', call: (c, w) => workshopService.createWorkshop(c, w.a.organisation.id, newWorkshop(w.am.cycleId, w.am.unitId)) },
	{ name: 'getConsole', call: (c, w) => workshopService.getConsole(c, w.a.organisation.id, w.aw.workshopId) },
	{ name: 'changeWorkshop', call: (c, w) => workshopService.changeWorkshop(c, w.a.organisation.id, w.aw.workshopId, { type: 'step', index: 1 }) },
	{ name: 'setAgreed', call: (c, w) => workshopService.setAgreed(c, w.a.organisation.id, w.aw.workshopId, agree) }
];

/** What of organisation B must stay exactly as it was. */
async function snapshotB(w: World) {
	const id = w.b.organisation.id;
	return {
		org: await db.selectFrom('organisation').selectAll().where('id', '=', id).execute(),
		units: await db.selectFrom('unit').select(['id', 'parent_id', 'name', 'type', 'position']).where('organisation_id', '=', id).orderBy('id').execute(),
		members: await db.selectFrom('membership').select(['user_id', 'role']).where('organisation_id', '=', id).orderBy('user_id').execute(),
		memberUnits: await db.selectFrom('membership_unit').select(['user_id', 'unit_id']).where('organisation_id', '=', id).orderBy('unit_id').execute(),
		invitations: await db.selectFrom('invitation').select(['id', 'accepted_at']).where('organisation_id', '=', id).execute(),
		cycles: await db.selectFrom('mapping_cycle').selectAll().where('organisation_id', '=', id).orderBy('id').execute(),
		mapping: await Promise.all(
			(['mapping_unit', 'mapping_relevance', 'mapping_activity', 'mapping_contribution', 'mapping_challenge', 'mapping_document', 'mapping_input'] as const).map((t) =>
				db.selectFrom(t).selectAll().where('organisation_id', '=', id).orderBy('unit_id').orderBy('created_at').execute()
			)
		),
		workshops: await db.selectFrom('workshop').selectAll().where('organisation_id', '=', id).orderBy('id').execute(),
		guests: await db.selectFrom('workshop_participant').selectAll().where('organisation_id', '=', id).orderBy('id').execute(),
		audit: await db.selectFrom('audit_event').select(['id', 'action']).where('organisation_id', '=', id).orderBy('id').execute()
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
			() => invitationService.revokeInvitation(c, w.a.organisation.id, ''),
			() => cycleService.getCycleOverview(c, w.a.organisation.id, 'x'),
			() => mappingService.getUnitMapping(c, w.a.organisation.id, w.am.cycleId, '../' + w.am.unitId),
			() => activityService.deleteContribution(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, "1' or '1'='1"),
			() => boardService.deleteDocument(c, w.a.organisation.id, w.am.cycleId, w.am.unitId, '')
		])
			expect((await serviceError(call)).status).toBe(404);
	});
});

describe('isolation: join codes and guest sessions', () => {
	const rating = () => ({ id: crypto.randomUUID(), kind: 'goal_relevance', subject: '6', level: 'låg' });
	const guestIntoB: Row[] = [
		{ name: 'getParticipantView(workshop of B, guest of A)', call: (_, w) => guestService.getParticipantView({ db }, w.bw.workshopId, w.aw.guestToken) },
		{ name: 'submitGuestInput(workshop of B, guest of A)', call: (_, w) => guestService.submitGuestInput({ db }, w.bw.workshopId, w.aw.guestToken, rating()) },
		{ name: 'submitGuestInput(workshop of B, no session)', call: (_, w) => guestService.submitGuestInput({ db }, w.bw.workshopId, null, rating()) },
		{ name: 'submitGuestInput(workshop of B, a made-up token)', call: (_, w) => guestService.submitGuestInput({ db }, w.bw.workshopId, w.bw.workshopId, rating()) }
	];
	it.each(guestIntoB)('$name → 404, and B is unchanged', async ({ call }) => {
		const before = await snapshotB(w);
		expect((await serviceError(() => call(ctxOf(db, null), w))).status).toBe(404);
		expect(await snapshotB(w)).toEqual(before);
	});

	it('a join code opens its own workshop only, and that guest sees nothing of the other organisation', async () => {
		const joined = await guestService.joinAsGuest({ db }, { code: w.aw.joinCode, displayName: 'Kim', address: '192.0.2.7' });
		expect(joined.workshopId).toBe(w.aw.workshopId);
		const view = await guestService.getParticipantView({ db }, w.aw.workshopId, joined.token);
		expect(JSON.stringify(view)).not.toContain(w.b.organisation.id);
		expect(view.unit.id).toBe(w.am.unitId);
		expect((await serviceError(guestService.getParticipantView({ db }, w.bw.workshopId, joined.token))).status).toBe(404);
	});

	it('a guest session is not a login: it reaches no organisation service', async () => {
		expect((await serviceError(workshopService.getConsole(ctxOf(db, null), w.a.organisation.id, w.aw.workshopId))).status).toBe(401);
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
