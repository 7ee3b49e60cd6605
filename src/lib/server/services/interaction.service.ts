// The interaction network of a cycle (SEI's SDG Synergies method): the pairs worth scoring, each scorer's
// score with a reason, the score the group settles on, importing a matrix in the SEI layout, copying the
// last cycle's scores, and the rankings of the scores that count. Every change is published on the
// cycle's channel after its commit, so scorers on their own laptops follow each other's progress.
import { withoutControlChars } from '#lib/validation/form.js';
import { cellAgreement, matrixFromScoredCells } from '#lib/analysis/interactions/agreement.js';
import { goalMatrix } from '#lib/analysis/interactions/goals.js';
import { parseSeiFile } from '#lib/analysis/interactions/import.js';
import { targetMetrics } from '#lib/analysis/interactions/metrics.js';
import { isInteractionScore, type InteractionScore, type ScoredCell } from '#lib/analysis/interactions/types.js';
import { can } from '#lib/domain/roles.js';
import { compareTargetCodes, isTargetCode } from '#lib/domain/sdg-codes.js';
import { target } from '#lib/sdg/catalogue.js';
import { scoreLabelKeys } from '#lib/validation/interactions.js';
import type { Db } from '../db/index.js';
import type { Queue } from '../realtime/index.js';
import type { SseOptions } from '../realtime/sse.js';
import { insertAuditEvent } from '../repositories/audit.repository.js';
import * as cycles from '../repositories/cycle.repository.js';
import * as repo from '../repositories/interaction.repository.js';
import { displayNames } from '../repositories/mapping.repository.js';
import { requireOrg, type OrgAccess } from './access.js';
import type { Ctx } from './actor.js';
import { ConflictError } from './conflict.js';
import { notFound, ServiceError } from './errors.js';
import { cycleOf, openCycleOf } from './mapping-access.js';
import { withWorkshopEvents, workshopBus } from './workshop-live.js';

/** How many of the most-touched targets are proposed: 12 targets give at most 12 × 11 = 132 ordered pairs. */
export const PROPOSED_TARGETS = 12;
/** A target is proposed when at least this many units touch it. */
export const MIN_UNITS = 2;
/** All ordered pairs of the 169 targets, for the page's explanation. */
export const ALL_PAIRS = 169 * 168;

/** A closed cycle is a record of what was agreed: its scores are not changed (409). */
const CLOSED = 'interactions.error.cycleClosed';

export const interactionChannel = (cycleId: string) => `interactions:${cycleId}`;

/** A refused import: the file's issues, each a Swedish sentence naming the row and column. */
export class MatrixImportError extends ServiceError {
	constructor(readonly issues: readonly string[]) {
		super(400, 'interactions.error.import', { field: 'file' });
		this.name = 'MatrixImportError';
	}
}

type Pair = { from: string; to: string };

function scopeOf(access: OrgAccess, cycleId: string): repo.CycleScope {
	return { organisationId: access.organisationId, cycleId };
}

/** The pair's two targets, both of the catalogue and different; anything else is not found. */
function checkPair(p: Pair): Pair {
	if (p.from === p.to || !isTargetCode(p.from) || !isTargetCode(p.to) || !target(p.from) || !target(p.to)) throw notFound();
	return p;
}

function checkScore(score: number, reason: string): { score: InteractionScore; reason: string } {
	if (!isInteractionScore(score)) throw new ServiceError(400, 'interactions.error.score', { field: 'score' });
	const text = reason.trim();
	if (!text) throw new ServiceError(400, 'interactions.error.reason', { field: 'reason' });
	if (text.length > 2000) throw new ServiceError(400, 'form.tooLong', { field: 'reason' });
	return { score, reason: text };
}

/** Runs the change in a transaction and publishes one event with the cycle's newest change as its sequence number. */
function withInteractionEvent<T>(ctx: Ctx, s: repo.CycleScope, event: Record<string, unknown> & { type: string }, work: (trx: Db) => Promise<T>): Promise<T> {
	return withWorkshopEvents(ctx.db, async (trx, queue: Queue) => {
		const result = await work(trx);
		queue(interactionChannel(s.cycleId), { ...event, seq: await repo.latestChange(trx, s) });
		return result;
	});
}

function audit(db: Db, access: OrgAccess, cycleId: string, action: string, entityId: string | null, details: Record<string, unknown>) {
	return insertAuditEvent(db, { organisationId: access.organisationId, actorUserId: access.actor.userId, action, entity: 'interaction', entityId, cycleId, details });
}

