// Taking part in a workshop: join with the code and a display name (a guest session scoped to that one
// workshop) or as oneself when a member of its organisation, see the current step for the current unit,
// and give one's own ratings, proposals and notes.
// Each input is stored under the id its client generated, with the workshop's next sequence number, before
// it is acknowledged; a retry acknowledges the stored row with its original sequence number.
// These are public entry points: instead of a membership check, they start from the guest's token (or the
// member's own participant row).
import { isRelevanceLevel, type RelevanceLevel } from '#lib/domain/mapping.js';
import { isStepNoteKind, normaliseJoinCode, type ContributionProposal, type DocumentProposal, type StepNoteValue, type Workshop } from '#lib/domain/workshop.js';
import { isInputSubject } from '#lib/domain/mapping.js';
import { target } from '#lib/sdg/catalogue.js';
import { createHash } from 'node:crypto';
import { hashGuestToken, mintGuestToken } from '../auth/guest.js';
import { release, take, type Limit } from '../auth/rate-limit.js';
import * as guests from '../repositories/guest.repository.js';
import * as activities from '../repositories/activity.repository.js';
import * as documents from '../repositories/document.repository.js';
import * as feedback from '../repositories/suggestion-feedback.repository.js';
import { findMembershipRole } from '../repositories/membership.repository.js';
import { displayNames } from '../repositories/mapping.repository.js';
import * as inputs from '../repositories/input.repository.js';
import * as units from '../repositories/unit.repository.js';
import * as workshops from '../repositories/workshop.repository.js';
import * as cycles from '../repositories/cycle.repository.js';
import { isUuid } from './access.js';
import type { Ctx } from './actor.js';
import type { Db } from '../db/index.js';
import { notFound, ServiceError, unauthenticated } from './errors.js';
import { distribution, scopeOf, stepState } from './workshop-items.js';
import { participantStepData } from './workshop-steps.js';
import { agreedForSummary, mineForSummary } from './workshop-summary.service.js';
import { withWorkshopEvents, workshopBus, workshopChannel, workshopStream } from './workshop-live.js';
import { log } from '../log.js';

/** Codes per address a minute (right ones are taken back): a room behind one address joins freely, and
 * guessing is held to 20 a minute. While an address is held back every code, right or wrong, gets the
 * same 429, so the limit tells a guesser nothing. */
export const joinLimit: Limit = { max: 20, windowMs: 60_000 };

export const DISPLAY_NAME_MAX = 40;

/** Which open workshop a typed code opens (a closed workshop's code opens nothing); counted before it is looked up. */
export async function checkJoinCode({ db }: Pick<Ctx, 'db'>, typed: string, address: string): Promise<{ workshopId: string; name: string }> {
	const key = `join:address:${address}`;
	if (await take(db, key, joinLimit)) throw new ServiceError(429, 'workshop.error.tooManyCodes', { field: 'code' });
	const code = normaliseJoinCode(typed);
	const w = code ? await workshops.findOpenWorkshopByCode(db, code) : null;
	if (!w) throw new ServiceError(400, 'workshop.error.code', { field: 'code' });
	await release(db, key);
	return { workshopId: w.id, name: w.name };
}

/** Joins the workshop the code opens as a guest; returns the session token for the cookie. */
export async function joinAsGuest(ctx: Pick<Ctx, 'db'>, input: { code: string; displayName: string; address: string }) {
	const { workshopId } = await checkJoinCode(ctx, input.code, input.address);
	const displayName = input.displayName.trim();
	if (!displayName) throw new ServiceError(400, 'form.required', { field: 'displayName' });
	if (displayName.length > DISPLAY_NAME_MAX) throw new ServiceError(400, 'workshop.error.nameTooLong', { field: 'displayName' });
	const { token, tokenHash } = mintGuestToken();
	return withWorkshopEvents(ctx.db, async (trx, queue) => {
		const w = await workshops.findOpenWorkshopByCode(trx, normaliseJoinCode(input.code)!);
		if (!w || w.id !== workshopId) throw new ServiceError(400, 'workshop.error.code', { field: 'code' });
		const guest = await guests.insertGuest(trx, { organisationId: w.organisationId, workshopId: w.id, displayName, tokenHash });
		const bumped = (await workshops.changeWorkshop(trx, w.organisationId, w.id, {}))!;
		queue(workshopChannel(w.id), { type: 'joined', seq: bumped.seq });
		return { token, workshopId: w.id, guestId: guest.id };
	});
}

