import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import { listAuditEvents } from '../repositories/audit.repository.js';
import { ConflictError } from './conflict.js';
import { createCycle } from './cycle.service.js';
import { recordInput } from './input.service.js';
import { getUnitMapping, saveGrunduppdrag, setRelevances, type RelevanceEdit } from './mapping.service.js';

const db = await useTestDb();
let a: OrganisationFixture;
let cycleId: string;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
	cycleId = (await createCycle(ctxOf(db, a.samordnare), a.organisation.id, { name: 'Kartläggning 2026', year: 2026, copy: false })).id;
});

const org = () => a.organisation.id;
const goal = (code: string, level: RelevanceEdit['level'], version: number, motivation: string | null = null): RelevanceEdit => ({
	kind: 'goal',
	code,
	level,
	motivation,
	version
});
const mappingOf = (unitId = a.units.sn.id) => getUnitMapping(ctxOf(db, a.lasare), org(), cycleId, unitId);
const levelOf = async (code: string) => (await mappingOf()).relevance.find((r) => r.code === code);

describe('agreed relevance', () => {
	it('is stored with who agreed it and a version, and shown to every member', async () => {
		await setRelevances(ctxOf(db, a.deltagare), org(), cycleId, a.units.sn.id, [goal('3', 'hög', 0, 'Vård och omsorg.'), goal('4', null, 0)]);
		const m = await mappingOf();
		expect(m.relevance).toMatchObject([{ kind: 'goal', code: '3', level: 'hög', motivation: 'Vård och omsorg.', version: 1, agreedBy: a.deltagare.id }]);
		expect(m.people[a.deltagare.id]).toBe('deltagare');
		expect(m.canEdit).toBe(false); // the läsare reads it
	});

	it('refuses an update carrying a stale version (409) and shows the value stored now — never a silent overwrite', async () => {
		const sn = a.units.sn.id;
		await setRelevances(ctxOf(db, a.samordnare), org(), cycleId, sn, [goal('6', 'medel', 0)]);
		// Two people opened the form at version 1; the first one saves.
		await setRelevances(ctxOf(db, a.processledare), org(), cycleId, sn, [goal('6', 'hög', 1, 'Vattenverket.')]);
		const e = await serviceError(() => setRelevances(ctxOf(db, a.deltagare), org(), cycleId, sn, [goal('6', 'låg', 1)]));
		expect(e).toBeInstanceOf(ConflictError);
		expect([e.status, e.messageKey]).toEqual([409, 'mapping.error.conflict']);
		expect((e as ConflictError).items).toEqual([
			{
				subject: { key: 'mapping.conflict.goal', params: { number: '6' } },
				by: 'processledare',
				at: expect.any(Date),
				version: 2,
				fields: [
					{ label: 'mapping.field.level', value: 'hög', valueKey: 'mapping.level.hog' },
					{ label: 'mapping.field.motivation', value: 'Vattenverket.' }
				]
			}
		]);
		expect(await levelOf('6')).toMatchObject({ level: 'hög', version: 2, agreedBy: a.processledare.id });
		// Having seen it, the person saves again on the current version.
		await setRelevances(ctxOf(db, a.deltagare), org(), cycleId, sn, [goal('6', 'låg', 2)]);
		expect(await levelOf('6')).toMatchObject({ level: 'låg', version: 3 });
	});

	it('a first value saved twice concurrently (both from version 0) is a conflict too', async () => {
		await setRelevances(ctxOf(db, a.samordnare), org(), cycleId, a.units.sn.id, [goal('1', 'hög', 0)]);
		const e = await serviceError(() => setRelevances(ctxOf(db, a.deltagare), org(), cycleId, a.units.sn.id, [goal('1', 'låg', 0)]));
		expect(e.status).toBe(409);
		expect(await levelOf('1')).toMatchObject({ level: 'hög', version: 1 });
	});

	it('saves nothing of a form with one stale item, and skips items that did not change', async () => {
		const sn = a.units.sn.id;
		await setRelevances(ctxOf(db, a.samordnare), org(), cycleId, sn, [goal('2', 'låg', 0), goal('3', 'låg', 0)]);
		await setRelevances(ctxOf(db, a.samordnare), org(), cycleId, sn, [goal('3', 'medel', 1)]);
		// The deltagare's form still shows version 1 for both; goal 2 is changed, goal 3 is stale.
		const e = await serviceError(() => setRelevances(ctxOf(db, a.deltagare), org(), cycleId, sn, [goal('2', 'hög', 1), goal('3', 'hög', 1)]));
		expect((e as ConflictError).items.map((i) => i.subject.params)).toEqual([{ number: '3' }]);
		expect((await levelOf('2'))!.level).toBe('låg');
		// Unchanged items never conflict, whatever version they carry.
		const r = await setRelevances(ctxOf(db, a.deltagare), org(), cycleId, sn, [goal('2', 'låg', 1), goal('3', 'medel', 1), goal('4', 'vet_ej', 0)]);
		expect(r.changed).toBe(1);
	});

	it('accepts targets from the catalogue only', async () => {
		const ctx = ctxOf(db, a.samordnare);
		await setRelevances(ctx, org(), cycleId, a.units.sn.id, [{ kind: 'target', code: '6.b', level: 'medel', motivation: null, version: 0 }]);
		for (const code of ['6.9', '18.1', '6.3.1'])
			expect((await serviceError(() => setRelevances(ctx, org(), cycleId, a.units.sn.id, [{ kind: 'target', code, level: 'hög', motivation: null, version: 0 }]))).status).toBe(400);
		expect((await serviceError(() => setRelevances(ctx, org(), cycleId, a.units.sn.id, [goal('18', 'hög', 0)]))).status).toBe(400);
	});
});