/** The organisation's cycles with how many scores each holds. */
export async function interactionCycles(ctx: Ctx, organisationId: string) {
	await requireOrg(ctx, organisationId, 'council.view');
	const [list, counts] = await Promise.all([cycles.listCycles(ctx.db, organisationId), repo.countsPerCycle(ctx.db, organisationId)]);
	return { cycles: list.map((c) => ({ ...c, agreed: counts[c.id]?.agreed ?? 0, scores: counts[c.id]?.scores ?? 0 })) };
}

export interface ProposedPair {
	from: string;
	to: string;
	/** Units touching both targets. */
	sharedUnits: number;
	agreed: InteractionScore | null;
	scorers: number;
	spread: number;
	signDisagreement: boolean;
}

/**
 * The pairs worth scoring: targets rated relevant (agreed medel or hög) by some unit in the cycle and
 * touched (rated relevant, or contributed to by an activity) by at least two units; of those the
 * PROPOSED_TARGETS most touched, paired both ways, the pairs that more units share first.
 */
export async function proposedPairs(ctx: Ctx, organisationId: string, cycleId: string) {
	const access = await requireOrg(ctx, organisationId, 'council.view');
	await cycleOf(ctx.db, organisationId, cycleId);
	return proposalsOf(ctx.db, scopeOf(access, cycleId));
}

async function proposalsOf(db: Db, s: repo.CycleScope) {
	const [touches, scores, agreed] = await Promise.all([repo.listTouches(db, s), repo.listScores(db, s), repo.listAgreed(db, s)]);
	const units = new Map<string, Set<string>>();
	const relevant = new Set<string>();
	for (const t of touches) {
		if (!target(t.code)) continue;
		let set = units.get(t.code);
		if (!set) units.set(t.code, (set = new Set()));
		set.add(t.unitId);
		if (t.relevant) relevant.add(t.code);
	}
	const eligible = [...relevant]
		.filter((code) => units.get(code)!.size >= MIN_UNITS)
		.sort((a, b) => units.get(b)!.size - units.get(a)!.size || compareTargetCodes(a, b));
	const chosen = eligible.slice(0, PROPOSED_TARGETS);
	const key = (from: string, to: string) => `${from}→${to}`;
	const scoresOf = new Map<string, repo.StoredScore[]>();
	for (const sc of scores) {
		const k = key(sc.from, sc.to);
		scoresOf.set(k, [...(scoresOf.get(k) ?? []), sc]);
	}
	const agreedOf = new Map(agreed.map((a) => [key(a.from, a.to), a]));
	const order = new Map(chosen.map((code, i) => [code, i]));
	const pairs: ProposedPair[] = [];
	for (const from of chosen) {
		for (const to of chosen) {
			if (from === to) continue;
			const a = units.get(from)!;
			const shared = [...units.get(to)!].filter((u) => a.has(u)).length;
			const cell = cellAgreement((scoresOf.get(key(from, to)) ?? []).map((x) => ({ scorer: x.scorerId, score: x.score, reason: x.reason })));
			pairs.push({
				from,
				to,
				sharedUnits: shared,
				agreed: agreedOf.get(key(from, to))?.score ?? null,
				scorers: cell.count,
				spread: cell.spread,
				signDisagreement: cell.signDisagreement
			});
		}
	}
	pairs.sort((x, y) => y.sharedUnits - x.sharedUnits || order.get(x.from)! - order.get(y.from)! || order.get(x.to)! - order.get(y.to)!);
	return {
		targets: chosen.map((code) => ({ code, units: units.get(code)!.size })),
		eligibleTargets: eligible.length,
		minUnits: MIN_UNITS,
		allPairs: ALL_PAIRS,
		pairs,
		progress: {
			total: pairs.length,
			agreed: pairs.filter((p) => p.agreed !== null).length,
			scored: pairs.filter((p) => p.agreed !== null || p.scorers > 0).length
		}
	};
}

/** Sets the caller's own score of a pair (replacing their earlier one). */
export async function scorePair(ctx: Ctx, organisationId: string, cycleId: string, input: Pair & { score: number; reason: string }) {
	const access = await requireOrg(ctx, organisationId, 'interactions.score');
	const pair = checkPair(input);
	const value = checkScore(input.score, input.reason);
	await openCycleOf(ctx.db, organisationId, cycleId, CLOSED);
	const s = scopeOf(access, cycleId);
	return withInteractionEvent(ctx, s, { type: 'score', ...pair }, async (trx) => {
		const at = await repo.upsertScore(trx, s, { ...pair, ...value, scorerId: access.actor.userId });
		return { savedAt: at };
	});
}

