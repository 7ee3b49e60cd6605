// A unit's activities in a cycle and their contributions to targets. Scoped by organisation, cycle and
// unit; updates name the version they were based on.
import type { Db } from '../db/index.js';
import type { Activity, Contribution, Direction, Directness, Indicator, IndicatorKind, Strength } from '#lib/domain/mapping.js';
import { agreedColumns, agreedNow, inScope, rowToAgreed, scopeColumns, type AgreedRow, type Scope } from './mapping.repository.js';

const activityColumns = ['id', 'name', 'description', 'owner', 'position', ...agreedColumns] as const;
type ActivityRow = AgreedRow & { id: string; name: string; description: string | null; owner: string | null; position: number };
function rowToActivity(r: ActivityRow): Activity {
	return { id: r.id, name: r.name, description: r.description, owner: r.owner, position: r.position, ...rowToAgreed(r) };
}

export type ActivityInput = { name: string; description: string | null; owner: string | null };

export async function listActivities(db: Db, s: Scope): Promise<Activity[]> {
	const rows = await db
		.selectFrom('mapping_activity')
		.select(activityColumns)
		.where(inScope(s))
		.orderBy('position')
		.orderBy('created_at')
		.execute();
	return rows.map(rowToActivity);
}

export async function findActivity(db: Db, s: Scope, id: string): Promise<Activity | null> {
	const row = await db
		.selectFrom('mapping_activity')
		.select(activityColumns)
		.where(inScope(s))
		.where('id', '=', id)
		.executeTakeFirst();
	return row ? rowToActivity(row) : null;
}

/** Adds an activity last in the unit's list. */
export async function insertActivity(db: Db, s: Scope, a: ActivityInput, agreedBy: string): Promise<Activity> {
	const row = await db
		.insertInto('mapping_activity')
		.values((eb) => ({
			...scopeColumns(s),
			...a,
			agreed_by: agreedBy,
			position: eb
				.selectFrom('mapping_activity')
				.select(eb.fn.coalesce(eb(eb.fn.max('position'), '+', 1), eb.lit(0)).as('p'))
				.where(inScope(s))
		}))
		.returning(activityColumns)
		.executeTakeFirstOrThrow();
	return rowToActivity(row);
}

export async function updateActivity(db: Db, s: Scope, id: string, version: number, a: ActivityInput, agreedBy: string): Promise<boolean> {
	const r = await db
		.updateTable('mapping_activity')
		.set((eb) => ({ ...a, ...agreedNow(eb, agreedBy) }))
		.where(inScope(s))
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

/** Deletes an activity with its contributions. */
export async function deleteActivity(db: Db, s: Scope, id: string): Promise<number> {
	const r = await db
		.deleteFrom('mapping_activity')
		.where(inScope(s))
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}

const contributionColumns = [
	'id',
	'activity_id',
	'target_code',
	'direction',
	'strength',
	'directness',
	'motivation',
	'indicator_kind',
	'indicator_ref',
	...agreedColumns
] as const;
type ContributionRow = AgreedRow & {
	id: string;
	activity_id: string;
	target_code: string;
	direction: string;
	strength: number;
	directness: string;
	motivation: string | null;
	indicator_kind: string | null;
	indicator_ref: string | null;
};
function rowToContribution(r: ContributionRow): Contribution {
	return {
		id: r.id,
		activityId: r.activity_id,
		targetCode: r.target_code,
		direction: r.direction as Direction,
		strength: Number(r.strength) as Strength,
		directness: r.directness as Directness,
		motivation: r.motivation,
		indicator: r.indicator_kind && r.indicator_ref ? { kind: r.indicator_kind as IndicatorKind, ref: r.indicator_ref } : null,
		...rowToAgreed(r)
	};
}

export type ContributionInput = {
	targetCode: string;
	direction: Direction;
	strength: Strength;
	directness: Directness;
	motivation: string | null;
	indicator: Indicator | null;
};
function contributionColumnsOf(c: ContributionInput) {
	return {
		target_code: c.targetCode,
		direction: c.direction,
		strength: c.strength,
		directness: c.directness,
		motivation: c.motivation,
		indicator_kind: c.indicator?.kind ?? null,
		indicator_ref: c.indicator?.ref ?? null
	};
}

export async function listContributions(db: Db, s: Scope): Promise<Contribution[]> {
	const rows = await db
		.selectFrom('mapping_contribution')
		.select(contributionColumns)
		.where(inScope(s))
		.execute();
	return rows.map(rowToContribution);
}

export async function findContribution(db: Db, s: Scope, id: string): Promise<Contribution | null> {
	const row = await db
		.selectFrom('mapping_contribution')
		.select(contributionColumns)
		.where(inScope(s))
		.where('id', '=', id)
		.executeTakeFirst();
	return row ? rowToContribution(row) : null;
}

/** Links an activity to a target; null when the activity already has a link to that target. */
export async function insertContribution(db: Db, s: Scope, activityId: string, c: ContributionInput, agreedBy: string): Promise<Contribution | null> {
	const row = await db
		.insertInto('mapping_contribution')
		.values({ ...scopeColumns(s), activity_id: activityId, ...contributionColumnsOf(c), agreed_by: agreedBy })
		.onConflict((oc) => oc.columns(['activity_id', 'target_code']).doNothing())
		.returning(contributionColumns)
		.executeTakeFirst();
	return row ? rowToContribution(row) : null;
}

export async function updateContribution(db: Db, s: Scope, id: string, version: number, c: ContributionInput, agreedBy: string): Promise<boolean> {
	const r = await db
		.updateTable('mapping_contribution')
		.set((eb) => ({ ...contributionColumnsOf(c), ...agreedNow(eb, agreedBy) }))
		.where(inScope(s))
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

/** Another contribution of the same activity already links to `targetCode`. */
export async function contributionLinkTaken(db: Db, s: Scope, activityId: string, targetCode: string, exceptId: string): Promise<boolean> {
	const row = await db
		.selectFrom('mapping_contribution')
		.select('id')
		.where('organisation_id', '=', s.organisationId)
		.where('activity_id', '=', activityId)
		.where('target_code', '=', targetCode)
		.where('id', '<>', exceptId)
		.executeTakeFirst();
	return !!row;
}

export async function deleteContribution(db: Db, s: Scope, id: string): Promise<number> {
	const r = await db
		.deleteFrom('mapping_contribution')
		.where(inScope(s))
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}