/** Who takes part: a guest by their token, or a signed-in member by their own participant row. */
type PartCtx = Pick<Ctx, 'db'> & { actor?: Ctx['actor'] };

/** The participant and their workshop, while the workshop is open; anything else is 404. */
export async function requireGuest(ctx: PartCtx, workshopId: string, token: string | null) {
	if (!isUuid(workshopId)) throw notFound();
	// One query each: the participant and their open workshop together.
	let found = ctx.actor ? await workshops.findParticipantInWorkshop(ctx.db, workshopId, { userId: ctx.actor.userId }) : null;
	if (!found && token) found = await workshops.findParticipantInWorkshop(ctx.db, workshopId, { tokenHash: hashGuestToken(token) });
	if (!found) throw notFound();
	return { guest: found.participant, workshop: found.workshop };
}

/** The key a participant's answers are kept under in currentAnswers: their account, else their guest row. */
const authorKey = (g: workshops.Participant) => g.userId ?? g.id;
const authorOf = (g: workshops.Participant) => ({ authorUserId: g.userId, authorGuestId: g.userId ? null : g.id });

/** The name a signed-in member of the workshop's organisation would join as; null for anyone else. */
export async function memberJoinName(ctx: PartCtx, workshopId: string): Promise<string | null> {
	if (!ctx.actor || !isUuid(workshopId)) return null;
	const w = await workshops.findOpenWorkshopById(ctx.db, workshopId);
	if (!w || !(await findMembershipRole(ctx.db, w.organisationId, ctx.actor.userId))) return null;
	return (await displayNames(ctx.db, w.organisationId, [ctx.actor.userId]))[ctx.actor.userId] ?? null;
}

/** For a QR link's code: the name a signed-in member would join as (no wrong-code counting: it answers members only). */
export async function memberOfferForCode(ctx: PartCtx, typed: string): Promise<string | null> {
	const code = normaliseJoinCode(typed);
	const w = ctx.actor && code ? await workshops.findOpenWorkshopByCode(ctx.db, code) : null;
	return w ? memberJoinName(ctx, w.id) : null;
}

/** Joins the workshop the code opens as oneself: creates (or reuses) the member's participant row. */
export async function joinAsMember(ctx: PartCtx, input: { code: string; address: string }) {
	if (!ctx.actor) throw unauthenticated();
	const userId = ctx.actor.userId;
	const { workshopId } = await checkJoinCode(ctx, input.code, input.address);
	const name = await memberJoinName(ctx, workshopId);
	// Not a member of the workshop's organisation: as if the code opened nothing for them.
	if (name === null) throw new ServiceError(400, 'workshop.error.code', { field: 'code' });
	// The member is known by their session; the row's token is never handed out.
	const { tokenHash } = mintGuestToken();
	return withWorkshopEvents(ctx.db, async (trx, queue) => {
		const w = await workshops.findOpenWorkshopById(trx, workshopId);
		if (!w) throw new ServiceError(400, 'workshop.error.code', { field: 'code' });
		const participant = await workshops.upsertMemberParticipant(trx, { organisationId: w.organisationId, workshopId: w.id, userId, displayName: name, tokenHash });
		const bumped = (await workshops.changeWorkshop(trx, w.organisationId, w.id, {}))!;
		queue(workshopChannel(w.id), { type: 'joined', seq: bumped.seq });
		return { workshopId: w.id, participantId: participant.id };
	});
}