/** The group's agreed score of a pair. A stale version (someone settled it meanwhile) is a 409 with what is stored now. */
export async function settlePair(ctx: Ctx, organisationId: string, cycleId: string, input: Pair & { score: number; reason: string; version?: number }) {
	const access = await requireOrg(ctx, organisationId, 'interactions.score');
	const pair = checkPair(input);
	const value = checkScore(input.score, input.reason);
	await openCycleOf(ctx.db, organisationId, cycleId, CLOSED);
	const s = scopeOf(access, cycleId);
	const version = input.version ?? 0;
	return withInteractionEvent(ctx, s, { type: 'agreed', ...pair }, async (trx) => {
		const before = await repo.findAgreed(trx, s, pair.from, pair.to);
		const v = { ...pair, ...value };
		const saved = version === 0 ? await repo.insertAgreed(trx, s, v, access.actor.userId) : await repo.updateAgreed(trx, s, version, v, access.actor.userId);
		if (!saved) {
			const now = await repo.findAgreed(trx, s, pair.from, pair.to);
			const names = await displayNames(trx, organisationId, now?.agreedBy ? [now.agreedBy] : []);
			throw new ConflictError(
				[
					{
						subject: { key: 'interactions.pair.subject', params: { from: pair.from, to: pair.to } },
						by: now?.agreedBy ? (names[now.agreedBy] ?? null) : null,
						at: now?.agreedAt ?? null,
						version: now?.version ?? 0,
						fields: [
							{ label: 'interactions.field.score', value: now ? String(now.score) : null, valueKey: now ? scoreLabelKeys[`${now.score}`] : undefined },
							{ label: 'interactions.field.reason', value: now?.reason ?? null }
						]
					}
				],
				'interactions.error.conflict'
			);
		}
		await audit(trx, access, cycleId, 'interaction.settle', `${pair.from}→${pair.to}`, {
			before: before ? { score: before.score, reason: before.reason, source: before.source } : null,
			after: value
		});
		return saved;
	});
}

/** Everything said about a pair: each scorer's score and reason, how far they agree, and the agreed score. */
export async function pairDetail(ctx: Ctx, organisationId: string, cycleId: string, input: Pair) {
	const access = await requireOrg(ctx, organisationId, 'council.view');
	const pair = checkPair(input);
	const cycle = await cycleOf(ctx.db, organisationId, cycleId);
	const s = scopeOf(access, cycleId);
	const [scores, agreed, seq] = await Promise.all([repo.listScores(ctx.db, s, pair), repo.findAgreed(ctx.db, s, pair.from, pair.to), repo.latestChange(ctx.db, s)]);
	const names = await displayNames(ctx.db, organisationId, agreed?.agreedBy ? [agreed.agreedBy] : []);
	const me = access.actor.userId;
	const mine = scores.find((x) => x.scorerId === me);
	return {
		cycle,
		pair,
		canScore: can(access.role, 'interactions.score') && cycle.status === 'open',
		scores: scores.map((x) => ({ name: x.scorerName, score: x.score, reason: x.reason, mine: x.scorerId === me, at: x.updatedAt })),
		mine: mine ? { score: mine.score, reason: mine.reason } : null,
		agreement: cellAgreement(scores.map((x) => ({ scorer: x.scorerId, score: x.score, reason: x.reason }))),
		agreed: agreed ? { ...agreed, agreedByName: agreed.agreedBy ? (names[agreed.agreedBy] ?? null) : null } : null,
		seq
	};
}

/** The matrix of the scores that count (agreed, imported, copied), over the targets it holds. */
async function agreedMatrix(db: Db, s: repo.CycleScope) {
	const agreed = await repo.listAgreed(db, s);
	const codes = [...new Set(agreed.flatMap((a) => [a.from, a.to]))].sort(compareTargetCodes);
	const cells: ScoredCell[] = agreed.map((a) => ({ from: a.from, to: a.to, scores: [], agreed: { score: a.score, reason: a.reason } }));
	return { matrix: matrixFromScoredCells(codes, cells), cells: agreed.length };
}

/** Per target: row sum, column sum, second order and ranks; and the goal-level 17 × 17 aggregation. */
export async function network(ctx: Ctx, organisationId: string, cycleId: string) {
	const access = await requireOrg(ctx, organisationId, 'council.view');
	await cycleOf(ctx.db, organisationId, cycleId);
	return networkOf(ctx.db, scopeOf(access, cycleId));
}

