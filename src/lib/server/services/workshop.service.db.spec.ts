import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import { ConflictError } from './conflict.js';
import { createCycle } from './cycle.service.js';
import { changeWorkshop, createWorkshop, getConsole, getProjector, openWorkshopStream, setAgreed } from './workshop.service.js';
import { joinAsGuest, submitGuestInput } from './guest.service.js';
import { workshopBus, workshopChannel } from './workshop-live.js';
import type { BusEvent } from '../realtime/index.js';

const db = await useTestDb();
let a: OrganisationFixture;
let cycleId: string;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
	cycleId = (await createCycle(ctxOf(db, a.samordnare), a.organisation.id, { name: 'K', year: 2026, copy: false })).id;
});

const org = () => a.organisation.id;
const lead = () => ctxOf(db, a.processledare);
const make = (over: Partial<Parameters<typeof createWorkshop>[2]> = {}) =>
	createWorkshop(lead(), org(), { name: 'Socialnämnden vår', cycleId, unitIds: [a.units.sn.id, a.units.ks.id], steps: ['summary', 'goals', 'intro', 'targets'], ...over });

describe('creating a workshop', () => {
	it('keeps the chosen steps in the standard order, starts planned on the first unit, with a six-character code', async () => {
		const w = await make();
		expect(w).toMatchObject({ steps: ['intro', 'goals', 'targets', 'summary'], stepIndex: 0, currentUnitId: a.units.sn.id, status: 'planned', seq: 0, showResults: false });
		expect(w.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
		const audit = await db.selectFrom('audit_event').select(['action', 'workshop_id']).where('entity', '=', 'workshop').execute();
		expect(audit).toEqual([{ action: 'workshop.create', workshop_id: w.id }]);
	});

	it('refuses no steps, no units, another organisation’s units or cycle, and a deltagare (403)', async () => {
		expect((await serviceError(make({ steps: [] }))).messageKey).toBe('workshop.error.steps');
		expect((await serviceError(make({ unitIds: [] }))).messageKey).toBe('workshop.error.units');
		const b = await makeOrganisation(db, 'Beta');
		expect((await serviceError(make({ unitIds: [b.units.sn.id] }))).status).toBe(404);
		const bCycle = (await createCycle(ctxOf(db, b.samordnare), b.organisation.id, { name: 'K', year: 2026, copy: false })).id;
		expect((await serviceError(make({ cycleId: bCycle }))).status).toBe(404);
		expect((await serviceError(createWorkshop(ctxOf(db, a.deltagare), org(), { name: 'X', cycleId, unitIds: [a.units.sn.id], steps: ['goals'] }))).status).toBe(403);
	});
});

describe('running a workshop', () => {
	it('every change takes the next sequence number in the database and is published after commit', async () => {
		const w = await make();
		const seen: BusEvent[] = [];
		const stop = workshopBus().subscribe(workshopChannel(w.id), (e) => seen.push(e));
		await stop.ready;
		const opened = await changeWorkshop(lead(), org(), w.id, { type: 'status', status: 'open' });
		const stepped = await changeWorkshop(lead(), org(), w.id, { type: 'step', index: 1 });
		const unit = await changeWorkshop(lead(), org(), w.id, { type: 'unit', unitId: a.units.ks.id });
		const shown = await changeWorkshop(lead(), org(), w.id, { type: 'results', show: true });
		stop();
		expect([opened.seq, stepped.seq, unit.seq, shown.seq]).toEqual([1, 2, 3, 4]);
		expect(shown).toMatchObject({ status: 'open', stepIndex: 1, currentUnitId: a.units.ks.id, showResults: true });
		expect(seen.map((e) => [e.type, e.seq])).toEqual([
			['state', 1],
			['state', 2],
			['state', 3],
			['state', 4]
		]);
	});

	it('a stream opened while a change commits reports that change in its first sync number, not the number it was opened at', async () => {
		const w = await make();
		const stream = await openWorkshopStream(lead(), org(), w.id);
		// The change commits after the stream was asked for but before it subscribed: no event reaches it, so
		// only the sync number can tell the page its data is out of date.
		const changed = await changeWorkshop(lead(), org(), w.id, { type: 'status', status: 'open' });
		const stop = await stream.subscribe(() => {}, () => {});
		await (stop as { ready?: Promise<void> }).ready;
		expect(await stream.initial!(null)).toEqual([{ type: 'sync', seq: changed.seq }]);
		expect(await stream.initial!(changed.seq)).toEqual([]);
		stop();
	});

	it('refuses a step outside the workshop and a unit not chosen for it', async () => {
		const w = await make();
		expect((await serviceError(changeWorkshop(lead(), org(), w.id, { type: 'step', index: 4 }))).status).toBe(400);
		expect((await serviceError(changeWorkshop(lead(), org(), w.id, { type: 'unit', unitId: a.units.ekonomi.id }))).status).toBe(404);
		expect((await db.selectFrom('workshop').select('seq').executeTakeFirstOrThrow()).seq).toEqual(0);
	});

	it('the console shows the distribution per goal, wide disagreement first; the projector shows counts and no names', async () => {
		const w = await make();
		await changeWorkshop(lead(), org(), w.id, { type: 'status', status: 'open' });
		await changeWorkshop(lead(), org(), w.id, { type: 'step', index: 1 });
		const one = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: '1' });
		const two = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Ali', address: '1' });
		const rate = (t: string, subject: string, level: string) => submitGuestInput({ db }, w.id, t, { id: crypto.randomUUID(), kind: 'goal_relevance', subject, level });
		await rate(one.token, '6', 'hög');
		await rate(two.token, '6', 'låg');
		await rate(one.token, '3', 'medel');
		await rate(two.token, '3', 'låg');
		await rate(two.token, '3', 'medel'); // changed their mind: only the latest counts
		const c = await getConsole(lead(), org(), w.id);
		expect(c).toMatchObject({ participants: 2, answered: 2, step: 'goals', kind: 'goal_relevance' });
		expect(c.items).toHaveLength(17);
		expect(c.items[0]).toMatchObject({ subject: '6', total: 2, disagreement: true, counts: { hög: 1, låg: 1, medel: 0 } });
		expect(c.items.find((i) => i.subject === '3')).toMatchObject({ total: 2, disagreement: false, counts: { medel: 2, låg: 0 } });
		const p = await getProjector(lead(), org(), w.id);
		expect(p.participants).toBe(2);
		expect(JSON.stringify(p)).not.toMatch(/Kim|Ali/);
	});

	it('agreed values go through the mapping’s versions: a stale version is a conflict, not an overwrite', async () => {
		const w = await make();
		const first = await setAgreed(lead(), org(), w.id, { kind: 'goal', code: '6', level: 'hög', version: 0 });
		expect(first.seq).toBe(1);
		const e = await serviceError(setAgreed(ctxOf(db, a.samordnare), org(), w.id, { kind: 'goal', code: '6', level: 'låg', version: 0 }));
		expect(e).toBeInstanceOf(ConflictError);
		expect(e.status).toBe(409);
		const stored = await db.selectFrom('mapping_relevance').select(['level', 'version', 'unit_id']).execute();
		expect(stored).toEqual([{ level: 'hög', version: 1, unit_id: a.units.sn.id }]);
		await setAgreed(lead(), org(), w.id, { kind: 'goal', code: '6', level: 'medel', version: 1 });
		// The target step then covers goal 6 (agreed medel or hög) and the facilitator's extra goal 14.
		await changeWorkshop(lead(), org(), w.id, { type: 'extraGoal', goal: 14, add: true });
		await changeWorkshop(lead(), org(), w.id, { type: 'step', index: 2 });
		const c = await getConsole(lead(), org(), w.id);
		expect(c.targetGoals).toEqual([6, 14]);
		expect(c.items.every((i) => /^(6|14)\./.test(i.subject))).toBe(true);
	});

	it('closing ends the guests’ sessions and frees the code', async () => {
		const w = await make();
		await changeWorkshop(lead(), org(), w.id, { type: 'status', status: 'open' });
		const g = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: '1' });
		await changeWorkshop(lead(), org(), w.id, { type: 'status', status: 'closed' });
		const e = await serviceError(submitGuestInput({ db }, w.id, g.token, { id: crypto.randomUUID(), kind: 'goal_relevance', subject: '6', level: 'hög' }));
		expect(e.status).toBe(404);
		expect((await serviceError(joinAsGuest({ db }, { code: w.joinCode, displayName: 'Ny', address: '1' }))).status).toBe(400);
	});
});
