// What a measure is tied to: the units taking it on, their mapping activities (links to mapping_activity),
// and the focus areas, prioritised goals and indicators of the steering it serves. Scoped by organisation.
import type { Db } from '../db/index.js';

export type LinkTable = 'action_measure_focus_area' | 'action_measure_goal' | 'action_measure_indicator';

export interface MeasureUnit {
	measureId: string;
	unitId: string;
	name: string;
	position: number;
}

export interface MeasureActivity {
	measureId: string;
	unitId: string;
	cycleId: string;
	activityId: string;
	name: string;
}

export async function listMeasureUnits(db: Db, organisationId: string, measureIds: readonly string[]): Promise<MeasureUnit[]> {
	if (!measureIds.length) return [];
	const rows = await db
		.selectFrom('action_measure_unit as mu')
		.innerJoin('unit as u', (j) => j.onRef('u.id', '=', 'mu.unit_id').onRef('u.organisation_id', '=', 'mu.organisation_id'))
		.select(['mu.measure_id', 'mu.unit_id', 'u.name', 'mu.position'])
		.where('mu.organisation_id', '=', organisationId)
		.where('mu.measure_id', 'in', [...measureIds])
		.orderBy('mu.position')
		.execute();
	return rows.map((r) => ({ measureId: r.measure_id, unitId: r.unit_id, name: r.name, position: r.position }));
}

/** Sets the units taking the measure on, in the given order; returns the units removed. */
export async function setMeasureUnits(db: Db, organisationId: string, measureId: string, unitIds: readonly string[]): Promise<void> {
	let q = db.deleteFrom('action_measure_unit').where('organisation_id', '=', organisationId).where('measure_id', '=', measureId);
	if (unitIds.length) q = q.where('unit_id', 'not in', [...unitIds]);
	await q.execute();
	for (const [i, unitId] of unitIds.entries())
		await db
			.insertInto('action_measure_unit')
			.values({ organisation_id: organisationId, measure_id: measureId, unit_id: unitId, position: i })
			.onConflict((oc) => oc.columns(['organisation_id', 'measure_id', 'unit_id']).doUpdateSet({ position: i }))
			.execute();
}

export async function takesOn(db: Db, organisationId: string, measureId: string, unitId: string): Promise<boolean> {
	const row = await db.selectFrom('action_measure_unit').select('unit_id').where('organisation_id', '=', organisationId).where('measure_id', '=', measureId).where('unit_id', '=', unitId).executeTakeFirst();
	return !!row;
}

export async function listLinks(db: Db, table: LinkTable, organisationId: string, measureIds: readonly string[]): Promise<Array<{ measureId: string; subjectId: string }>> {
	if (!measureIds.length) return [];
	const rows = await db.selectFrom(table).select(['measure_id', 'subject_id']).where('organisation_id', '=', organisationId).where('measure_id', 'in', [...measureIds]).execute();
	return rows.map((r) => ({ measureId: r.measure_id, subjectId: r.subject_id }));
}

export async function setLinks(db: Db, table: LinkTable, organisationId: string, measureId: string, subjectIds: readonly string[]): Promise<void> {
	await db.deleteFrom(table).where('organisation_id', '=', organisationId).where('measure_id', '=', measureId).execute();
	if (subjectIds.length) await db.insertInto(table).values(subjectIds.map((s) => ({ organisation_id: organisationId, measure_id: measureId, subject_id: s }))).execute();
}

/** How many of the ids name rows of `table` in the organisation (to refuse references elsewhere). */
export async function countOwn(db: Db, table: 'unit' | 'focus_area' | 'priority_goal' | 'indicator', organisationId: string, ids: readonly string[]): Promise<number> {
	if (!ids.length) return 0;
	const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('organisation_id', '=', organisationId).where('id', 'in', [...ids]).executeTakeFirst();
	return Number(row?.n ?? 0);
}

export async function listMeasureActivities(db: Db, organisationId: string, measureIds: readonly string[]): Promise<MeasureActivity[]> {
	if (!measureIds.length) return [];
	const rows = await db
		.selectFrom('action_measure_activity as ma')
		.innerJoin('mapping_activity as a', (j) => j.onRef('a.id', '=', 'ma.activity_id').onRef('a.organisation_id', '=', 'ma.organisation_id'))
		.select(['ma.measure_id', 'ma.unit_id', 'ma.cycle_id', 'ma.activity_id', 'a.name'])
		.where('ma.organisation_id', '=', organisationId)
		.where('ma.measure_id', 'in', [...measureIds])
		.orderBy('a.position')
		.execute();
	return rows.map((r) => ({ measureId: r.measure_id, unitId: r.unit_id, cycleId: r.cycle_id, activityId: r.activity_id, name: r.name }));
}

/** The mapping activities of these units (any cycle of the organisation) that a measure could link. */
export async function activitiesOfUnits(db: Db, organisationId: string, unitIds: readonly string[]): Promise<Array<{ id: string; unitId: string; cycleId: string; name: string }>> {
	if (!unitIds.length) return [];
	const rows = await db
		.selectFrom('mapping_activity')
		.select(['id', 'unit_id', 'cycle_id', 'name'])
		.where('organisation_id', '=', organisationId)
		.where('unit_id', 'in', [...unitIds])
		.orderBy('position')
		.execute();
	return rows.map((r) => ({ id: r.id, unitId: r.unit_id, cycleId: r.cycle_id, name: r.name }));
}

export async function setMeasureActivities(db: Db, organisationId: string, measureId: string, activities: ReadonlyArray<{ id: string; unitId: string; cycleId: string }>): Promise<void> {
	await db.deleteFrom('action_measure_activity').where('organisation_id', '=', organisationId).where('measure_id', '=', measureId).execute();
	if (activities.length)
		await db
			.insertInto('action_measure_activity')
			.values(activities.map((a) => ({ organisation_id: organisationId, measure_id: measureId, unit_id: a.unitId, cycle_id: a.cycleId, activity_id: a.id })))
			.execute();
}

/** The steering's focus areas, prioritised goals and indicators by name, for a measure's form. */
export async function steeringOptions(db: Db, organisationId: string) {
	const [focusAreas, goals, indicators] = await Promise.all([
		db.selectFrom('focus_area').select(['id', 'name']).where('organisation_id', '=', organisationId).orderBy('position').orderBy('name').execute(),
		db.selectFrom('priority_goal').select(['id', 'title as name']).where('organisation_id', '=', organisationId).orderBy('position').execute(),
		db.selectFrom('indicator').select(['id', 'name']).where('organisation_id', '=', organisationId).orderBy('position').execute()
	]);
	return { focusAreas, goals, indicators };
}
