import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import type { Workshop } from '#lib/domain/workshop.js';
import type { Activity } from '#lib/domain/mapping.js';
import { stepInputFromFields } from '#lib/validation/workshop-inputs.js';
import { createActivity } from './activity.service.js';
import { createCycle } from './cycle.service.js';
import { changeWorkshop, createWorkshop, getConsole } from './workshop.service.js';
import { getParticipantView, joinAsGuest, joinAsMember, submitGuestInput } from './guest.service.js';
import { adoptActivity, decideSuggestion, promoteNote, settleContribution } from './workshop-activities.service.js';
import { getProjector } from './workshop.service.js';
import { ConflictError } from './conflict.js';

const db = await useTestDb();
let a: OrganisationFixture;
let w: Workshop;
let act: Activity;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
	const lead = ctxOf(db, a.processledare);
	const cycleId = (await createCycle(ctxOf(db, a.samordnare), a.organisation.id, { name: 'K', year: 2026, copy: false })).id;
	act = await createActivity(lead, a.organisation.id, cycleId, a.units.sn.id, {
		name: 'Minska matsvinnet i skolköken',
		description: 'Mindre avfall och matsvinn från skolmåltider',
		owner: null
	});
	w = await createWorkshop(lead, a.organisation.id, { name: 'Vår', cycleId, unitIds: [a.units.sn.id, a.units.ks.id], steps: ['goals', 'activities'] });
	w = await changeWorkshop(lead, a.organisation.id, w.id, { type: 'status', status: 'open' });
	w = await changeWorkshop(lead, a.organisation.id, w.id, { type: 'step', index: 1 });
});

/** An input as the participant's form sends it. */
function input(fields: Record<string, string>) {
	const parsed = stepInputFromFields({ id: crypto.randomUUID(), ...fields });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.data;
}
const chipInput = (code: string, decision: string, rank: number, score: number, more: Record<string, string> = {}) =>
	input({ kind: 'contribution', activityId: act.id, targetCode: code, decision, source: 'suggestion', rank: String(rank), score: String(score), ...more });

describe('the activities step for participants', () => {
	it('shows suggestion chips; a decision is an input and a suggestion_feedback row, and nothing reaches the agreed mapping', async () => {
		const g = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: 'x' });
		const view = await getParticipantView({ db }, w.id, g.token);
		const card = view.activities!.find((c) => c.id === act.id)!;
		expect(card.chips.length).toBeGreaterThanOrEqual(3);
		expect(card.chips.map((c) => c.code)).toContain('12.3');
		const [first, second] = card.chips as [(typeof card.chips)[0], (typeof card.chips)[0]];
		const accepted = chipInput(first.code, 'accepted', first.rank, first.score);
		const ack = await submitGuestInput({ db }, w.id, g.token, accepted);
		const retry = await submitGuestInput({ db }, w.id, g.token, accepted);
		await submitGuestInput({ db }, w.id, g.token, chipInput(second.code, 'rejected', second.rank, second.score));
		expect(retry).toEqual({ ...ack, stored: false });

		const stored = await db.selectFrom('mapping_input').select(['kind', 'subject', 'value', 'author_guest_id']).where('kind', '=', 'contribution').orderBy('seq').execute();
		expect(stored[0]).toMatchObject({ subject: `${act.id}:${first.code}`, value: { decision: 'accepted', direction: 'bidrar', strength: 2, directness: 'direkt', source: 'suggestion' } });
		const feedback = await db.selectFrom('suggestion_feedback').selectAll().orderBy('created_at').execute();
		expect(feedback.map((f) => [f.target_code, f.decision, f.rank, f.lang, f.workshop_id, f.activity_id])).toEqual([
			[first.code, 'accepted', first.rank, 'sv', w.id, act.id],
			[second.code, 'rejected', second.rank, 'sv', w.id, act.id]
		]);
		expect(feedback[0]!.score).toBeCloseTo(first.score, 3);
		expect(feedback[0]!.author_guest_id).toBe(stored[0]!.author_guest_id);
		// Proposals only: the unit's agreed contributions are untouched.
		expect(await db.selectFrom('mapping_contribution').select('id').execute()).toEqual([]);

		const after = (await getParticipantView({ db }, w.id, g.token)).activities!.find((c) => c.id === act.id)!;
		expect(after.chips.map((c) => c.code)).not.toContain(first.code);
		expect(after.chips.map((c) => c.code)).not.toContain(second.code);
		expect(after.mine).toMatchObject([{ targetCode: first.code, direction: 'bidrar', strength: 2 }]);
	});

	it('a link edited or found by search records no feedback; an activity of another unit is 404; another workshop is 404', async () => {
		const g = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: 'x' });
		await submitGuestInput({ db }, w.id, g.token, input({ kind: 'contribution', activityId: act.id, targetCode: '4.7', source: 'search' }));
		await submitGuestInput(
			{ db },
			w.id,
			g.token,
			input({ kind: 'contribution', activityId: act.id, targetCode: '4.7', source: 'edit', direction: 'motverkar', strength: '3', directness: 'indirekt', motivation: 'Kort' })
		);
		expect(await db.selectFrom('suggestion_feedback').select('id').execute()).toEqual([]);
		const view = await getParticipantView({ db }, w.id, g.token, { activityId: act.id, query: 'avfall' });
		expect(view.activities![0]!.mine).toMatchObject([{ targetCode: '4.7', direction: 'motverkar', strength: 3, directness: 'indirekt', motivation: 'Kort' }]);
		expect(view.search?.codes).toContain('12.5');

		const lead = ctxOf(db, a.processledare);
		const ksActivity = await createActivity(lead, a.organisation.id, w.cycleId, a.units.ks.id, { name: 'Annat', description: null, owner: null });
		const bad = input({ kind: 'contribution', activityId: ksActivity.id, targetCode: '4.7' });
		expect((await serviceError(submitGuestInput({ db }, w.id, g.token, bad))).status).toBe(404);

		const other = await changeWorkshop(
			lead,
			a.organisation.id,
			(await createWorkshop(lead, a.organisation.id, { name: 'Annan', cycleId: w.cycleId, unitIds: [a.units.sn.id], steps: ['activities'] })).id,
			{ type: 'status', status: 'open' }
		);
		const elsewhere = input({ kind: 'contribution', activityId: act.id, targetCode: '4.7' });
		expect((await serviceError(submitGuestInput({ db }, other.id, g.token, elsewhere))).status).toBe(404);
		expect(await db.selectFrom('mapping_input').select('id').where('workshop_id', '=', other.id).execute()).toEqual([]);
	});
});

