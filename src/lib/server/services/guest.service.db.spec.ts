import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import type { Workshop } from '#lib/domain/workshop.js';
import { createCycle } from './cycle.service.js';
import { changeWorkshop, createWorkshop, setAgreed } from './workshop.service.js';
import { checkJoinCode, getParticipantView, getThankYou, joinAsGuest, submitGuestInput, type GuestInput } from './guest.service.js';
import { workshopBus, workshopChannel } from './workshop-live.js';
import type { BusEvent } from '../realtime/index.js';

const db = await useTestDb();
let a: OrganisationFixture;
let w: Workshop;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
	const lead = ctxOf(db, a.processledare);
	const cycleId = (await createCycle(ctxOf(db, a.samordnare), a.organisation.id, { name: 'K', year: 2026, copy: false })).id;
	w = await createWorkshop(lead, a.organisation.id, { name: 'Vår', cycleId, unitIds: [a.units.sn.id, a.units.ks.id], steps: ['intro', 'goals'] });
	w = await changeWorkshop(lead, a.organisation.id, w.id, { type: 'status', status: 'open' });
});

const rating = (over: Partial<GuestInput> = {}): GuestInput => ({ id: crypto.randomUUID(), kind: 'goal_relevance', subject: '6', level: 'hög', ...over });
const spaced = (code: string) => ` ${code.slice(0, 3).toLowerCase()} ${code.slice(3)} `;

describe('joining', () => {
	it('a code typed in any case with spaces joins as a guest of that workshop only', async () => {
		const joined = await joinAsGuest({ db }, { code: spaced(w.joinCode), displayName: '  Kim ', address: '10.0.0.1' });
		expect(joined.workshopId).toBe(w.id);
		const row = await db.selectFrom('workshop_participant').selectAll().executeTakeFirstOrThrow();
		expect(row).toMatchObject({ display_name: 'Kim', workshop_id: w.id, organisation_id: a.organisation.id });
		// Only the hash of the token is stored.
		expect(row.token_hash).not.toBe(joined.token);
		expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
		const view = await getParticipantView({ db }, w.id, joined.token);
		expect(view).toMatchObject({ step: 'intro', unit: { id: a.units.sn.id, name: 'Socialnämnden' }, guest: { displayName: 'Kim' } });
	});

	it('a planned workshop’s code does not join yet; an empty or long name is refused', async () => {
		const lead = ctxOf(db, a.processledare);
		const cycleId = w.cycleId;
		const planned = await createWorkshop(lead, a.organisation.id, { name: 'Sen', cycleId, unitIds: [a.units.sn.id], steps: ['goals'] });
		expect((await serviceError(joinAsGuest({ db }, { code: planned.joinCode, displayName: 'Kim', address: 'x' }))).messageKey).toBe('workshop.error.code');
		expect((await serviceError(joinAsGuest({ db }, { code: w.joinCode, displayName: '  ', address: 'x' }))).messageKey).toBe('form.required');
		expect((await serviceError(joinAsGuest({ db }, { code: w.joinCode, displayName: 'x'.repeat(41), address: 'x' }))).messageKey).toBe('workshop.error.nameTooLong');
	});

	it('wrong codes: the 21st in a minute from one address is 429, counted in the database; another address is not affected', async () => {
		const statuses: number[] = [];
		for (let i = 0; i < 21; i++) statuses.push((await serviceError(checkJoinCode({ db }, 'ZZZZZZ', '10.0.0.9'))).status);
		expect(statuses).toEqual([...Array(20).fill(400), 429]);
		expect((await serviceError(checkJoinCode({ db }, 'ZZZZZZ', '10.0.0.9'))).messageKey).toBe('workshop.error.tooManyCodes');
		expect(await db.selectFrom('rate_limit').select(['key', 'count']).execute()).toEqual([{ key: 'join:address:10.0.0.9', count: 22 }]);
		expect((await serviceError(checkJoinCode({ db }, 'ZZZZZZ', '10.0.0.8'))).status).toBe(400);
		// Right codes are taken back: a room joining together is never held back by its own joins.
		for (let i = 0; i < 30; i++) expect((await checkJoinCode({ db }, w.joinCode, '10.0.0.7')).workshopId).toBe(w.id);
	});

	it('no oracle (issue 21): while an address is held back the right code gets the same answer as a wrong one; after the window it joins', async () => {
		for (let i = 0; i < 20; i++) await serviceError(checkJoinCode({ db }, 'ZZZZZZ', '10.0.0.9'));
		const wrong = await serviceError(checkJoinCode({ db }, 'ZZZZZZ', '10.0.0.9'));
		const right = await serviceError(joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: '10.0.0.9' }));
		expect([right.status, right.messageKey, right.params]).toEqual([wrong.status, wrong.messageKey, wrong.params]);
		await db.updateTable('rate_limit').set({ window_start: new Date(Date.now() - 61_000) }).execute();
		expect((await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: '10.0.0.9' })).workshopId).toBe(w.id);
	});

	it('40 parallel guesses from one address: at most 20 are looked up', async () => {
		const errors = await Promise.all(Array.from({ length: 40 }, () => serviceError(checkJoinCode({ db }, 'ZZZZZZ', '10.0.0.6'))));
		expect(errors.filter((e) => e.status === 400).length).toBeLessThanOrEqual(20);
		expect(errors.every((e) => e.status === 400 || e.status === 429)).toBe(true);
	});

	it("a closed workshop's code has expired: the same answer as a wrong code", async () => {
		await changeWorkshop(ctxOf(db, a.processledare), a.organisation.id, w.id, { type: 'status', status: 'closed' });
		const closed = await serviceError(checkJoinCode({ db }, w.joinCode, '10.0.0.5'));
		const wrong = await serviceError(checkJoinCode({ db }, 'ZZZZZZ', '10.0.0.5'));
		expect([closed.status, closed.messageKey]).toEqual([wrong.status, wrong.messageKey]);
	});
});

