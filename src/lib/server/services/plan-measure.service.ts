// A handlingsplan's measures: the form's options and a draft made from a council item's recommendation or
// a gap finding (the evidence is kept), saving a measure with its units, links and activities (an edit
// based on an old version is a 409 with what is stored now), and a measure's page with its history.
import { analyse, describeFinding } from '#lib/analysis/engine/index.js';
import { can } from '#lib/domain/roles.js';
import type { MeasureInput } from '#lib/validation/plan.js';
import type { Db } from '../db/index.js';
import { loadAnalysisInput } from '../repositories/analysis.repository.js';
import * as council from '../repositories/council.repository.js';
import { displayNames } from '../repositories/mapping.repository.js';
import * as followUps from '../repositories/plan-follow-up.repository.js';
import * as links from '../repositories/plan-links.repository.js';
import * as plans from '../repositories/plan.repository.js';
import { listUnits } from '../repositories/unit.repository.js';
import { isUuid, requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { ConflictError } from './conflict.js';
import { notFound, ServiceError } from './errors.js';
import { cycleOf } from './mapping-access.js';
import { measureOf, openPlanOf, planOf } from './plan-access.js';
import { auditPlan } from './plan.service.js';

export interface Draft {
	title: string;
	description: string;
	targetCodes: string[];
	unitIds: string[];
	evidence: plans.Measure['evidence'];
}

/** A draft measure from a council item (its recommendation) or a gap finding of a cycle's analysis. */
async function draftFrom(db: Db, organisationId: string, from: { councilItemId?: string | null; cycleId?: string | null; findingKey?: string | null }): Promise<Draft | null> {
	if (!from.cycleId) return null;
	const cycle = await cycleOf(db, organisationId, from.cycleId);
	if (from.councilItemId) {
		const item = isUuid(from.councilItemId) ? await council.findItem(db, organisationId, cycle.id, from.councilItemId) : null;
		if (!item) throw notFound();
		const text = item.recommendation || item.evidence.sentence || item.title;
		return { title: item.title, description: text, targetCodes: item.evidence.targetCodes, unitIds: item.evidence.unitIds, evidence: { kind: 'council_item', councilItemId: item.id, cycleId: cycle.id, findingKey: item.findingKey, text } };
	}
	if (from.findingKey) {
		const result = analyse(await loadAnalysisInput(db, organisationId, cycle.id));
		const gap = result.gaps.find((g) => g.key === from.findingKey);
		if (!gap) throw notFound();
		const sentence = describeFinding(gap, 'sv');
		return { title: sentence, description: sentence, targetCodes: [...gap.targetCodes], unitIds: [...gap.unitIds], evidence: { kind: 'finding', councilItemId: null, cycleId: cycle.id, findingKey: gap.key, text: sentence } };
	}
	return null;
}

/** The measure form: the plan, the options to pick from, and the measure (to edit) or a draft (to create). */
export async function getMeasureForm(ctx: Ctx, organisationId: string, planId: string, opts: { measureId?: string | null; councilItemId?: string | null; cycleId?: string | null; findingKey?: string | null } = {}) {
	await requireOrg(ctx, organisationId, 'org.manage');
	const plan = await planOf(ctx.db, organisationId, planId);
	const [units, steering] = await Promise.all([listUnits(ctx.db, organisationId), links.steeringOptions(ctx.db, organisationId)]);
	const measure = opts.measureId ? await measureOf(ctx.db, organisationId, opts.measureId) : null;
	if (measure && measure.planId !== plan.id) throw notFound();
	const draft = measure ? null : await draftFrom(ctx.db, organisationId, opts);
	const chosen = measure ? (await links.listMeasureUnits(ctx.db, organisationId, [measure.id])).map((u) => u.unitId) : (draft?.unitIds ?? []);
	const picked = async (table: links.LinkTable) => (measure ? (await links.listLinks(ctx.db, table, organisationId, [measure.id])).map((l) => l.subjectId) : []);
	const activities = await links.activitiesOfUnits(ctx.db, organisationId, chosen);
	const linked = measure ? (await links.listMeasureActivities(ctx.db, organisationId, [measure.id])).map((a) => a.activityId) : [];
	return {
		plan,
		measure,
		draft,
		units: units.map((u) => ({ id: u.id, name: u.name })),
		...steering,
		activities,
		selected: { unitIds: chosen, focusAreaIds: await picked('action_measure_focus_area'), goalIds: await picked('action_measure_goal'), indicatorIds: await picked('action_measure_indicator'), activityIds: linked }
	};
}

async function conflictOver(db: Db, organisationId: string, measureId: string): Promise<ConflictError> {
	const now = await measureOf(db, organisationId, measureId);
	const names = await displayNames(db, organisationId, now.updatedBy ? [now.updatedBy] : []);
	return new ConflictError(
		[
			{
				subject: { key: 'plan.conflict.measure', params: { number: now.number } },
				by: now.updatedBy ? (names[now.updatedBy] ?? null) : null,
				at: now.updatedAt,
				version: now.version,
				fields: [
					{ label: 'plan.measure.title', value: now.title },
					{ label: 'plan.measure.description', value: now.description },
					{ label: 'plan.measure.localTarget', value: now.localTarget },
					{ label: 'plan.measure.targets', value: now.targetCodes.join(', ') || null }
				]
			}
		],
		'plan.error.conflict'
	);
}

/** Creates or (with measureId and the version shown) updates a measure with its units, links and activities. */
export async function saveMeasure(ctx: Ctx, organisationId: string, planId: string, input: MeasureInput): Promise<{ id: string; number: number }> {
	const access = await requireOrg(ctx, organisationId, 'org.manage');
	const refs: Array<[Parameters<typeof links.countOwn>[1], string[], string]> = [
		['unit', [...input.unitIds, ...(input.responsibleUnitId ? [input.responsibleUnitId] : [])], 'unitIds'],
		['focus_area', input.focusAreaIds, 'focusAreaIds'],
		['priority_goal', input.goalIds, 'goalIds'],
		['indicator', input.indicatorIds, 'indicatorIds']
	];
	for (const [table, ids, field] of refs) if ((await links.countOwn(ctx.db, table, organisationId, ids)) !== new Set(ids).size) throw new ServiceError(404, 'plan.error.reference', { field });
	const fields = { title: input.title, description: input.description, localTarget: input.localTarget, responsibleUnitId: input.responsibleUnitId, targetCodes: input.targets };
	return ctx.db.transaction().execute(async (trx) => {
		const plan = await openPlanOf(trx, organisationId, planId);
		let id: string;
		let number: number;
		if (input.measureId) {
			const before = await measureOf(trx, organisationId, input.measureId);
			if (before.planId !== plan.id) throw notFound();
			if (input.version === undefined || !(await plans.updateMeasure(trx, organisationId, before.id, input.version, fields, access.actor.userId))) throw await conflictOver(trx, organisationId, before.id);
			({ id, number } = before);
		} else {
			const draft = await draftFrom(trx, organisationId, { councilItemId: input.fromCouncilItemId, cycleId: input.fromCycleId, findingKey: input.fromFindingKey });
			number = await plans.nextNumber(trx, organisationId, plan.id);
			id = await plans.insertMeasure(trx, organisationId, plan.id, { ...fields, number, evidence: draft?.evidence ?? null }, access.actor.userId);
		}
		await links.setMeasureUnits(trx, organisationId, id, input.unitIds);
		await links.setLinks(trx, 'action_measure_focus_area', organisationId, id, input.focusAreaIds);
		await links.setLinks(trx, 'action_measure_goal', organisationId, id, input.goalIds);
		await links.setLinks(trx, 'action_measure_indicator', organisationId, id, input.indicatorIds);
		// Only activities of units that take the measure on, and only the organisation's own.
		const available = await links.activitiesOfUnits(trx, organisationId, input.unitIds);
		const chosen = available.filter((a) => input.activityIds.includes(a.id));
		if (chosen.length !== input.activityIds.length) throw new ServiceError(400, 'plan.error.activity', { field: 'activityIds' });
		await links.setMeasureActivities(trx, organisationId, id, chosen);
		await auditPlan(trx, access, input.measureId ? 'plan.measure.update' : 'plan.measure.create', id, { planId: plan.id, number, title: input.title });
		return { id, number };
	});
}

/** A measure's page: what it serves, who takes it on, their activities and every follow-up entry, also from earlier plans. */
export async function getMeasure(ctx: Ctx, organisationId: string, planId: string, measureId: string) {
	const access = await requireOrg(ctx, organisationId, 'org.view');
	const plan = await planOf(ctx.db, organisationId, planId);
	const measure = await measureOf(ctx.db, organisationId, measureId);
	if (measure.planId !== plan.id) throw notFound();
	const lineage = await plans.measureLineage(ctx.db, organisationId, measure.id);
	const lineageIds = lineage.map((m) => m.id);
	const [units, activities, steering, entries] = await Promise.all([
		links.listMeasureUnits(ctx.db, organisationId, [measure.id]),
		links.listMeasureActivities(ctx.db, organisationId, [measure.id]),
		links.steeringOptions(ctx.db, organisationId),
		followUps.listFollowUps(ctx.db, organisationId, lineageIds)
	]);
	const pick = async (table: links.LinkTable, options: Array<{ id: string; name: string }>) => {
		const ids = new Set((await links.listLinks(ctx.db, table, organisationId, [measure.id])).map((l) => l.subjectId));
		return options.filter((o) => ids.has(o.id));
	};
	const pointNames = new Map<string, string>();
	const planTitles = new Map<string, string>();
	for (const planIdOf of new Set(lineage.map((m) => m.planId))) {
		for (const p of await plans.listPoints(ctx.db, organisationId, planIdOf)) pointNames.set(p.id, p.name);
		planTitles.set(planIdOf, (await plans.findPlan(ctx.db, organisationId, planIdOf))?.title ?? '');
	}
	const allUnits = new Map((await listUnits(ctx.db, organisationId)).map((u) => [u.id, u.name]));
	const names = await displayNames(ctx.db, organisationId, entries.flatMap((e) => (e.authorId ? [e.authorId] : [])));
	return {
		plan,
		measure,
		points: await plans.listPoints(ctx.db, organisationId, plan.id),
		units: units.map((u) => ({ id: u.unitId, name: u.name })),
		responsibleUnit: measure.responsibleUnitId ? { id: measure.responsibleUnitId, name: allUnits.get(measure.responsibleUnitId) ?? '' } : null,
		activities,
		focusAreas: await pick('action_measure_focus_area', steering.focusAreas),
		goals: await pick('action_measure_goal', steering.goals),
		indicators: await pick('action_measure_indicator', steering.indicators),
		history: entries.map((e) => ({
			...e,
			author: e.authorId ? (names[e.authorId] ?? e.authorName) : e.authorName,
			unitName: allUnits.get(e.unitId) ?? '',
			pointName: pointNames.get(e.pointId) ?? '',
			planTitle: planTitles.get(e.planId) ?? '',
			earlier: e.measureId !== measure.id
		})),
		canManage: can(access.role, 'org.manage')
	};
}