describe('the activities step in the console', () => {
	it('counts proposals per activity × target; the processledare settles the agreed contribution, and a stale version is a conflict', async () => {
		const lead = ctxOf(db, a.processledare);
		const one = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: 'x' });
		const two = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Ali', address: 'x' });
		await submitGuestInput({ db }, w.id, one.token, input({ kind: 'contribution', activityId: act.id, targetCode: '12.3', strength: '3' }));
		await submitGuestInput({ db }, w.id, two.token, input({ kind: 'contribution', activityId: act.id, targetCode: '12.3', strength: '2', direction: 'bidrar' }));
		await submitGuestInput({ db }, w.id, two.token, input({ kind: 'contribution', activityId: act.id, targetCode: '2.1', direction: 'motverkar', strength: '1' }));
		const before = await getConsole(lead, a.organisation.id, w.id);
		const card = before.activitiesStep!.activities[0]!;
		expect(card.proposals.map(({ targetCode, bidrar, motverkar, rejected, meanStrength }) => ({ targetCode, bidrar, motverkar, rejected, meanStrength }))).toEqual([
			{ targetCode: '12.3', bidrar: 2, motverkar: 0, rejected: 0, meanStrength: 2.5 },
			{ targetCode: '2.1', bidrar: 0, motverkar: 1, rejected: 0, meanStrength: 1 }
		]);
		expect(JSON.stringify(before.activitiesStep)).not.toMatch(/Kim|Ali/);

		const settled = { activityId: act.id, targetCode: '12.3', direction: 'bidrar' as const, strength: 3 as const, directness: 'direkt' as const, motivation: null, version: 0 };
		const { seq } = await settleContribution(lead, a.organisation.id, w.id, settled);
		expect(seq).toBeGreaterThan(before.workshop.seq);
		const rows = await db.selectFrom('mapping_contribution').select(['id', 'target_code', 'strength', 'version', 'unit_id']).execute();
		expect(rows).toMatchObject([{ target_code: '12.3', strength: 3, unit_id: a.units.sn.id }]);
		const agreed = (await getConsole(lead, a.organisation.id, w.id)).activitiesStep!.activities[0]!.proposals[0]!.agreed!;
		await settleContribution(lead, a.organisation.id, w.id, { ...settled, strength: 2, contributionId: agreed.id, version: agreed.version });
		const stale = await settleContribution(lead, a.organisation.id, w.id, { ...settled, strength: 1, contributionId: agreed.id, version: agreed.version }).catch((e) => e);
		expect(stale).toBeInstanceOf(ConflictError);
		expect((await db.selectFrom('mapping_contribution').select('strength').executeTakeFirstOrThrow()).strength).toBe(2);
		// The participants see the agreed link, and its target is no longer a chip.
		const view = await getParticipantView({ db }, w.id, one.token);
		expect(view.activities![0]!.agreed).toMatchObject([{ targetCode: '12.3', strength: 2 }]);
		expect(view.activities![0]!.chips.map((c) => c.code)).not.toContain('12.3');
	});

	it('the group accepts or rejects a chip under the processledare’s account; a proposed activity can be added to the unit', async () => {
		const lead = ctxOf(db, a.processledare);
		const chips = (await getConsole(lead, a.organisation.id, w.id)).activitiesStep!.activities[0]!.chips;
		const [yes, no] = chips as [(typeof chips)[0], (typeof chips)[0]];
		await decideSuggestion(lead, a.organisation.id, w.id, { activityId: act.id, targetCode: yes.code, decision: 'accepted', rank: yes.rank, score: yes.score });
		await decideSuggestion(lead, a.organisation.id, w.id, { activityId: act.id, targetCode: no.code, decision: 'rejected', rank: no.rank, score: no.score });
		const feedback = await db.selectFrom('suggestion_feedback').select(['target_code', 'decision', 'author_user_id', 'author_guest_id']).orderBy('created_at').execute();
		expect(feedback).toEqual([
			{ target_code: yes.code, decision: 'accepted', author_user_id: a.processledare.id, author_guest_id: null },
			{ target_code: no.code, decision: 'rejected', author_user_id: a.processledare.id, author_guest_id: null }
		]);
		expect(await db.selectFrom('mapping_contribution').select(['target_code', 'direction', 'strength', 'directness']).execute()).toEqual([
			{ target_code: yes.code, direction: 'bidrar', strength: 2, directness: 'direkt' }
		]);
		const after = (await getConsole(lead, a.organisation.id, w.id)).activitiesStep!.activities[0]!.chips.map((c) => c.code);
		expect(after).not.toContain(yes.code);
		expect(after).not.toContain(no.code);

		const g = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: 'x' });
		await submitGuestInput({ db }, w.id, g.token, input({ kind: 'activity', name: 'Cykelpool för personalen', description: 'Lånecyklar' }));
		expect(await db.selectFrom('mapping_activity').select('name').where('name', '=', 'Cykelpool för personalen').execute()).toEqual([]);
		const proposed = (await getConsole(lead, a.organisation.id, w.id)).activitiesStep!.proposedActivities;
		expect(proposed).toEqual([{ name: 'Cykelpool för personalen', description: 'Lånecyklar', count: 1 }]);
		await adoptActivity(lead, a.organisation.id, w.id, proposed[0]!);
		const now = await getConsole(lead, a.organisation.id, w.id);
		expect(now.activitiesStep!.activities.map((x) => x.name)).toContain('Cykelpool för personalen');
		expect(now.activitiesStep!.proposedActivities).toEqual([]);
	});

	it('another organisation’s processledare gets 404 for every console action', async () => {
		const b = await makeOrganisation(db, 'Beta');
		const other = ctxOf(db, b.processledare);
		const d = { activityId: act.id, targetCode: '12.3', decision: 'accepted' as const, rank: 1, score: 0.5 };
		expect((await serviceError(decideSuggestion(other, a.organisation.id, w.id, d))).status).toBe(404);
		expect((await serviceError(decideSuggestion(other, b.organisation.id, w.id, d))).status).toBe(404);
		expect((await serviceError(adoptActivity(other, b.organisation.id, w.id, { name: 'X', description: null }))).status).toBe(404);
		const s = { activityId: act.id, targetCode: '12.3', direction: 'bidrar' as const, strength: 2 as const, directness: 'direkt' as const, motivation: null, version: 0 };
		expect((await serviceError(settleContribution(other, b.organisation.id, w.id, s))).status).toBe(404);
		expect(await db.selectFrom('suggestion_feedback').select('id').execute()).toEqual([]);
	});
});