describe('inputs', () => {
	it('are stored with the workshop and its next sequence number before the acknowledgement; a retry returns the original ack', async () => {
		const g = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: 'x' });
		const seen: BusEvent[] = [];
		const stop = workshopBus().subscribe(workshopChannel(w.id), (e) => seen.push(e));
		await stop.ready;
		const sent = rating();
		const ack = await submitGuestInput({ db }, w.id, g.token, sent);
		const retry = await submitGuestInput({ db }, w.id, g.token, sent);
		const second = await submitGuestInput({ db }, w.id, g.token, rating({ subject: '3' }));
		stop();
		expect(ack).toEqual({ id: sent.id, seq: w.seq + 2, stored: true });
		expect(retry).toEqual({ id: sent.id, seq: ack.seq, stored: false });
		expect(second.seq).toBe(ack.seq + 1);
		const rows = await db.selectFrom('mapping_input').select(['id', 'workshop_id', 'seq', 'unit_id', 'author_guest_id', 'author_user_id']).orderBy('seq').execute();
		expect(rows).toHaveLength(2);
		expect(rows[0]).toMatchObject({ id: sent.id, workshop_id: w.id, unit_id: a.units.sn.id, author_user_id: null });
		expect(Number(rows[0]!.seq)).toBe(ack.seq);
		// Events carry ids and counts' subjects, never the value or who gave it.
		expect(seen.map((e) => [e.type, e.seq])).toEqual([
			['input', ack.seq],
			['input', second.seq]
		]);
		expect(JSON.stringify(seen)).not.toMatch(/hög|Kim/);
	});

	it('concurrent inputs get distinct, gap-free sequence numbers', async () => {
		const g = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: 'x' });
		const acks = await Promise.all(Array.from({ length: 8 }, (_, i) => submitGuestInput({ db }, w.id, g.token, rating({ subject: String(i + 1) }))));
		const seqs = acks.map((x) => x.seq).sort((x, y) => x - y);
		expect(new Set(seqs).size).toBe(8);
		expect(seqs[7]! - seqs[0]!).toBe(7);
	});

	it('an id used by another guest is 409; bad subjects and levels are 400; a stale unit is 409', async () => {
		const one = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: 'x' });
		const two = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Ali', address: 'x' });
		const sent = rating();
		await submitGuestInput({ db }, w.id, one.token, sent);
		expect((await serviceError(submitGuestInput({ db }, w.id, two.token, sent))).status).toBe(409);
		expect((await serviceError(submitGuestInput({ db }, w.id, two.token, rating({ subject: '18' })))).status).toBe(400);
		expect((await serviceError(submitGuestInput({ db }, w.id, two.token, rating({ level: 'super' })))).status).toBe(400);
		expect((await serviceError(submitGuestInput({ db }, w.id, two.token, rating({ kind: 'target_relevance', subject: '6.99' })))).status).toBe(400);
		expect((await serviceError(submitGuestInput({ db }, w.id, two.token, rating({ unitId: a.units.ks.id })))).messageKey).toBe('workshop.error.unitChanged');
		expect(await db.selectFrom('mapping_input').select('id').execute()).toEqual([{ id: sent.id }]);
	});

	it('a participant sees their own answers, and the group’s only when the facilitator shows results', async () => {
		const lead = ctxOf(db, a.processledare);
		await changeWorkshop(lead, a.organisation.id, w.id, { type: 'step', index: 1 });
		const one = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: 'x' });
		const two = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Ali', address: 'x' });
		await submitGuestInput({ db }, w.id, one.token, rating({ level: 'låg' }));
		await submitGuestInput({ db }, w.id, two.token, rating({ level: 'hög' }));
		const hidden = await getParticipantView({ db }, w.id, one.token);
		expect(hidden).toMatchObject({ kind: 'goal_relevance', mine: { '6': 'låg' }, group: null });
		expect(hidden.subjects).toHaveLength(17);
		await changeWorkshop(lead, a.organisation.id, w.id, { type: 'results', show: true });
		const shown = await getParticipantView({ db }, w.id, one.token);
		expect(shown.group?.['6']).toMatchObject({ låg: 1, hög: 1 });
		expect(JSON.stringify(shown)).not.toMatch(/Ali/);
	});

	it('a token never opens another workshop, and no token or a made-up one is 404', async () => {
		const lead = ctxOf(db, a.processledare);
		const other = await changeWorkshop(
			lead,
			a.organisation.id,
			(await createWorkshop(lead, a.organisation.id, { name: 'Annan', cycleId: w.cycleId, unitIds: [a.units.ks.id], steps: ['goals'] })).id,
			{ type: 'status', status: 'open' }
		);
		const g = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: 'x' });
		expect((await serviceError(getParticipantView({ db }, other.id, g.token))).status).toBe(404);
		expect((await serviceError(submitGuestInput({ db }, other.id, g.token, rating()))).status).toBe(404);
		expect((await serviceError(getParticipantView({ db }, w.id, null))).status).toBe(404);
		expect((await serviceError(getParticipantView({ db }, w.id, 'x'.repeat(32)))).status).toBe(404);
		expect(await db.selectFrom('mapping_input').select('id').execute()).toEqual([]);
	});
});

