// The activities step as the processledare runs it: the participants' link proposals counted per activity ×
// target, the group's own decisions on the suggestion chips, settling the agreed contribution (through the
// activity service, so a stale version is a 409) and adding a proposed activity to the unit's activities.
import type { Direction, Directness, Strength } from '#lib/domain/mapping.js';
import type { ActivityProposal, SuggestionDecision, Workshop } from '#lib/domain/workshop.js';
import { isKnownTarget } from '#lib/sdg/checks.js';
import * as activities from '../repositories/activity.repository.js';
import * as feedback from '../repositories/suggestion-feedback.repository.js';
import * as workshops from '../repositories/workshop.repository.js';
import { isUuid, requireOrg } from './access.js';
import { createActivity, createContribution, updateContribution } from './activity.service.js';
import type { Ctx } from './actor.js';
import { notFound, ServiceError } from './errors.js';
import { scopeOf } from './workshop-items.js';
import { chipsFor, countProposals, linkedTargets, notesOf } from './workshop-steps.js';
import { createChallenge } from './board.service.js';
import * as challenges from '../repositories/challenge.repository.js';
import { withWorkshopEvents, workshopChannel } from './workshop-live.js';
import type { Db } from '../db/index.js';

async function workshopOf(ctx: Ctx, organisationId: string, workshopId: string): Promise<{ w: Workshop; userId: string }> {
	const access = await requireOrg(ctx, organisationId, 'workshop.run');
	const w = isUuid(workshopId) ? await workshops.findWorkshop(ctx.db, organisationId, workshopId) : null;
	if (!w) throw notFound();
	return { w, userId: access.actor.userId };
}

/** Tells every screen the agreed mapping of the current unit changed (the workshop's next sequence number). */
async function announce(db: Db, w: Workshop, kind: string, code: string): Promise<number> {
	return withWorkshopEvents(db, async (trx, queue) => {
		const bumped = (await workshops.changeWorkshop(trx, w.organisationId, w.id, {}))!;
		queue(workshopChannel(w.id), { type: 'agreed', seq: bumped.seq, unitId: w.currentUnitId, kind, code });
		return bumped.seq;
	});
}

/** The console's activities step: per activity the agreed links, the proposals counted, and the open chips. */
export async function consoleActivities(db: Db, w: Workshop) {
	const scope = scopeOf(w);
	const [list, agreed, answers, decisions, proposed] = await Promise.all([
		activities.listActivities(db, scope),
		activities.listContributions(db, scope),
		workshops.currentAnswers(db, w.organisationId, w.id, w.currentUnitId, 'contribution'),
		feedback.listFeedback(db, scope),
		workshops.currentAnswers(db, w.organisationId, w.id, w.currentUnitId, 'activity')
	]);
	const counts = countProposals(answers);
	const groupDecided = (activityId: string) => new Set(decisions.filter((d) => d.activityId === activityId && d.authorUserId && !d.authorGuestId && d.workshopId === w.id).map((d) => d.targetCode));
	const names = new Set(list.map((a) => a.name.trim().toLowerCase()));
	return {
		activities: list.map((a) => {
			const mine = agreed.filter((c) => c.activityId === a.id);
			const decided = groupDecided(a.id);
			return {
				id: a.id,
				name: a.name,
				description: a.description,
				agreed: mine,
				proposals: (counts[a.id] ?? []).map((p) => ({ ...p, agreed: mine.find((c) => c.targetCode === p.targetCode) ?? null })),
				chips: chipsFor(a, linkedTargets(agreed, a.id)).filter((c) => !decided.has(c.code))
			};
		}),
		// Proposed activities not yet among the unit's, with how many proposed them (by name).
		proposedActivities: [
			...proposed
				.map((p) => p.value as ActivityProposal)
				.filter((p) => !names.has(p.name.trim().toLowerCase()))
				.reduce((m, p) => m.set(p.name.trim().toLowerCase(), { ...p, count: (m.get(p.name.trim().toLowerCase())?.count ?? 0) + 1 }), new Map<string, ActivityProposal & { count: number }>())
				.values()
		]
	};
}

export interface SettleInput {
	activityId: string;
	targetCode: string;
	direction: Direction;
	strength: Strength;
	directness: Directness;
	motivation: string | null;
	/** The agreed link being changed, with the version the console showed; none for a new link. */
	contributionId?: string;
	version: number;
}

