import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import { listAuditEvents } from '../repositories/audit.repository.js';
import { createActivity, createContribution } from './activity.service.js';
import { createChallenge, createDocument } from './board.service.js';
import { createCycle, getCycleOverview, listCycles, setCycleStatus } from './cycle.service.js';
import { recordInput } from './input.service.js';
import { getUnitMapping, saveGrunduppdrag, setRelevances } from './mapping.service.js';

const db = await useTestDb();
let a: OrganisationFixture;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
});

const org = () => a.organisation.id;

describe('cycles', () => {
	it('are listed newest first to every member; only the samordnare starts one', async () => {
		const sam = ctxOf(db, a.samordnare);
		await createCycle(sam, org(), { name: 'Kartläggning 2025', year: 2025, copy: false });
		await createCycle(sam, org(), { name: 'Kartläggning 2026', year: 2026, copy: false });
		const { cycles, canManage } = await listCycles(ctxOf(db, a.lasare), org());
		expect(cycles.map((c) => [c.name, c.status])).toEqual([
			['Kartläggning 2026', 'open'],
			['Kartläggning 2025', 'open']
		]);
		expect(canManage).toBe(false);
		for (const who of [a.lasare, a.deltagare, a.processledare])
			expect((await serviceError(() => createCycle(ctxOf(db, who), org(), { name: 'X', year: 2026, copy: false }))).status).toBe(403);
	});

	it('refuses a name already used (any case) and a copy when there is nothing to copy', async () => {
		const sam = ctxOf(db, a.samordnare);
		const first = await serviceError(() => createCycle(sam, org(), { name: 'K', year: 2026, copy: true }));
		expect([first.status, first.messageKey, first.params]).toEqual([400, 'mapping.error.nothingToCopy', { field: 'start' }]);
		await createCycle(sam, org(), { name: 'Kartläggning 2026', year: 2026, copy: false });
		const again = await serviceError(() => createCycle(sam, org(), { name: 'kartläggning 2026', year: 2027, copy: false }));
		expect([again.status, again.messageKey, again.params]).toEqual([409, 'mapping.error.cycleName', { field: 'name' }]);
		expect((await listCycles(sam, org())).cycles).toHaveLength(1);
	});

	it('starts as a copy of the latest cycle: the agreed mapping comes along, individual inputs do not', async () => {
		const sam = ctxOf(db, a.samordnare);
		const sn = a.units.sn.id;
		const old = await createCycle(sam, org(), { name: 'Kartläggning 2025', year: 2025, copy: false });
		await saveGrunduppdrag(sam, org(), old.id, sn, { text: 'Socialtjänst enligt SoL.', version: 0 });
		await setRelevances(sam, org(), old.id, sn, [
			{ kind: 'goal', code: '1', level: 'hög', motivation: 'Ekonomiskt bistånd.', version: 0 },
			{ kind: 'target', code: '1.2', level: 'medel', motivation: null, version: 0 }
		]);
		const activity = await createActivity(sam, org(), old.id, sn, { name: 'Försörjningsstöd', description: null, owner: 'Socialkontoret' });
		await createContribution(sam, org(), old.id, sn, activity.id, {
			targetCode: '1.2',
			direction: 'bidrar',
			strength: 3,
			directness: 'direkt',
			motivation: null,
			indicator: { kind: 'kolada', ref: 'N31807' }
		});
		await createChallenge(sam, org(), old.id, sn, { dimension: 'social', kind: 'utmaning', text: 'Barnfattigdom', targetCodes: ['1.2'] });
		await createDocument(sam, org(), old.id, sn, { name: 'Socialnämndens verksamhetsplan', type: 'plan', url: 'https://example.se/vp.pdf', targetCodes: [] });
		await recordInput(sam, org(), { id: crypto.randomUUID(), cycleId: old.id, unitId: sn, kind: 'goal_relevance', subject: '1', value: { level: 'medel' } });

		const copy = await createCycle(ctxOf(db, a.samordnare), org(), { name: 'Kartläggning 2026', year: 2026, copy: true });
		expect(copy.copiedFromId).toBe(old.id);
		const before = await getUnitMapping(sam, org(), old.id, sn);
		const after = await getUnitMapping(sam, org(), copy.id, sn);
		expect(after.grunduppdrag).toMatchObject({ text: 'Socialtjänst enligt SoL.', version: 1, agreedBy: a.samordnare.id });
		expect(after.relevance.map((r) => [r.kind, r.code, r.level, r.motivation, r.version])).toEqual(
			expect.arrayContaining([
				['goal', '1', 'hög', 'Ekonomiskt bistånd.', 1],
				['target', '1.2', 'medel', null, 1]
			])
		);
		expect(after.activities).toHaveLength(1);
		expect(after.activities[0]!.id).not.toBe(activity.id);
		expect(after.activities[0]!.contributions).toMatchObject([
			{ activityId: after.activities[0]!.id, targetCode: '1.2', strength: 3, indicator: { kind: 'kolada', ref: 'N31807' }, version: 1 }
		]);
		expect(after.challenges.map((c) => c.text)).toEqual(['Barnfattigdom']);
		expect(after.documents.map((d) => d.url)).toEqual(['https://example.se/vp.pdf']);
		// Individual ratings stay with the cycle they were given in.
		expect(before.ratings).toEqual({ 'goal:1': { medel: 1 } });
		expect(after.ratings).toEqual({});

		// The copy is independent: changing it leaves last year's cycle as it was.
		await setRelevances(sam, org(), copy.id, sn, [{ kind: 'goal', code: '1', level: 'medel', motivation: null, version: 1 }]);
		expect((await getUnitMapping(sam, org(), old.id, sn)).relevance.find((r) => r.code === '1')!.level).toBe('hög');

		const events = await listAuditEvents(db, org(), { cycleId: copy.id });
		expect(events[0]).toMatchObject({
			action: 'cycle.copy',
			actorUserId: a.samordnare.id,
			details: { copiedFromId: old.id, copied: { grunduppdrag: 1, activities: 1, contributions: 1, relevance: 2, documents: 1, challenges: 1 } }
		});
	});

	it('a closed cycle can be read but not changed, until it is reopened', async () => {
		const sam = ctxOf(db, a.samordnare);
		const cycle = await createCycle(sam, org(), { name: 'K', year: 2026, copy: false });
		expect((await serviceError(() => setCycleStatus(ctxOf(db, a.processledare), org(), cycle.id, 'closed'))).status).toBe(403);
		await setCycleStatus(sam, org(), cycle.id, 'closed');
		const e = await serviceError(() => saveGrunduppdrag(sam, org(), cycle.id, a.units.sn.id, { text: 'X', version: 0 }));
		expect([e.status, e.messageKey]).toEqual([409, 'mapping.error.cycleClosed']);
		expect((await getUnitMapping(sam, org(), cycle.id, a.units.sn.id)).canEdit).toBe(false);
		await setCycleStatus(sam, org(), cycle.id, 'open');
		await saveGrunduppdrag(sam, org(), cycle.id, a.units.sn.id, { text: 'X', version: 0 });
		const statusEvents = (await listAuditEvents(db, org(), { cycleId: cycle.id })).filter((ev) => ev.action === 'cycle.status');
		expect(statusEvents.map((ev) => ev.details)).toEqual([
			{ from: 'open', to: 'closed' },
			{ from: 'closed', to: 'open' }
		]);
	});

	it('shows every unit with its progress, and which units the caller may edit', async () => {
		const sam = ctxOf(db, a.samordnare);
		const cycle = await createCycle(sam, org(), { name: 'K', year: 2026, copy: false });
		await setRelevances(sam, org(), cycle.id, a.units.sn.id, [
			{ kind: 'goal', code: '3', level: 'hög', motivation: null, version: 0 },
			{ kind: 'goal', code: '5', level: 'låg', motivation: null, version: 0 }
		]);
		await createActivity(sam, org(), cycle.id, a.units.sn.id, { name: 'Hemtjänst', description: null, owner: null });
		const overview = await getCycleOverview(ctxOf(db, a.deltagare), org(), cycle.id);
		expect(overview.units.map((u) => [u.unit.name, u.unit.depth, u.progress.goals, u.progress.activities, u.canEdit])).toEqual([
			['Kommunstyrelsen', 0, 0, 0, false],
			['Kommunledningsförvaltningen', 1, 0, 0, false],
			['Ekonomi', 2, 0, 0, false],
			['Socialnämnden', 0, 2, 1, true]
		]);
	});
});
