// The municipality's own steering: vision → focus areas → prioritised goals → indicators, each linked to the
// SDG targets it follows. Everyone in the organisation reads it; the samordnare edits it (org.manage) and
// types or imports outcomes (statistics.import). References to other rows are checked here, so a tampered
// id is a 4xx with a message, never a database error.
import { can, type Role } from '#lib/domain/roles.js';
import { RIKET, type FocusArea, type Gender, type GoalJudgement, type JudgementLevel, type LocalIndicator, type PriorityGoal, type TargetValue } from '#lib/domain/steering.js';
import { findOrganisation, listOrganisationsOfUser } from '../repositories/organisation.repository.js';
import * as repo from '../repositories/steering.repository.js';
import { findComparison } from '../repositories/kolada.repository.js';
import { listUnits } from '../repositories/unit.repository.js';
import { requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { notFound, ServiceError } from './errors.js';

export interface Steering {
	vision: string | null;
	visionName: string | null;
	koladaId: string | null;
	comparisonId: string;
	focusAreas: FocusArea[];
	goals: PriorityGoal[];
	indicators: LocalIndicator[];
	judgements: GoalJudgement[];
	units: Array<{ id: string; name: string }>;
	role: Role;
	canEdit: boolean;
	canImport: boolean;
}

export async function getSteering(ctx: Ctx, organisationId: string): Promise<Steering> {
	const { role } = await requireOrg(ctx, organisationId, 'org.view');
	const org = await findOrganisation(ctx.db, organisationId);
	if (!org) throw notFound();
	const [focusAreas, goals, indicators, judgements, units, comparison] = await Promise.all([
		repo.listFocusAreas(ctx.db, organisationId),
		repo.listGoals(ctx.db, organisationId),
		repo.listIndicators(ctx.db, organisationId),
		repo.listJudgements(ctx.db, organisationId),
		listUnits(ctx.db, organisationId),
		findComparison(ctx.db, organisationId)
	]);
	return {
		vision: org.vision,
		visionName: org.visionName,
		koladaId: org.koladaId,
		comparisonId: comparison?.comparisonId ?? RIKET,
		focusAreas,
		goals,
		indicators,
		judgements,
		units: units.map((u) => ({ id: u.id, name: u.name })),
		role,
		canEdit: can(role, 'org.manage'),
		canImport: can(role, 'statistics.import')
	};
}

/**
 * A referenced row that is not the organisation's: 404 as everywhere else (another organisation's ids reveal
 * nothing), but with a message that says which reference, since the usual cause is a row removed meanwhile.
 * A reference that breaks the shape (a sub-area under a sub-area) is a 400.
 */
const invalid = (key: 'steering.error.focusArea' | 'steering.error.goal' | 'steering.error.unit' | 'steering.error.indicator') => new ServiceError(404, key);
const badParent = () => new ServiceError(400, 'steering.error.parent');

// ---- focus areas

/** A form's row: the repository's input with the row's id (null: a new one), its SDG targets, and an optional position. */
type Form<T extends { position: number }, Id extends string> = Omit<T, 'position'> & { [K in Id]: string | null } & { position?: number; targets: string[] };

export type FocusAreaForm = Form<repo.FocusAreaInput, 'focusAreaId'>;

/** Creates a focus area (no focusAreaId) or changes one; a sub-area's parent must be a top-level area. */
export async function saveFocusArea(ctx: Ctx, organisationId: string, f: FocusAreaForm): Promise<string> {
	await requireOrg(ctx, organisationId, 'org.manage');
	return ctx.db.transaction().execute(async (tx) => {
		const areas = await repo.listFocusAreas(tx, organisationId);
		if (f.parentId) {
			const parent = areas.find((a) => a.id === f.parentId);
			if (!parent) throw invalid('steering.error.focusArea');
			if (parent.parentId !== null || parent.id === f.focusAreaId) throw badParent();
			if (f.focusAreaId && areas.some((a) => a.parentId === f.focusAreaId)) throw badParent();
		}
		const existing = f.focusAreaId ? areas.find((a) => a.id === f.focusAreaId) : null;
		if (f.focusAreaId && !existing) throw invalid('steering.error.focusArea');
		const input = { parentId: f.parentId, name: f.name, description: f.description, position: f.position ?? existing?.position ?? (await repo.nextPosition(tx, 'focus_area', organisationId)) };
		const id = existing ? existing.id : await repo.insertFocusArea(tx, organisationId, input);
		if (existing) await repo.updateFocusArea(tx, organisationId, id, input);
		await repo.setTargetLinks(tx, 'focus_area_sdg_target', organisationId, id, f.targets);
		return id;
	});
}

export async function removeFocusArea(ctx: Ctx, organisationId: string, focusAreaId: string): Promise<void> {
	await requireOrg(ctx, organisationId, 'org.manage');
	const removed = await ctx.db.transaction().execute((tx) => repo.deleteFocusArea(tx, organisationId, focusAreaId));
	if (!removed) throw invalid('steering.error.focusArea');
}

// ---- prioritised goals

export type GoalForm = Form<repo.GoalInput, 'goalId'>;

export async function saveGoal(ctx: Ctx, organisationId: string, g: GoalForm): Promise<string> {
	await requireOrg(ctx, organisationId, 'org.manage');
	return ctx.db.transaction().execute(async (tx) => {
		const [areas, goals, units] = await Promise.all([repo.listFocusAreas(tx, organisationId), repo.listGoals(tx, organisationId), listUnits(tx, organisationId)]);
		if (g.focusAreaId && !areas.some((a) => a.id === g.focusAreaId)) throw invalid('steering.error.focusArea');
		if (g.unitId && !units.some((u) => u.id === g.unitId)) throw invalid('steering.error.unit');
		// A unit's own goal derives from a prioritised goal of the organisation: one level, no cycles.
		if (g.parentId) {
			const parent = goals.find((x) => x.id === g.parentId);
			if (!parent) throw invalid('steering.error.goal');
			if (parent.parentId !== null || parent.id === g.goalId) throw badParent();
			if (g.goalId && goals.some((x) => x.parentId === g.goalId)) throw badParent();
		}
		const existing = g.goalId ? goals.find((x) => x.id === g.goalId) : null;
		if (g.goalId && !existing) throw invalid('steering.error.goal');
		const input = { ...g, position: g.position ?? existing?.position ?? (await repo.nextPosition(tx, 'priority_goal', organisationId)) };
		const id = existing ? existing.id : await repo.insertGoal(tx, organisationId, input);
		if (existing) await repo.updateGoal(tx, organisationId, id, input);
		await repo.setTargetLinks(tx, 'priority_goal_sdg_target', organisationId, id, g.targets);
		return id;
	});
}

export async function removeGoal(ctx: Ctx, organisationId: string, goalId: string): Promise<void> {
	await requireOrg(ctx, organisationId, 'org.manage');
	if (!(await repo.deleteGoal(ctx.db, organisationId, goalId))) throw invalid('steering.error.goal');
}

// ---- indicators

export type IndicatorForm = Form<repo.IndicatorInput, 'indicatorId'> & { targetValues: TargetValue[] };

export async function saveIndicator(ctx: Ctx, organisationId: string, i: IndicatorForm): Promise<string> {
	await requireOrg(ctx, organisationId, 'org.manage');
	return ctx.db.transaction().execute(async (tx) => {
		const goals = await repo.listGoals(tx, organisationId);
		if (!goals.some((g) => g.id === i.goalId)) throw invalid('steering.error.goal');
		const existing = i.indicatorId ? await repo.findIndicatorPlace(tx, organisationId, i.indicatorId) : null;
		if (i.indicatorId && !existing) throw invalid('steering.error.indicator');
		const input = { ...i, position: i.position ?? existing?.position ?? (await repo.nextPosition(tx, 'indicator', organisationId)) };
		const id = existing ? existing.id : await repo.insertIndicator(tx, organisationId, input);
		if (existing) await repo.updateIndicator(tx, organisationId, id, input);
		await repo.setTargetLinks(tx, 'indicator_sdg_target', organisationId, id, i.targets);
		await repo.setTargetValues(tx, organisationId, id, i.targetValues);
		return id;
	});
}

export async function removeIndicator(ctx: Ctx, organisationId: string, indicatorId: string): Promise<void> {
	await requireOrg(ctx, organisationId, 'org.manage');
	if (!(await repo.deleteIndicator(ctx.db, organisationId, indicatorId))) throw invalid('steering.error.indicator');
}

async function requireIndicator(ctx: Ctx, organisationId: string, indicatorId: string): Promise<void> {
	if (!(await repo.findIndicatorPlace(ctx.db, organisationId, indicatorId))) throw invalid('steering.error.indicator');
}

/** Types one outcome by hand (a null value removes it): the statistics a samordnare keeps. */
export async function setIndicatorOutcome(
	ctx: Ctx,
	organisationId: string,
	indicatorId: string,
	o: { year: number; gender: Gender; area: string; value: number | null }
): Promise<void> {
	await requireOrg(ctx, organisationId, 'statistics.import');
	await requireIndicator(ctx, organisationId, indicatorId);
	await repo.setOutcome(ctx.db, organisationId, indicatorId, o);
}

// ---- judgements

export async function setGoalJudgement(
	ctx: Ctx,
	organisationId: string,
	goalId: string,
	j: { year: number; level: JudgementLevel; analysis: string }
): Promise<void> {
	const { actor } = await requireOrg(ctx, organisationId, 'org.manage');
	const goals = await repo.listGoals(ctx.db, organisationId);
	if (!goals.some((g) => g.id === goalId)) throw invalid('steering.error.goal');
	await repo.upsertJudgement(ctx.db, organisationId, { goalId, ...j, updatedBy: actor.userId });
}

export async function removeGoalJudgement(ctx: Ctx, organisationId: string, goalId: string, year: number): Promise<void> {
	await requireOrg(ctx, organisationId, 'org.manage');
	const goals = await repo.listGoals(ctx.db, organisationId);
	if (!goals.some((g) => g.id === goalId)) throw invalid('steering.error.goal');
	await repo.deleteJudgement(ctx.db, organisationId, goalId, year);
}

// ---- order

/**
 * Moves a focus area, goal or indicator one step up (-1) or down (+1) among its siblings: focus areas with
 * the same parent, goals under the same focus area and parent, indicators of the same goal.
 */
export async function moveSteeringItem(ctx: Ctx, organisationId: string, kind: 'focusArea' | 'goal' | 'indicator', id: string, delta: -1 | 1): Promise<void> {
	await requireOrg(ctx, organisationId, 'org.manage');
	await ctx.db.transaction().execute(async (tx) => {
		let siblings: string[];
		let table: 'focus_area' | 'priority_goal' | 'indicator';
		if (kind === 'focusArea') {
			const all = await repo.listFocusAreas(tx, organisationId);
			const item = all.find((a) => a.id === id);
			if (!item) throw invalid('steering.error.focusArea');
			siblings = all.filter((a) => a.parentId === item.parentId).map((a) => a.id);
			table = 'focus_area';
		} else if (kind === 'goal') {
			const all = await repo.listGoals(tx, organisationId);
			const item = all.find((g) => g.id === id);
			if (!item) throw invalid('steering.error.goal');
			siblings = all.filter((g) => g.focusAreaId === item.focusAreaId && g.parentId === item.parentId).map((g) => g.id);
			table = 'priority_goal';
		} else {
			const all = await repo.listIndicators(tx, organisationId);
			const item = all.find((i) => i.id === id);
			if (!item) throw invalid('steering.error.indicator');
			siblings = all.filter((i) => i.goalId === item.goalId).map((i) => i.id);
			table = 'indicator';
		}
		const at = siblings.indexOf(id);
		const to = at + delta;
		if (to < 0 || to >= siblings.length) return;
		[siblings[at], siblings[to]] = [siblings[to]!, siblings[at]!];
		await repo.setPositions(tx, table, organisationId, siblings);
	});
}

// ---- what follows an SDG target

export interface FollowingTarget {
	focusAreas: FocusArea[];
	goals: PriorityGoal[];
	indicators: LocalIndicator[];
}

/** The focus areas, goals and indicators of the organisation that follow any of the given SDG targets. */
export function followingTargets(s: Pick<Steering, 'focusAreas' | 'goals' | 'indicators'>, codes: readonly string[]): FollowingTarget {
	const wanted = new Set(codes);
	const hits = <T extends { targetCodes: string[] }>(list: T[]) => list.filter((x) => x.targetCodes.some((c) => wanted.has(c)));
	return { focusAreas: hits(s.focusAreas), goals: hits(s.goals), indicators: hits(s.indicators) };
}

export interface LocalSteeringOfGoal {
	organisation: { id: string; name: string };
	/** Per SDG target code of the goal: the organisation's prioritised goals and indicators that follow it. */
	targets: Record<string, { goals: Array<{ id: string; title: string }>; indicators: Array<{ id: string; name: string }> }>;
}

/**
 * For an SDG goal's page: in each organisation the signed-in person belongs to, the prioritised goals and
 * indicators that follow the goal's targets. Signed out, or in no organisation: nothing.
 */
export async function localSteeringOfGoal(ctx: Ctx, goalNumber: number): Promise<LocalSteeringOfGoal[]> {
	if (!ctx.actor) return [];
	const prefix = `${goalNumber}.`;
	const out: LocalSteeringOfGoal[] = [];
	for (const o of await listOrganisationsOfUser(ctx.db, ctx.actor.userId)) {
		await requireOrg(ctx, o.id, 'org.view');
		const [goals, indicators] = await Promise.all([repo.listGoals(ctx.db, o.id), repo.listIndicators(ctx.db, o.id)]);
		const targets: LocalSteeringOfGoal['targets'] = {};
		const at = (code: string) => (targets[code] ??= { goals: [], indicators: [] });
		for (const g of goals) for (const c of g.targetCodes) if (c.startsWith(prefix)) at(c).goals.push({ id: g.id, title: g.title });
		for (const i of indicators) for (const c of i.targetCodes) if (c.startsWith(prefix)) at(c).indicators.push({ id: i.id, name: i.name });
		if (Object.keys(targets).length) out.push({ organisation: { id: o.id, name: o.name }, targets });
	}
	return out;
}