/** A participant's screen: the step, the unit, the items, their own current answers, and the group's only when shown. */
export async function getParticipantView(ctx: PartCtx, workshopId: string, token: string | null, search?: { activityId: string; query: string }) {
	const { guest, workshop: w } = await requireGuest(ctx, workshopId, token);
	const state = await stepState(ctx.db, w);
	const unit = await units.findUnit(ctx.db, w.organisationId, w.currentUnitId);
	const mine: Record<string, RelevanceLevel> = {};
	if (state.kind) {
		for (const a of await workshops.currentAnswers(ctx.db, w.organisationId, w.id, w.currentUnitId, state.kind)) {
			const level = (a.value as { level?: unknown } | null)?.level;
			if (a.author === authorKey(guest) && isRelevanceLevel(level)) mine[a.subject] = level;
		}
	}
	const group = state.kind && w.showResults ? (await distribution(ctx.db, w, state.kind, state.subjects)).counts : null;
	const agreedKind = state.kind === 'goal_relevance' ? 'goal' : 'target';
	// No anchoring: agreed values reach participants only with the results. A value agreed before a copied
	// cycle began came with the copy: it is last cycle's, not this group's.
	const shown = w.showResults ? state.agreed.filter((r) => r.kind === agreedKind) : [];
	const cycle = shown.length ? await cycles.findCycle(ctx.db, w.organisationId, w.cycleId) : null;
	const copied = (r: { agreedAt: Date }) => !!cycle?.copiedFromId && r.agreedAt <= cycle.createdAt;
	return {
		workshop: { id: w.id, name: w.name, status: w.status, seq: w.seq, steps: w.steps, stepIndex: w.stepIndex, showResults: w.showResults },
		guest: { displayName: guest.displayName },
		unit: { id: w.currentUnitId, name: unit?.name ?? '' },
		step: state.step,
		kind: state.kind,
		subjects: state.subjects,
		mine,
		group,
		agreed: Object.fromEntries(shown.filter((r) => !copied(r)).map((r) => [r.code, r.level])),
		previous: Object.fromEntries(shown.filter(copied).map((r) => [r.code, r.level])),
		...(await participantStepData(ctx.db, w, authorOf(guest), search)),
		summary: state.step === 'summary' ? { mine: await mineForSummary(ctx.db, w, authorOf(guest)), agreed: await agreedForSummary(ctx.db, w) } : null
	};
}

/**
 * A closed workshop's thank-you to a participant: the workshop, the unit, and what they contributed with what
 * the group agreed. Read-only: the token found it by its hash set aside at closing, and takes no more input.
 */
export async function getThankYou(ctx: PartCtx, workshopId: string, token: string | null) {
	if (!isUuid(workshopId)) throw notFound();
	let found = ctx.actor ? await workshops.findParticipantInWorkshop(ctx.db, workshopId, { userId: ctx.actor.userId }, 'closed') : null;
	if (!found && token) found = await workshops.findParticipantInWorkshop(ctx.db, workshopId, { tokenHash: hashGuestToken(token) }, 'closed');
	if (!found) throw notFound();
	const { participant: guest, workshop: w } = found;
	const unit = await units.findUnit(ctx.db, w.organisationId, w.currentUnitId);
	return {
		workshop: { id: w.id, name: w.name },
		unit: { name: unit?.name ?? '' },
		guest: { displayName: guest.displayName },
		mine: await mineForSummary(ctx.db, w, authorOf(guest)),
		agreed: await agreedForSummary(ctx.db, w)
	};
}

export interface GuestInput {
	/** Generated by the client (a UUID), the same on every retry. */
	id: string;
	kind: string;
	subject: string;
	/** A rating's level (goal and target relevance). */
	level?: string;
	/** A proposal's or note's value (the steps after the ratings), as parsed at the edge. */
	value?: StepNoteValue;
	/** The unit the participant's screen showed; an input for another unit than the current one is refused. */
	unitId?: string;
}

export interface InputAck {
	id: string;
	seq: number;
	stored: boolean;
}

class AlreadyStored extends Error {}

/**
 * Stores a participant's input for the workshop's current unit, once per client id, and acknowledges it with
 * its sequence number. A chip's decision also records a suggestion_feedback row in the same transaction.
 * Nothing here touches the agreed mapping: the processledare settles that.
 */
