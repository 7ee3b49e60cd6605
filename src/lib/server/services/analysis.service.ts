// The analysis for the sustainability council: one cycle's agreed mapping analysed (coverage, gaps,
// synergies, goal conflicts, the interaction network) and compared with the cycle before it; and the
// organisation's own grouping of goals into dimensions, which the samordnare sets.
import { analyse, compareAnalyses } from '#lib/analysis/engine/index.js';
import type { Cycle } from '#lib/domain/mapping.js';
import { dimensionGoalsSchema, type DimensionGoals } from '#lib/validation/dimensions.js';
import type { MessageKey } from '#lib/i18n/index.js';
import * as analysis from '../repositories/analysis.repository.js';
import * as audits from '../repositories/audit.repository.js';
import * as cycles from '../repositories/cycle.repository.js';
import { isUuid, requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { notFound, ServiceError } from './errors.js';
import { cycleOf } from './mapping-access.js';

/** The cycles the council can look at (council.view), newest first: the council view's picker. */
export async function listCouncilCycles(ctx: Ctx, organisationId: string): Promise<Cycle[]> {
	await requireOrg(ctx, organisationId, 'council.view');
	return cycles.listCycles(ctx.db, organisationId);
}

/** The engine's input for one cycle, for services that build on the analysis (council items, reports). */
export async function getAnalysisInput(ctx: Ctx, organisationId: string, cycleId: string) {
	await requireOrg(ctx, organisationId, 'council.view');
	const cycle = await cycleOf(ctx.db, organisationId, cycleId);
	return { cycle, input: await analysis.loadAnalysisInput(ctx.db, organisationId, cycle.id) };
}

/**
 * The council view's data: the cycle analysed, the organisation's cycles (for a picker), its units and the
 * cycle's activities (to name what findings point at), and the comparison with the cycle before this one
 * (by year, then creation), or null for the first cycle.
 */
export async function getAnalysis(ctx: Ctx, organisationId: string, cycleId: string) {
	await requireOrg(ctx, organisationId, 'council.view');
	const list = isUuid(cycleId) ? await cycles.listCycles(ctx.db, organisationId) : [];
	const at = list.findIndex((c) => c.id === cycleId.toLowerCase());
	if (at < 0) throw notFound();
	const cycle = list[at]!;
	const before: Cycle | null = list[at + 1] ?? null;
	const [input, previousInput] = await Promise.all([
		analysis.loadAnalysisInput(ctx.db, organisationId, cycle.id),
		before ? analysis.loadAnalysisInput(ctx.db, organisationId, before.id) : null
	]);
	const result = analyse(input);
	return {
		cycle,
		cycles: list,
		units: input.units,
		activities: input.activities,
		indicators: (input.steering ?? []).map((i) => ({ id: i.id, name: i.name })),
		result,
		previous: before && previousInput ? { cycle: before, comparison: compareAnalyses(analyse(previousInput), result) } : null
	};
}

/** The organisation's grouping of goals into dimensions, or null while it uses the default. */
export async function getDimensionGrouping(ctx: Ctx, organisationId: string): Promise<DimensionGoals | null> {
	await requireOrg(ctx, organisationId, 'org.view');
	return analysis.findDimensionGoals(ctx.db, organisationId);
}

/**
 * Sets the organisation's grouping of goals into the social, ecological and economic dimensions (goal
 * numbers only, every goal 1–17 in at least one); null goes back to the default grouping.
 */
export async function setDimensionGrouping(ctx: Ctx, organisationId: string, grouping: unknown) {
	const access = await requireOrg(ctx, organisationId, 'org.manage');
	let goals: DimensionGoals | null = null;
	if (grouping !== null) {
		const parsed = dimensionGoalsSchema.safeParse(grouping);
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			const key = (issue?.message.startsWith('dimensions.error.') ? issue.message : 'dimensions.error.shape') as MessageKey;
			throw new ServiceError(400, key, { field: String(issue?.path[0] ?? '_form') });
		}
		goals = parsed.data;
	}
	await ctx.db.transaction().execute(async (trx) => {
		const before = await analysis.findDimensionGoals(trx, organisationId);
		await analysis.setDimensionGoals(trx, organisationId, goals);
		await audits.insertAuditEvent(trx, {
			organisationId,
			actorUserId: access.actor.userId,
			action: 'dimensions.set',
			entity: 'organisation',
			entityId: organisationId,
			details: { before, after: goals }
		});
	});
	return goals;
}
