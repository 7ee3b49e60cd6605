// Taking part in a workshop without an account: join with the code and a display name (a guest session
// scoped to that one workshop), see the current step for the current unit, and give one's own ratings.
// Each input is stored under the id its client generated, with the workshop's next sequence number, before
// it is acknowledged; a retry acknowledges the stored row with its original sequence number.
// These are public entry points: instead of a membership check, they start from the guest's token.
import { isRelevanceLevel, type RelevanceLevel } from '#lib/domain/mapping.js';
import { normaliseJoinCode, type Workshop } from '#lib/domain/workshop.js';
import { isInputSubject } from '#lib/domain/mapping.js';
import { target } from '#lib/sdg/catalogue.js';
import { hashGuestToken, mintGuestToken } from '../auth/guest.js';
import { record, type Limit } from '../auth/rate-limit.js';
import * as guests from '../repositories/guest.repository.js';
import * as inputs from '../repositories/input.repository.js';
import * as units from '../repositories/unit.repository.js';
import * as workshops from '../repositories/workshop.repository.js';
import * as cycles from '../repositories/cycle.repository.js';
import { isUuid } from './access.js';
import type { Ctx } from './actor.js';
import { notFound, ServiceError } from './errors.js';
import { distribution, stepState } from './workshop-items.js';
import { withWorkshopEvents, workshopChannel, workshopStream } from './workshop-live.js';

/** Wrong codes per address: a room behind one address still joins freely with the right code. */
export const joinLimit: Limit = { max: 10, windowMs: 60_000 };

export const DISPLAY_NAME_MAX = 40;