export async function submitGuestInput(ctx: PartCtx, workshopId: string, token: string | null, input: GuestInput): Promise<InputAck> {
	if (isUuid(workshopId) && isUuid(input.id) && storedAsIs(input)) {
		const value = check(input);
		// A guest with a session of their own sends as the guest; a member as themselves, as requireGuest decides.
		const acked = await submitDirect(ctx, workshopId, token, input, value);
		if (acked) return acked;
	}
	const { guest, workshop } = await requireGuest(ctx, workshopId, token);
	if (!isUuid(input.id)) throw new ServiceError(400, 'form.invalid', { field: 'id' });
	if (storedAsIs(input)) return explainRefusal(ctx.db, guest, workshop, input);
	const existing = await inputs.findInput(ctx.db, workshop.organisationId, input.id);
	if (existing) return ackOf(existing, guest, workshop);
	const value = check(input);
	try {
		return await withWorkshopEvents(ctx.db, async (trx, queue) => {
			// Locks the workshop row: inputs of one workshop commit in sequence order.
			const w = (await workshops.changeWorkshop(trx, workshop.organisationId, workshop.id, {}))!;
			if (w.status !== 'open') throw notFound();
			if (input.unitId && input.unitId !== w.currentUnitId) throw new ServiceError(409, 'workshop.error.unitChanged', { field: 'unitId' });
			const cycle = await cycles.findCycle(trx, w.organisationId, w.cycleId);
			if (cycle?.status !== 'open') throw new ServiceError(409, 'mapping.error.cycleClosed');
			const stored = await inputs.insertInput(trx, scopeOf(w), {
				id: input.id,
				workshopId: w.id,
				...authorOf(guest),
				kind: input.kind,
				subject: input.subject,
				value: await resolved(trx, w, input, value),
				seq: w.seq
			});
			if (!stored) throw new AlreadyStored();
			await recordFeedback(trx, w, guest, input, value);
			queue(workshopChannel(w.id), { type: 'input', seq: w.seq, unitId: w.currentUnitId, kind: input.kind, subject: input.subject });
			return { id: input.id, seq: w.seq, stored: true };
		});
	} catch (e) {
		if (!(e instanceof AlreadyStored)) throw e;
		// Stored by a concurrent retry meanwhile: acknowledge that row.
		const row = await inputs.findInput(ctx.db, workshop.organisationId, input.id);
		if (!row) throw new ServiceError(409, 'mapping.error.inputId', { field: 'id' });
		return ackOf(row, guest, workshop);
	}
}

/** Inputs stored as sent, with nothing to look up and no second row: ratings, proposed activities, notes, new documents. */
function storedAsIs(input: GuestInput): boolean {
	if (input.kind === 'contribution') return false;
	if (input.kind === 'document') return !(input.value as DocumentProposal | undefined)?.existing;
	return true;
}

/**
 * The short path (most inputs): one statement finds the participant, takes the workshop's next sequence
 * number and stores the row in its own transaction; the event goes out once it has committed. Null when
 * nothing was stored: the caller then looks the participant up and finds out why.
 */
async function submitDirect(ctx: PartCtx, workshopId: string, token: string | null, input: GuestInput, value: unknown): Promise<InputAck | null> {
	const attempts: Array<{ tokenHash: string } | { userId: string }> = [];
	if (ctx.actor) attempts.push({ userId: ctx.actor.userId });
	if (token) attempts.push({ tokenHash: hashGuestToken(token) });
	for (const who of attempts) {
		const stored = await inputs.insertWorkshopInput(ctx.db, { workshopId, who, unitId: input.unitId ?? null, id: input.id, kind: input.kind, subject: input.subject, value });
		if (!stored) continue;
		// Published once stored, not waited for: the acknowledgement needs the row, not the notice (delivery is
		// at most once either way, and a stream that misses it catches up from the sequence number).
		const event = { type: 'input', seq: stored.seq, unitId: stored.unitId, kind: input.kind, subject: input.subject };
		void workshopBus()
			.publish(workshopChannel(workshopId), event)
			.catch((err: unknown) => log.error({ err, channel: workshopChannel(workshopId), type: event.type }, 'händelsen kunde inte publiceras efter commit'));
		return { id: input.id, seq: stored.seq, stored: true };
	}
	return null;
}

