// A unit's activities in a cycle and how each contributes to (or counteracts) targets: checked against
// the SDG catalogue and the indicator formats, versioned against concurrent edits, audited.
import { directionLabelKeys, directnessLabelKeys, indicatorErrorKeys, strengthLabelKeys, type Activity, type Contribution } from '#lib/domain/mapping.js';
import { indicatorProblem, isKnownTarget } from '#lib/sdg/checks.js';
import type { Db } from '../db/index.js';
import * as activities from '../repositories/activity.repository.js';
import * as mapping from '../repositories/mapping.repository.js';
import { isUuid, requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { ConflictError } from './conflict.js';
import { notFound, ServiceError } from './errors.js';
import { audit, editableUnit } from './mapping-access.js';

type Scope = mapping.Scope;

async function activityOf(db: Db, scope: Scope, activityId: string): Promise<Activity> {
	const activity = isUuid(activityId) ? await activities.findActivity(db, scope, activityId) : null;
	if (!activity) throw notFound();
	return activity;
}

async function byName(db: Db, scope: Scope, userId: string | null): Promise<string | null> {
	if (!userId) return null;
	return (await mapping.displayNames(db, scope.organisationId, [userId]))[userId] ?? null;
}

export async function createActivity(ctx: Ctx, organisationId: string, cycleId: string, unitId: string, input: activities.ActivityInput) {
	const access = await requireOrg(ctx, organisationId, 'mapping.edit');
	return ctx.db.transaction().execute(async (trx) => {
		const { scope } = await editableUnit(trx, access, cycleId, unitId);
		const activity = await activities.insertActivity(trx, scope, input, access.actor.userId);
		await audit(trx, access, scope, 'activity.create', 'activity', activity.id, { after: input });
		return activity;
	});
}

export async function updateActivity(
	ctx: Ctx,
	organisationId: string,
	cycleId: string,
	unitId: string,
	activityId: string,
	input: activities.ActivityInput & { version: number }
) {
	const access = await requireOrg(ctx, organisationId, 'mapping.edit');
	await ctx.db.transaction().execute(async (trx) => {
		const { scope } = await editableUnit(trx, access, cycleId, unitId);
		const before = await activityOf(trx, scope, activityId);
		const { version, ...value } = input;
		if (before.name === value.name && before.description === value.description && before.owner === value.owner) return;
		if (!(await activities.updateActivity(trx, scope, activityId, version, value, access.actor.userId))) {
			const now = await activities.findActivity(trx, scope, activityId);
			throw new ConflictError([
				{
					subject: { key: 'mapping.conflict.activity', params: { name: before.name } },
					by: await byName(trx, scope, now?.agreedBy ?? null),
					at: now?.agreedAt ?? null,
					version: now?.version ?? 0,
					fields: [
						{ label: 'mapping.activity.field.name', value: now?.name ?? null },
						{ label: 'mapping.activity.field.description', value: now?.description ?? null },
						{ label: 'mapping.activity.field.owner', value: now?.owner ?? null }
					]
				}
			]);
		}
		const { name, description, owner } = before;
		await audit(trx, access, scope, 'activity.update', 'activity', activityId, { before: { name, description, owner }, after: value });
	});
}

/** Deletes an activity and its contributions. */
export async function deleteActivity(ctx: Ctx, organisationId: string, cycleId: string, unitId: string, activityId: string) {
	const access = await requireOrg(ctx, organisationId, 'mapping.edit');
	await ctx.db.transaction().execute(async (trx) => {
		const { scope } = await editableUnit(trx, access, cycleId, unitId);
		const before = await activityOf(trx, scope, activityId);
		await activities.deleteActivity(trx, scope, activityId);
		await audit(trx, access, scope, 'activity.delete', 'activity', activityId, { before: { name: before.name } });
	});
}

function checkContribution(input: activities.ContributionInput): void {
	if (!isKnownTarget(input.targetCode)) throw new ServiceError(400, 'mapping.error.target', { field: 'targetCode' });
	const problem = indicatorProblem(input.indicator);
	if (problem) throw new ServiceError(400, indicatorErrorKeys[problem], { field: 'indicatorRef' });
}

function contributionFields(c: Contribution | null) {
	return [
		{ label: 'mapping.contribution.field.direction' as const, value: c?.direction ?? null, valueKey: c ? directionLabelKeys[c.direction] : undefined },
		{ label: 'mapping.contribution.field.strength' as const, value: c ? String(c.strength) : null, valueKey: c ? strengthLabelKeys[c.strength] : undefined },
		{ label: 'mapping.contribution.field.directness' as const, value: c?.directness ?? null, valueKey: c ? directnessLabelKeys[c.directness] : undefined },
		{ label: 'mapping.contribution.field.motivation' as const, value: c?.motivation ?? null },
		{ label: 'mapping.contribution.field.indicatorRef' as const, value: c?.indicator?.ref ?? null }
	];
}

export async function createContribution(
	ctx: Ctx,
	organisationId: string,
	cycleId: string,
	unitId: string,
	activityId: string,
	input: activities.ContributionInput
) {
	const access = await requireOrg(ctx, organisationId, 'mapping.edit');
	checkContribution(input);
	return ctx.db.transaction().execute(async (trx) => {
		const { scope } = await editableUnit(trx, access, cycleId, unitId);
		await activityOf(trx, scope, activityId);
		const contribution = await activities.insertContribution(trx, scope, activityId, input, access.actor.userId);
		if (!contribution) throw new ServiceError(409, 'mapping.error.duplicateContribution', { field: 'targetCode' });
		await audit(trx, access, scope, 'contribution.create', 'contribution', contribution.id, { activityId, after: input });
		return contribution;
	});
}

export async function updateContribution(
	ctx: Ctx,
	organisationId: string,
	cycleId: string,
	unitId: string,
	contributionId: string,
	input: activities.ContributionInput & { version: number }
) {
	const access = await requireOrg(ctx, organisationId, 'mapping.edit');
	const { version, ...value } = input;
	checkContribution(value);
	await ctx.db.transaction().execute(async (trx) => {
		const { scope } = await editableUnit(trx, access, cycleId, unitId);
		const before = isUuid(contributionId) ? await activities.findContribution(trx, scope, contributionId) : null;
		if (!before) throw notFound();
		if (await activities.contributionLinkTaken(trx, scope, before.activityId, value.targetCode, contributionId))
			throw new ServiceError(409, 'mapping.error.duplicateContribution', { field: 'targetCode' });
		if (!(await activities.updateContribution(trx, scope, contributionId, version, value, access.actor.userId))) {
			const now = await activities.findContribution(trx, scope, contributionId);
			throw new ConflictError([
				{
					subject: { key: 'mapping.conflict.target', params: { code: before.targetCode } },
					by: await byName(trx, scope, now?.agreedBy ?? null),
					at: now?.agreedAt ?? null,
					version: now?.version ?? 0,
					fields: contributionFields(now)
				}
			]);
		}
		const { id: _id, activityId, agreedBy: _b, agreedAt: _a, version: _v, ...old } = before;
		await audit(trx, access, scope, 'contribution.update', 'contribution', contributionId, { activityId, before: old, after: value });
	});
}

export async function deleteContribution(ctx: Ctx, organisationId: string, cycleId: string, unitId: string, contributionId: string) {
	const access = await requireOrg(ctx, organisationId, 'mapping.edit');
	await ctx.db.transaction().execute(async (trx) => {
		const { scope } = await editableUnit(trx, access, cycleId, unitId);
		const before = isUuid(contributionId) ? await activities.findContribution(trx, scope, contributionId) : null;
		if (!before) throw notFound();
		await activities.deleteContribution(trx, scope, contributionId);
		await audit(trx, access, scope, 'contribution.delete', 'contribution', contributionId, { activityId: before.activityId, targetCode: before.targetCode });
	});
}
