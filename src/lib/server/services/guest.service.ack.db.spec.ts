// The acknowledgement's short path (one statement takes the sequence number and stores the row): what it
// must keep from the transactional path — one row per client id under concurrent retries, the original
// sequence number on a retry, sequence numbers in commit order, refusals that store nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import type { Workshop } from '#lib/domain/workshop.js';
import { createCycle, setCycleStatus } from './cycle.service.js';
import { changeWorkshop, createWorkshop } from './workshop.service.js';
import { joinAsGuest, joinAsMember, submitGuestInput, type GuestInput } from './guest.service.js';

const db = await useTestDb();
let a: OrganisationFixture;
let w: Workshop;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
	const lead = ctxOf(db, a.processledare);
	const cycleId = (await createCycle(ctxOf(db, a.samordnare), a.organisation.id, { name: 'K', year: 2026, copy: false })).id;
	w = await createWorkshop(lead, a.organisation.id, { name: 'Vår', cycleId, unitIds: [a.units.sn.id, a.units.ks.id], steps: ['goals', 'challenges'] });
	w = await changeWorkshop(lead, a.organisation.id, w.id, { type: 'status', status: 'open' });
});

const rating = (over: Partial<GuestInput> = {}): GuestInput => ({ id: crypto.randomUUID(), kind: 'goal_relevance', subject: '6', level: 'hög', ...over });
const seqNow = async () => Number((await db.selectFrom('workshop').select('seq').where('id', '=', w.id).executeTakeFirstOrThrow()).seq);

describe('acknowledging an input', () => {
	it('concurrent retries of one id store one row and acknowledge its one sequence number', async () => {
		const g = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: 'x' });
		const sent = rating();
		const acks = await Promise.all(Array.from({ length: 6 }, () => submitGuestInput({ db }, w.id, g.token, sent)));
		expect(new Set(acks.map((x) => x.seq)).size).toBe(1);
		expect(acks.filter((x) => x.stored)).toHaveLength(1);
		const rows = await db.selectFrom('mapping_input').select(['id', 'seq']).execute();
		expect(rows).toEqual([{ id: sent.id, seq: expect.anything() }]);
		expect(Number(rows[0]!.seq)).toBe(acks[0]!.seq);
	});

	it('sequence numbers follow the order the rows were stored in, across participants and kinds', async () => {
		const kim = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: 'x' });
		const ali = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Ali', address: 'x' });
		const note = { id: crypto.randomUUID(), kind: 'challenge', subject: `social:${crypto.randomUUID()}`, value: { kind: 'utmaning', text: 'Ensamhet', targetCode: null } } as GuestInput;
		const acks = await Promise.all([
			...Array.from({ length: 5 }, (_, i) => submitGuestInput({ db }, w.id, kim.token, rating({ subject: String(i + 1) }))),
			...Array.from({ length: 5 }, (_, i) => submitGuestInput({ db }, w.id, ali.token, rating({ subject: String(i + 1) }))),
			submitGuestInput({ db }, w.id, ali.token, note)
		]);
		const rows = await db.selectFrom('mapping_input').select(['id', 'seq', 'created_at']).orderBy('seq').execute();
		expect(rows.map((r) => Number(r.seq))).toEqual([...acks.map((x) => x.seq)].sort((x, y) => x - y));
		// Gap-free, and the workshop's counter is the last one handed out.
		expect(Number(rows.at(-1)!.seq) - Number(rows[0]!.seq)).toBe(10);
		expect(await seqNow()).toBe(Number(rows.at(-1)!.seq));
		expect(rows.find((r) => r.id === note.id)).toBeTruthy();
	});

	it('refusals store nothing and take no sequence number: a stale unit, a closed cycle, a closed workshop', async () => {
		const g = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: 'x' });
		const before = await seqNow();
		expect((await serviceError(submitGuestInput({ db }, w.id, g.token, rating({ unitId: a.units.ks.id })))).messageKey).toBe('workshop.error.unitChanged');
		expect(await seqNow()).toBe(before);
		await setCycleStatus(ctxOf(db, a.samordnare), a.organisation.id, w.cycleId, 'closed');
		expect((await serviceError(submitGuestInput({ db }, w.id, g.token, rating()))).messageKey).toBe('mapping.error.cycleClosed');
		await setCycleStatus(ctxOf(db, a.samordnare), a.organisation.id, w.cycleId, 'open');
		await changeWorkshop(ctxOf(db, a.processledare), a.organisation.id, w.id, { type: 'status', status: 'closed' });
		expect((await serviceError(submitGuestInput({ db }, w.id, g.token, rating()))).status).toBe(404);
		expect(await db.selectFrom('mapping_input').select('id').execute()).toEqual([]);
	});

	it('a member’s input carries their account, and a retry after they left the organisation is 404', async () => {
		const me = ctxOf(db, a.deltagare);
		await joinAsMember(me, { code: w.joinCode, address: 'x' });
		const sent = rating();
		const ack = await submitGuestInput(me, w.id, null, sent);
		expect(await submitGuestInput(me, w.id, null, sent)).toEqual({ ...ack, stored: false });
		expect(await db.selectFrom('mapping_input').select(['author_user_id', 'author_guest_id']).execute()).toEqual([{ author_user_id: a.deltagare.id, author_guest_id: null }]);
		await db.deleteFrom('membership').where('user_id', '=', a.deltagare.id).execute();
		expect((await serviceError(submitGuestInput(me, w.id, null, sent))).status).toBe(404);
	});
});