describe('the challenges step', () => {
	it('notes go to the console and the wall without names; only the processledare puts one on the unit’s board', async () => {
		const lead = ctxOf(db, a.processledare);
		w = await createWorkshop(lead, a.organisation.id, { name: 'Tavla', cycleId: w.cycleId, unitIds: [a.units.sn.id], steps: ['challenges'] });
		w = await changeWorkshop(lead, a.organisation.id, w.id, { type: 'status', status: 'open' });
		const g = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: 'x' });
		const note = input({ kind: 'challenge', dimension: 'ekologisk', challengeKind: 'möjlighet', text: 'Solceller på taken', targetCode: '7.2' });
		await submitGuestInput({ db }, w.id, g.token, note);
		expect((await getParticipantView({ db }, w.id, g.token)).notes).toMatchObject([{ id: note.id, dimension: 'ekologisk', kind: 'möjlighet', text: 'Solceller på taken' }]);
		const wall = await getProjector(lead, a.organisation.id, w.id);
		expect(wall.notes).toEqual([{ id: note.id, dimension: 'ekologisk', kind: 'möjlighet', text: 'Solceller på taken', targetCode: '7.2' }]);
		expect(JSON.stringify(wall)).not.toMatch(/Kim/);
		expect(await db.selectFrom('mapping_challenge').select('id').execute()).toEqual([]);
		await promoteNote(lead, a.organisation.id, w.id, note.id);
		await promoteNote(lead, a.organisation.id, w.id, note.id);
		expect(await db.selectFrom('mapping_challenge').select(['dimension', 'kind', 'text', 'target_codes']).execute()).toEqual([
			{ dimension: 'ekologisk', kind: 'möjlighet', text: 'Solceller på taken', target_codes: ['7.2'] }
		]);
		expect((await getConsole(lead, a.organisation.id, w.id)).notes).toMatchObject([{ id: note.id, promoted: true }]);
		expect((await serviceError(promoteNote(lead, a.organisation.id, w.id, crypto.randomUUID()))).status).toBe(404);
		const b = await makeOrganisation(db, 'Beta');
		expect((await serviceError(promoteNote(ctxOf(db, b.processledare), b.organisation.id, w.id, note.id))).status).toBe(404);
	});
});