describe('who may edit a unit', () => {
	const edit = (who: { id: string }, unitId: string) => setRelevances(ctxOf(db, who), org(), cycleId, unitId, [goal('11', 'hög', 0)]);

	it('a deltagare edits the units they belong to, and gets 403 on the others', async () => {
		await edit(a.deltagare, a.units.sn.id);
		expect((await serviceError(() => edit(a.deltagare, a.units.ks.id))).status).toBe(403);
		expect((await serviceError(() => saveGrunduppdrag(ctxOf(db, a.deltagare), org(), cycleId, a.units.klf.id, { text: 'X', version: 0 }))).status).toBe(403);
		expect((await getUnitMapping(ctxOf(db, a.deltagare), org(), cycleId, a.units.sn.id)).canEdit).toBe(true);
		expect((await getUnitMapping(ctxOf(db, a.deltagare), org(), cycleId, a.units.ks.id)).canEdit).toBe(false);
	});

	it('mapping.editAll (samordnare, processledare) edits any unit; a läsare none', async () => {
		await edit(a.processledare, a.units.ks.id);
		await edit(a.samordnare, a.units.ekonomi.id);
		expect((await serviceError(() => edit(a.lasare, a.units.sn.id))).status).toBe(403);
		expect((await getUnitMapping(ctxOf(db, a.processledare), org(), cycleId, a.units.ekonomi.id)).canEdit).toBe(true);
	});

	it('unknown or malformed cycle and unit ids are 404', async () => {
		const ctx = ctxOf(db, a.samordnare);
		for (const [c, u] of [
			[crypto.randomUUID(), a.units.sn.id],
			[cycleId, crypto.randomUUID()],
			['x', a.units.sn.id],
			[cycleId, "1' or '1'='1"]
		] as const) {
			expect((await serviceError(() => getUnitMapping(ctx, org(), c, u))).status).toBe(404);
			expect((await serviceError(() => setRelevances(ctx, org(), c, u, [goal('1', 'hög', 0)]))).status).toBe(404);
		}
	});
});

describe('grunduppdrag', () => {
	it('is saved, versioned, and a stale save is a conflict showing the current text', async () => {
		const sn = a.units.sn.id;
		await saveGrunduppdrag(ctxOf(db, a.deltagare), org(), cycleId, sn, { text: 'Stöd och omsorg.', version: 0 });
		await saveGrunduppdrag(ctxOf(db, a.samordnare), org(), cycleId, sn, { text: 'Stöd, omsorg och skydd.', version: 1 });
		const e = (await serviceError(() => saveGrunduppdrag(ctxOf(db, a.deltagare), org(), cycleId, sn, { text: 'Annat.', version: 1 }))) as ConflictError;
		expect(e.status).toBe(409);
		expect(e.items[0]).toMatchObject({ by: 'samordnare', version: 2, fields: [{ value: 'Stöd, omsorg och skydd.' }] });
		expect((await mappingOf()).grunduppdrag).toMatchObject({ text: 'Stöd, omsorg och skydd.', version: 2, agreedBy: a.samordnare.id });
	});
});

describe('the audit trail', () => {
	it('records who changed what, before and after', async () => {
		const sn = a.units.sn.id;
		await saveGrunduppdrag(ctxOf(db, a.deltagare), org(), cycleId, sn, { text: 'Stöd.', version: 0 });
		await setRelevances(ctxOf(db, a.deltagare), org(), cycleId, sn, [goal('5', 'medel', 0)]);
		await setRelevances(ctxOf(db, a.samordnare), org(), cycleId, sn, [goal('5', 'hög', 1, 'Jämställd service.')]);
		// A refused (stale) save writes nothing.
		await serviceError(() => setRelevances(ctxOf(db, a.deltagare), org(), cycleId, sn, [goal('5', 'låg', 1)]));
		const events = (await listAuditEvents(db, org(), { cycleId, unitId: sn })).map((e) => [e.action, e.actorUserId, e.entityId, e.details]);
		expect(events).toEqual([
			['grunduppdrag.set', a.deltagare.id, sn, { before: null, after: 'Stöd.' }],
			['relevance.set', a.deltagare.id, 'goal:5', { kind: 'goal', code: '5', before: null, after: { level: 'medel', motivation: null } }],
			['relevance.set', a.samordnare.id, 'goal:5', { kind: 'goal', code: '5', before: { level: 'medel', motivation: null }, after: { level: 'hög', motivation: 'Jämställd service.' } }]
		]);
	});
});

describe('individual ratings beside the agreed value', () => {
	it('counts each person’s current rating per goal and target', async () => {
		const sn = a.units.sn.id;
		const rate = (who: { id: string }, kind: 'goal_relevance' | 'target_relevance', subject: string, level: string) =>
			recordInput(ctxOf(db, who), org(), { id: crypto.randomUUID(), cycleId, unitId: sn, kind, subject, value: { level } });
		await rate(a.deltagare, 'goal_relevance', '3', 'låg');
		await rate(a.deltagare, 'goal_relevance', '3', 'hög'); // changed their mind: the latest counts
		await rate(a.samordnare, 'goal_relevance', '3', 'hög');
		await rate(a.processledare, 'goal_relevance', '3', 'medel');
		await rate(a.processledare, 'target_relevance', '3.8', 'hög');
		expect((await mappingOf()).ratings).toEqual({ 'goal:3': { hög: 2, medel: 1 }, 'target:3.8': { hög: 1 } });
		expect((await mappingOf()).relevance).toEqual([]);
	});
});