/** Settles the agreed contribution of an activity to a target for the current unit. */
export async function settleContribution(ctx: Ctx, organisationId: string, workshopId: string, s: SettleInput) {
	const { w } = await workshopOf(ctx, organisationId, workshopId);
	const value = { targetCode: s.targetCode, direction: s.direction, strength: s.strength, directness: s.directness, motivation: s.motivation, indicator: null };
	if (s.contributionId) {
		await updateContribution(ctx, organisationId, w.cycleId, w.currentUnitId, s.contributionId, { ...value, version: s.version });
	} else {
		await createContribution(ctx, organisationId, w.cycleId, w.currentUnitId, s.activityId, value);
	}
	return { seq: await announce(ctx.db, w, 'contribution', s.targetCode) };
}

export interface GroupDecision {
	activityId: string;
	targetCode: string;
	decision: SuggestionDecision;
	rank: number;
	score: number;
}

/**
 * The group's decision on a suggestion chip, recorded under the processledare's account. Accepting links the
 * target with the default values (bidrar, tydlig, direkt), which the console can then adjust.
 */
export async function decideSuggestion(ctx: Ctx, organisationId: string, workshopId: string, d: GroupDecision) {
	const { w, userId } = await workshopOf(ctx, organisationId, workshopId);
	if (!isKnownTarget(d.targetCode)) throw new ServiceError(400, 'mapping.error.target', { field: 'targetCode' });
	const scope = scopeOf(w);
	if (!isUuid(d.activityId) || !(await activities.findActivity(ctx.db, scope, d.activityId))) throw notFound();
	if (d.decision === 'accepted') {
		await createContribution(ctx, organisationId, w.cycleId, w.currentUnitId, d.activityId, {
			targetCode: d.targetCode,
			direction: 'bidrar',
			strength: 2,
			directness: 'direkt',
			motivation: null,
			indicator: null
		});
	}
	await feedback.insertFeedback(ctx.db, scope, {
		activityId: d.activityId,
		workshopId: w.id,
		targetCode: d.targetCode,
		decision: d.decision,
		rank: d.rank,
		score: d.score,
		lang: 'sv',
		authorUserId: userId,
		authorGuestId: null
	});
	return { seq: await announce(ctx.db, w, 'contribution', d.targetCode) };
}

/** Adds an activity a participant proposed to the unit's activities. */
export async function adoptActivity(ctx: Ctx, organisationId: string, workshopId: string, a: ActivityProposal) {
	const { w } = await workshopOf(ctx, organisationId, workshopId);
	const activity = await createActivity(ctx, organisationId, w.cycleId, w.currentUnitId, { name: a.name, description: a.description, owner: null });
	await announce(ctx.db, w, 'activity', activity.id);
	return activity;
}

/** The challenges board of the step: every note (never who wrote it), and whether it is on the agreed board. */
export async function consoleNotes(db: Db, w: Workshop) {
	const [answers, board] = await Promise.all([
		workshops.currentAnswers(db, w.organisationId, w.id, w.currentUnitId, 'challenge'),
		challenges.listChallenges(db, scopeOf(w))
	]);
	const agreed = new Set(board.map((c) => `${c.dimension}:${c.kind}:${c.text}`));
	return notesOf(answers).map((n) => ({ ...n, promoted: agreed.has(`${n.dimension}:${n.kind}:${n.text}`) }));
}

/** Puts a participant's note on the unit's agreed board (mapping_challenge), as it stands. */
export async function promoteNote(ctx: Ctx, organisationId: string, workshopId: string, noteId: string) {
	const { w } = await workshopOf(ctx, organisationId, workshopId);
	const note = (await consoleNotes(ctx.db, w)).find((n) => n.id === noteId);
	if (!note) throw notFound();
	if (note.promoted) return { seq: w.seq };
	await createChallenge(ctx, organisationId, w.cycleId, w.currentUnitId, {
		dimension: note.dimension,
		kind: note.kind,
		text: note.text,
		targetCodes: note.targetCode ? [note.targetCode] : []
	});
	return { seq: await announce(ctx.db, w, 'challenge', note.id) };
}