/** Why the short path stored nothing: a retry of a stored id is acknowledged with its original sequence number, anything else refused. */
async function explainRefusal(db: Db, guest: workshops.Participant, w: Workshop, input: GuestInput): Promise<InputAck> {
	const row = await inputs.findInput(db, w.organisationId, input.id);
	if (row) return ackOf(row, guest, w);
	if (input.unitId && input.unitId !== w.currentUnitId) throw new ServiceError(409, 'workshop.error.unitChanged', { field: 'unitId' });
	const cycle = await cycles.findCycle(db, w.organisationId, w.cycleId);
	if (cycle?.status !== 'open') throw new ServiceError(409, 'mapping.error.cycleClosed');
	// The id is taken outside this organisation.
	throw new ServiceError(409, 'mapping.error.inputId', { field: 'id' });
}

function ackOf(
	row: { authorGuestId: string | null; authorUserId: string | null; workshopId: string | null; seq: number | null; id: string },
	guest: workshops.Participant,
	w: Workshop
): InputAck {
	const same = guest.userId ? row.authorUserId === guest.userId : row.authorGuestId === guest.id;
	if (!same || row.workshopId !== w.id || row.seq === null) throw new ServiceError(409, 'mapping.error.inputId', { field: 'id' });
	return { id: row.id, seq: row.seq, stored: false };
}

/** The value to store: a rating's level, or the proposal as parsed. */
function check(input: GuestInput): unknown {
	const bad = (field: string) => new ServiceError(400, 'form.invalid', { field });
	if (input.unitId !== undefined && !isUuid(input.unitId)) throw bad('unitId');
	if (input.kind === 'goal_relevance' || input.kind === 'target_relevance') {
		if (!isInputSubject(input.kind, input.subject) || (input.kind === 'target_relevance' && !target(input.subject))) throw bad('subject');
		if (!isRelevanceLevel(input.level)) throw bad('level');
		return { level: input.level };
	}
	if (!isStepNoteKind(input.kind)) throw bad('kind');
	if (!isInputSubject(input.kind, input.subject)) throw bad('subject');
	if (input.kind === 'contribution' && !target(input.subject.split(':')[1] ?? '')) throw bad('subject');
	if (typeof input.value !== 'object' || input.value === null || JSON.stringify(input.value).length > 4000) throw bad('value');
	return input.value;
}

/** Checks what a proposal points at in the current unit: its activity, or the document it adds targets to. */
async function resolved(db: Db, w: Workshop, input: GuestInput, value: unknown): Promise<unknown> {
	if (input.kind === 'contribution') {
		if (!(await activities.findActivity(db, scopeOf(w), input.subject.split(':')[0]!))) throw notFound();
	}
	if (input.kind === 'document' && (value as DocumentProposal).existing) {
		const doc = await documents.findDocument(db, scopeOf(w), input.subject);
		if (!doc) throw notFound();
		return { ...(value as DocumentProposal), name: doc.name, type: doc.type };
	}
	return value;
}

async function recordFeedback(db: Db, w: Workshop, guest: workshops.Participant, input: GuestInput, value: unknown) {
	if (input.kind !== 'contribution') return;
	const v = value as ContributionProposal;
	if (v.source !== 'suggestion' || v.rank === undefined || v.score === undefined) return;
	const [activityId, targetCode] = input.subject.split(':') as [string, string];
	await feedback.insertFeedback(db, scopeOf(w), {
		activityId,
		workshopId: w.id,
		targetCode,
		decision: v.decision,
		rank: v.rank,
		score: v.score,
		lang: v.lang ?? 'sv',
		...authorOf(guest)
	});
}

/** A participant's live stream: step changes, agreed values, and the group's aggregate only while shown. */
export async function openGuestStream(ctx: PartCtx, workshopId: string, token: string | null) {
	const { workshop: w } = await requireGuest(ctx, workshopId, token);
	return workshopStream(ctx.db, w, 'participant');
}

/**
 * The id of an input sent by a plain form: derived from the page's seed and the form's fields, so the same
 * form submitted twice stores one row and two different forms of one page store two.
 */
export function formInputId(fields: Record<string, string>): string {
	const seed = fields.id ?? '';
	const rest = Object.entries(fields)
		.filter(([k]) => k !== 'id')
		.sort(([a], [b]) => a.localeCompare(b));
	const h = createHash('sha256').update(JSON.stringify([seed, rest])).digest('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