async function networkOf(db: Db, s: repo.CycleScope) {
	const { matrix, cells } = await agreedMatrix(db, s);
	return { targets: targetMetrics(matrix), goals: goalMatrix(matrix), cells };
}

/** The cycle page: proposals with progress, the rankings, other cycles to copy from, and the live sequence number. */
export async function interactionOverview(ctx: Ctx, organisationId: string, cycleId: string) {
	const access = await requireOrg(ctx, organisationId, 'council.view');
	const cycle = await cycleOf(ctx.db, organisationId, cycleId);
	const s = scopeOf(access, cycleId);
	const [proposals, net, list, counts, seq] = await Promise.all([
		proposalsOf(ctx.db, s),
		networkOf(ctx.db, s),
		cycles.listCycles(ctx.db, organisationId),
		repo.countsPerCycle(ctx.db, organisationId),
		repo.latestChange(ctx.db, s)
	]);
	return {
		cycle,
		proposals,
		network: net,
		otherCycles: list.filter((c) => c.id !== cycleId && (counts[c.id]?.agreed ?? 0) > 0).map((c) => ({ id: c.id, name: c.name, agreed: counts[c.id]!.agreed })),
		canScore: can(access.role, 'interactions.score') && cycle.status === 'open',
		seq
	};
}

/**
 * Imports a matrix in the SEI layout (CSV or XLSX) as the cycle's scores that count. With issues nothing
 * is stored and the issues are returned as a 400. `replace` removes the cycle's agreed, imported and
 * copied scores first; `merge` writes the file's scored cells over what is there and keeps the rest.
 */
export async function importMatrix(ctx: Ctx, organisationId: string, cycleId: string, bytes: Uint8Array, filename: string, mode: 'replace' | 'merge') {
	const access = await requireOrg(ctx, organisationId, 'interactions.score');
	await openCycleOf(ctx.db, organisationId, cycleId, CLOSED);
	if (bytes.length === 0) throw new ServiceError(400, 'interactions.error.noFile', { field: 'file' });
	const parsed = await parseSeiFile(bytes);
	if (!parsed.ok) throw new MatrixImportError(parsed.issues.map((i) => i.message));
	const { codes, cells } = parsed.matrix;
	const values: Array<{ from: string; to: string; score: InteractionScore; reason: string }> = [];
	cells.forEach((row, i) => row.forEach((score, j) => score !== null && values.push({ from: codes[i]!, to: codes[j]!, score, reason: '' })));
	const s = scopeOf(access, cycleId);
	return withInteractionEvent(ctx, s, { type: 'import' }, async (trx) => {
		const removed = mode === 'replace' ? await repo.deleteAllAgreed(trx, s) : 0;
		await repo.upsertImported(trx, s, values, access.actor.userId);
		const result = { targets: codes.length, cells: values.length, removed };
		await audit(trx, access, cycleId, 'interaction.import', null, { filename: withoutControlChars(filename).slice(0, 200), mode, ...result });
		return result;
	});
}

/** Starts the cycle from another cycle's scores that count (as 'copied'); pairs the cycle has already are kept. */
export async function copyFromCycle(ctx: Ctx, organisationId: string, cycleId: string, fromCycleId: string) {
	const access = await requireOrg(ctx, organisationId, 'interactions.score');
	await openCycleOf(ctx.db, organisationId, cycleId, CLOSED);
	await cycleOf(ctx.db, organisationId, fromCycleId);
	if (fromCycleId === cycleId) throw new ServiceError(400, 'interactions.error.fromCycle', { field: 'fromCycleId' });
	const s = scopeOf(access, cycleId);
	return withInteractionEvent(ctx, s, { type: 'copy' }, async (trx) => {
		const copied = await repo.copyAgreed(trx, organisationId, fromCycleId, cycleId, access.actor.userId);
		await audit(trx, access, cycleId, 'interaction.copy', fromCycleId, { copied });
		return { copied };
	});
}

/** The cycle's live stream: every change's type, pair and sequence number; a (re)connect starts with a 'sync'. */
export async function openInteractionStream(ctx: Ctx, organisationId: string, cycleId: string): Promise<SseOptions> {
	const access = await requireOrg(ctx, organisationId, 'council.view');
	await cycleOf(ctx.db, organisationId, cycleId);
	const s = scopeOf(access, cycleId);
	return {
		subscribe: (send, close) => workshopBus().subscribe(interactionChannel(cycleId), send, { onResync: close }),
		initial: async (lastEventId) => {
			const seq = await repo.latestChange(ctx.db, s);
			return lastEventId === null || lastEventId < seq ? [{ type: 'sync', seq }] : [];
		}
	};
}