/** Which open workshop a typed code opens; wrong codes count against the address (11th in a minute → 429). */
export async function checkJoinCode({ db }: Pick<Ctx, 'db'>, typed: string, address: string): Promise<{ workshopId: string; name: string }> {
	const code = normaliseJoinCode(typed);
	const w = code ? await workshops.findOpenWorkshopByCode(db, code) : null;
	if (w) return { workshopId: w.id, name: w.name };
	const failures = await record(db, `join:address:${address}`, joinLimit);
	if (failures > joinLimit.max) throw new ServiceError(429, 'workshop.error.tooManyCodes', { field: 'code' });
	throw new ServiceError(400, 'workshop.error.code', { field: 'code' });
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

/** The guest and their workshop, for a token of this workshop while it is open; anything else is 404. */
export async function requireGuest(ctx: Pick<Ctx, 'db'>, workshopId: string, token: string | null) {
	if (!token || !isUuid(workshopId)) throw notFound();
	const guest = await guests.findGuestByToken(ctx.db, workshopId, hashGuestToken(token));
	if (!guest) throw notFound();
	const w = await workshops.findWorkshop(ctx.db, guest.organisationId, workshopId);
	if (!w || w.status !== 'open') throw notFound();
	return { guest, workshop: w };
}

/** A participant's screen: the step, the unit, the items, their own current answers, and the group's only when shown. */
export async function getParticipantView(ctx: Pick<Ctx, 'db'>, workshopId: string, token: string | null) {
	const { guest, workshop: w } = await requireGuest(ctx, workshopId, token);
	const state = await stepState(ctx.db, w);
	const unit = await units.findUnit(ctx.db, w.organisationId, w.currentUnitId);
	const mine: Record<string, RelevanceLevel> = {};
	if (state.kind) {
		for (const a of await workshops.currentAnswers(ctx.db, w.organisationId, w.id, w.currentUnitId, state.kind)) {
			const level = (a.value as { level?: unknown } | null)?.level;
			if (a.author === guest.id && isRelevanceLevel(level)) mine[a.subject] = level;
		}
	}
	const group = state.kind && w.showResults ? (await distribution(ctx.db, w, state.kind, state.subjects)).counts : null;
	const agreedKind = state.kind === 'goal_relevance' ? 'goal' : 'target';
	return {
		workshop: { id: w.id, name: w.name, status: w.status, seq: w.seq, steps: w.steps, stepIndex: w.stepIndex, showResults: w.showResults },
		guest: { displayName: guest.displayName },
		unit: { id: w.currentUnitId, name: unit?.name ?? '' },
		step: state.step,
		kind: state.kind,
		subjects: state.subjects,
		mine,
		group,
		agreed: Object.fromEntries(state.agreed.filter((r) => r.kind === agreedKind).map((r) => [r.code, r.level]))
	};
}

export interface GuestInput {
	/** Generated by the client (a UUID), the same on every retry. */
	id: string;
	kind: string;
	subject: string;
	level: string;
	/** The unit the participant's screen showed; an input for another unit than the current one is refused. */
	unitId?: string;
}

export interface InputAck {
	id: string;
	seq: number;
	stored: boolean;
}

class AlreadyStored extends Error {}

/** Stores a guest's rating for the workshop's current unit, once per client id, and acknowledges it with its sequence number. */
export async function submitGuestInput(ctx: Pick<Ctx, 'db'>, workshopId: string, token: string | null, input: GuestInput): Promise<InputAck> {
	const { guest, workshop } = await requireGuest(ctx, workshopId, token);
	if (!isUuid(input.id)) throw new ServiceError(400, 'form.invalid', { field: 'id' });
	const existing = await inputs.findInput(ctx.db, workshop.organisationId, input.id);
	if (existing) return ackOf(existing, guest.id, workshop);
	check(input);
	try {
		return await withWorkshopEvents(ctx.db, async (trx, queue) => {
			// Locks the workshop row: inputs of one workshop commit in sequence order.
			const w = (await workshops.changeWorkshop(trx, workshop.organisationId, workshop.id, {}))!;
			if (w.status !== 'open') throw notFound();
			if (input.unitId && input.unitId !== w.currentUnitId) throw new ServiceError(409, 'workshop.error.unitChanged', { field: 'unitId' });
			const cycle = await cycles.findCycle(trx, w.organisationId, w.cycleId);
			if (cycle?.status !== 'open') throw new ServiceError(409, 'mapping.error.cycleClosed');
			const stored = await inputs.insertInput(
				trx,
				{ organisationId: w.organisationId, cycleId: w.cycleId, unitId: w.currentUnitId },
				{ id: input.id, workshopId: w.id, authorUserId: null, authorGuestId: guest.id, kind: input.kind, subject: input.subject, value: { level: input.level }, seq: w.seq }
			);
			if (!stored) throw new AlreadyStored();
			queue(workshopChannel(w.id), { type: 'input', seq: w.seq, unitId: w.currentUnitId, kind: input.kind, subject: input.subject });
			return { id: input.id, seq: w.seq, stored: true };
		});
	} catch (e) {
		if (!(e instanceof AlreadyStored)) throw e;
		// Stored by a concurrent retry meanwhile: acknowledge that row.
		const row = await inputs.findInput(ctx.db, workshop.organisationId, input.id);
		if (!row) throw new ServiceError(409, 'mapping.error.inputId', { field: 'id' });
		return ackOf(row, guest.id, workshop);
	}
}

function ackOf(row: { authorGuestId: string | null; workshopId: string | null; seq: number | null; id: string }, guestId: string, w: Workshop): InputAck {
	if (row.authorGuestId !== guestId || row.workshopId !== w.id || row.seq === null) throw new ServiceError(409, 'mapping.error.inputId', { field: 'id' });
	return { id: row.id, seq: row.seq, stored: false };
}

function check(input: GuestInput): void {
	const bad = (field: string) => new ServiceError(400, 'form.invalid', { field });
	if (input.kind !== 'goal_relevance' && input.kind !== 'target_relevance') throw bad('kind');
	if (!isInputSubject(input.kind, input.subject) || (input.kind === 'target_relevance' && !target(input.subject))) throw bad('subject');
	if (!isRelevanceLevel(input.level)) throw bad('level');
	if (input.unitId !== undefined && !isUuid(input.unitId)) throw bad('unitId');
}

/** A participant's live stream: step changes, agreed values, and the group's aggregate only while shown. */
export async function openGuestStream(ctx: Pick<Ctx, 'db'>, workshopId: string, token: string | null) {
	const { workshop: w } = await requireGuest(ctx, workshopId, token);
	return workshopStream(ctx.db, w, 'participant');
}