describe('no anchoring (issue 19, items 3–4)', () => {
	it('agreed and copied values reach participants only once the results are shown; a copied value is last cycle’s', async () => {
		const lead = ctxOf(db, a.processledare);
		const org = a.organisation.id;
		// Goal 6 agreed in cycle K; a new cycle copies it; this workshop's group then agrees goal 13.
		await setAgreed(lead, org, w.id, { kind: 'goal', code: '6', level: 'låg', version: 0 });
		const next = (await createCycle(ctxOf(db, a.samordnare), org, { name: 'K2', year: 2027, copy: true })).id;
		let w2 = await createWorkshop(lead, org, { name: 'Nästa', cycleId: next, unitIds: [a.units.sn.id], steps: ['goals'] });
		w2 = await changeWorkshop(lead, org, w2.id, { type: 'status', status: 'open' });
		const guest = await joinAsGuest({ db }, { code: w2.joinCode, displayName: 'Kim', address: '10.0.0.1' });
		await setAgreed(lead, org, w2.id, { kind: 'goal', code: '13', level: 'hög', version: 0 });
		const hidden = await getParticipantView({ db }, w2.id, guest.token);
		expect(hidden).toMatchObject({ step: 'goals', agreed: {}, previous: {}, group: null });
		await changeWorkshop(lead, org, w2.id, { type: 'results', show: true });
		const shown = await getParticipantView({ db }, w2.id, guest.token);
		expect(shown.agreed).toEqual({ '13': 'hög' });
		expect(shown.previous).toEqual({ '6': 'låg' });
	});

	it('the results shown in one step are hidden again at the next', async () => {
		const lead = ctxOf(db, a.processledare);
		await changeWorkshop(lead, a.organisation.id, w.id, { type: 'results', show: true });
		const stepped = await changeWorkshop(lead, a.organisation.id, w.id, { type: 'step', index: 1 });
		expect(stepped.showResults).toBe(false);
	});
});

describe('a closed workshop (issue 19, item 7)', () => {
	it('its participant gets a read-only thank-you with their own summary; their token takes no more input', async () => {
		const guest = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: '10.0.0.1' });
		const lead = ctxOf(db, a.processledare);
		await changeWorkshop(lead, a.organisation.id, w.id, { type: 'step', index: 1 });
		await submitGuestInput({ db }, w.id, guest.token, rating({ subject: '6', level: 'hög' }));
		await changeWorkshop(lead, a.organisation.id, w.id, { type: 'status', status: 'closed' });
		expect((await serviceError(getParticipantView({ db }, w.id, guest.token))).status).toBe(404);
		expect((await serviceError(submitGuestInput({ db }, w.id, guest.token, rating({ subject: '7' })))).status).toBe(404);
		const thanks = await getThankYou({ db }, w.id, guest.token);
		expect(thanks).toMatchObject({ workshop: { id: w.id, name: 'Vår' }, unit: { name: 'Socialnämnden' }, guest: { displayName: 'Kim' } });
		expect(thanks.mine).toEqual([{ kind: 'goal', goal: 6, level: 'hög' }]);
		// Another token, or none, finds nothing.
		expect((await serviceError(getThankYou({ db }, w.id, 'not-a-token'))).status).toBe(404);
		expect((await serviceError(getThankYou({ db }, w.id, null))).status).toBe(404);
	});

	it('an open workshop has no thank-you page', async () => {
		const guest = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: '10.0.0.1' });
		expect((await serviceError(getThankYou({ db }, w.id, guest.token))).status).toBe(404);
	});
});
