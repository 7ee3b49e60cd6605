// A unit's mapping in a cycle: the overview every member sees, and the agreed grunduppdrag and relevance
// of goals and targets, edited by those allowed. An edit based on an old version is refused (409) with
// the value stored now; nothing is overwritten silently. Every change is written to the audit trail.
import { goalOfCode, isRelevanceCode, relevanceLevelLabelKeys, targetStepLevels, type RelevanceKind, type RelevanceLevel, type Relevance } from '#lib/domain/mapping.js';
import { target } from '#lib/sdg/catalogue.js';
import * as activities from '../repositories/activity.repository.js';
import * as challenges from '../repositories/challenge.repository.js';
import * as documents from '../repositories/document.repository.js';
import * as inputs from '../repositories/input.repository.js';
import * as mapping from '../repositories/mapping.repository.js';
import { requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { ConflictError, type ConflictItem } from './conflict.js';
import { ServiceError } from './errors.js';
import { audit, editableUnit, mayEditUnit, unitInCycle } from './mapping-access.js';

export async function getUnitMapping(ctx: Ctx, organisationId: string, cycleId: string, unitId: string) {
	const access = await requireOrg(ctx, organisationId, 'mapping.view');
	const { cycle, unit, scope } = await unitInCycle(ctx.db, access, cycleId, unitId);
	const [grunduppdrag, relevance, activityList, contributions, challengeList, documentList, current] = await Promise.all([
		mapping.findGrunduppdrag(ctx.db, scope),
		mapping.listRelevance(ctx.db, scope),
		activities.listActivities(ctx.db, scope),
		activities.listContributions(ctx.db, scope),
		challenges.listChallenges(ctx.db, scope),
		documents.listDocuments(ctx.db, scope),
		inputs.currentInputs(ctx.db, scope)
	]);
	const agreers = [grunduppdrag, ...relevance, ...activityList, ...contributions, ...challengeList, ...documentList].map((x) => x?.agreedBy);
	return {
		cycle,
		unit: { id: unit.id, name: unit.name, type: unit.type },
		canEdit: cycle.status === 'open' && (await mayEditUnit(ctx.db, access, unit.id)),
		grunduppdrag,
		relevance,
		targetGoals: targetGoalsOf(relevance),
		activities: activityList.map((a) => ({ ...a, contributions: contributions.filter((c) => c.activityId === a.id) })),
		challenges: challengeList,
		documents: documentList,
		ratings: ratingCounts(current),
		people: await mapping.displayNames(ctx.db, organisationId, agreers.filter((id): id is string => !!id))
	};
}

/** The goals whose targets are assessed: those agreed as medium or high, and any with a target assessed already. */
function targetGoalsOf(relevance: readonly Relevance[]): number[] {
	const goals = new Set<number>();
	for (const r of relevance) {
		if (r.kind === 'goal' && targetStepLevels.includes(r.level)) goals.add(Number(r.code));
		if (r.kind === 'target') goals.add(goalOfCode(r.code));
	}
	return [...goals].sort((x, y) => x - y);
}

/** How many people's current individual rating of each goal and target is at each level, keyed "goal:6" / "target:6.3". */
function ratingCounts(current: Awaited<ReturnType<typeof inputs.currentInputs>>) {
	const out: Record<string, Partial<Record<RelevanceLevel, number>>> = {};
	for (const input of current) {
		const kind = input.kind === 'goal_relevance' ? 'goal' : input.kind === 'target_relevance' ? 'target' : null;
		const level = (input.value as { level?: RelevanceLevel } | null)?.level;
		if (!kind || !level || !(level in relevanceLevelLabelKeys)) continue;
		const counts = (out[`${kind}:${input.subject}`] ??= {});
		counts[level] = (counts[level] ?? 0) + 1;
	}
	return out;
}

export async function saveGrunduppdrag(ctx: Ctx, organisationId: string, cycleId: string, unitId: string, input: { text: string; version: number }) {
	const access = await requireOrg(ctx, organisationId, 'mapping.edit');
	await ctx.db.transaction().execute(async (trx) => {
		const { scope } = await editableUnit(trx, access, cycleId, unitId);
		const before = await mapping.findGrunduppdrag(trx, scope);
		if (before?.text === input.text) return;
		const saved =
			input.version === 0
				? await mapping.insertGrunduppdrag(trx, scope, input.text, access.actor.userId)
				: await mapping.updateGrunduppdrag(trx, scope, input.version, input.text, access.actor.userId);
		if (!saved) {
			const now = await mapping.findGrunduppdrag(trx, scope);
			const names = await mapping.displayNames(trx, organisationId, now?.agreedBy ? [now.agreedBy] : []);
			throw new ConflictError([
				{
					subject: { key: 'mapping.grunduppdrag.heading' },
					by: now?.agreedBy ? (names[now.agreedBy] ?? null) : null,
					at: now?.agreedAt ?? null,
					version: now?.version ?? 0,
					fields: [{ label: 'mapping.grunduppdrag.heading', value: now?.text ?? null }]
				}
			]);
		}
		await audit(trx, access, scope, 'grunduppdrag.set', 'grunduppdrag', unitId, { before: before?.text ?? null, after: input.text });
	});
}

export interface RelevanceEdit {
	kind: RelevanceKind;
	code: string;
	/** null: nothing chosen (a radio group left empty), which changes nothing. */
	level: RelevanceLevel | null;
	motivation: string | null;
	/** The version the form showed; 0 when there was no agreed value yet. */
	version: number;
}

function relevanceConflict(now: Relevance | null, edit: RelevanceEdit, names: Record<string, string>): ConflictItem {
	return {
		subject: edit.kind === 'goal' ? { key: 'mapping.conflict.goal', params: { number: edit.code } } : { key: 'mapping.conflict.target', params: { code: edit.code } },
		by: now?.agreedBy ? (names[now.agreedBy] ?? null) : null,
		at: now?.agreedAt ?? null,
		version: now?.version ?? 0,
		fields: [
			{ label: 'mapping.field.level', value: now?.level ?? null, valueKey: now ? relevanceLevelLabelKeys[now.level] : undefined },
			{ label: 'mapping.field.motivation', value: now?.motivation ?? null }
		]
	};
}

/**
 * Sets the agreed relevance of several goals or targets in one go (one form). Unchanged items are
 * skipped; if any changed item's version is stale, nothing is saved and every such item is reported
 * with its stored value.
 */
export async function setRelevances(ctx: Ctx, organisationId: string, cycleId: string, unitId: string, edits: readonly RelevanceEdit[]) {
	const access = await requireOrg(ctx, organisationId, 'mapping.edit');
	for (const e of edits) {
		if (!isRelevanceCode(e.kind, e.code) || (e.kind === 'target' && !target(e.code))) throw new ServiceError(400, 'mapping.error.code', { field: '_form' });
	}
	return ctx.db.transaction().execute(async (trx) => {
		const { scope } = await editableUnit(trx, access, cycleId, unitId);
		const stale: Array<{ now: Relevance | null; edit: RelevanceEdit }> = [];
		let changed = 0;
		for (const edit of edits) {
			const before = await mapping.findRelevance(trx, scope, edit.kind, edit.code);
			if (!edit.level || (before && before.level === edit.level && before.motivation === edit.motivation)) continue;
			const value = { kind: edit.kind, code: edit.code, level: edit.level, motivation: edit.motivation };
			const saved =
				edit.version === 0
					? await mapping.insertRelevance(trx, scope, value, access.actor.userId)
					: await mapping.updateRelevance(trx, scope, edit.version, value, access.actor.userId);
			if (!saved) {
				stale.push({ now: await mapping.findRelevance(trx, scope, edit.kind, edit.code), edit });
				continue;
			}
			changed++;
			await audit(trx, access, scope, 'relevance.set', 'relevance', `${edit.kind}:${edit.code}`, {
				kind: edit.kind,
				code: edit.code,
				before: before ? { level: before.level, motivation: before.motivation } : null,
				after: { level: edit.level, motivation: edit.motivation }
			});
		}
		if (stale.length) {
			const names = await mapping.displayNames(trx, organisationId, stale.flatMap((s) => (s.now?.agreedBy ? [s.now.agreedBy] : [])));
			throw new ConflictError(stale.map((s) => relevanceConflict(s.now, s.edit, names)));
		}
		return { changed };
	});
}