describe('members joining as themselves', () => {
	it('a member joins without a name, once however often, and their inputs carry their account', async () => {
		const me = ctxOf(db, a.deltagare);
		const first = await joinAsMember(me, { code: w.joinCode, address: 'x' });
		const again = await joinAsMember(me, { code: ` ${w.joinCode.toLowerCase()} `, address: 'x' });
		expect(again.participantId).toBe(first.participantId);
		const rows = await db.selectFrom('workshop_participant').select(['user_id', 'display_name']).execute();
		expect(rows).toHaveLength(1);
		expect(rows[0]!.user_id).toBe(a.deltagare.id);
		// No token: the session is enough.
		const view = await getParticipantView(me, w.id, null);
		expect(view.guest.displayName).toBe(rows[0]!.display_name);
		const chip = view.activities![0]!.chips[0]!;
		await submitGuestInput(me, w.id, null, chipInput(chip.code, 'accepted', chip.rank, chip.score));
		expect(await db.selectFrom('mapping_input').select(['author_user_id', 'author_guest_id']).execute()).toEqual([{ author_user_id: a.deltagare.id, author_guest_id: null }]);
		expect(await db.selectFrom('suggestion_feedback').select(['author_user_id', 'author_guest_id']).execute()).toEqual([{ author_user_id: a.deltagare.id, author_guest_id: null }]);
		expect((await getParticipantView(me, w.id, null)).activities![0]!.mine.map((m) => m.targetCode)).toEqual([chip.code]);
	});

	it('someone outside the organisation cannot join as themselves, and has no view without a token', async () => {
		const b = await makeOrganisation(db, 'Beta');
		const outsider = ctxOf(db, b.samordnare);
		expect((await serviceError(joinAsMember(outsider, { code: w.joinCode, address: 'x' }))).messageKey).toBe('workshop.error.code');
		expect((await serviceError(getParticipantView(outsider, w.id, null))).status).toBe(404);
		expect((await serviceError(joinAsMember(ctxOf(db, null), { code: w.joinCode, address: 'x' }))).status).toBe(401);
		expect(await db.selectFrom('workshop_participant').select('id').execute()).toEqual([]);
	});
});
