// A unit's mapping compared with the previous cycle: the cycle this one was copied from, or else the latest
// one before it (by year, then creation). What changed is computed by domain/mapping-compare.ts.
import { compareMappings, type MappingComparison } from '#lib/domain/mapping-compare.js';
import type { Cycle } from '#lib/domain/mapping.js';
import * as activities from '../repositories/activity.repository.js';
import * as challenges from '../repositories/challenge.repository.js';
import * as cycles from '../repositories/cycle.repository.js';
import * as documents from '../repositories/document.repository.js';
import * as mapping from '../repositories/mapping.repository.js';
import type { Db } from '../db/index.js';
import type { Scope } from '../repositories/mapping.repository.js';
import { requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { unitInCycle } from './mapping-access.js';

/** The cycle a cycle is compared with, or null for the first one. */
export function previousCycle(all: readonly Cycle[], cycle: Cycle): Cycle | null {
	const copiedFrom = cycle.copiedFromId ? all.find((c) => c.id === cycle.copiedFromId) : undefined;
	if (copiedFrom) return copiedFrom;
	// `all` is newest first: the first one older than this cycle.
	const older = (c: Cycle) => c.year < cycle.year || (c.year === cycle.year && c.createdAt < cycle.createdAt);
	return all.find((c) => c.id !== cycle.id && older(c)) ?? null;
}

async function comparable(db: Db, scope: Scope) {
	const [relevance, activityList, contributions, challengeList, documentList] = await Promise.all([
		mapping.listRelevance(db, scope),
		activities.listActivities(db, scope),
		activities.listContributions(db, scope),
		challenges.listChallenges(db, scope),
		documents.listDocuments(db, scope)
	]);
	return {
		relevance,
		activities: activityList.map((a) => ({ name: a.name, contributions: contributions.filter((c) => c.activityId === a.id) })),
		challenges: challengeList,
		documents: documentList
	};
}

export async function compareUnitWithPreviousCycle(
	ctx: Ctx,
	organisationId: string,
	cycleId: string,
	unitId: string
): Promise<{ previous: { id: string; name: string }; changes: MappingComparison } | null> {
	const access = await requireOrg(ctx, organisationId, 'mapping.view');
	const { cycle, scope } = await unitInCycle(ctx.db, access, cycleId, unitId);
	const previous = previousCycle(await cycles.listCycles(ctx.db, organisationId), cycle);
	if (!previous) return null;
	const [before, now] = await Promise.all([comparable(ctx.db, { ...scope, cycleId: previous.id }), comparable(ctx.db, scope)]);
	return { previous: { id: previous.id, name: previous.name }, changes: compareMappings(before, now) };
}
