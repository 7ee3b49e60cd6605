// The municipality's own steering: focus areas, prioritised goals, indicators with their target values and
// outcomes, the SDG targets each level follows, and the yearly judgements. Every query is scoped by organisation.
import { compareTargetCodes } from '#lib/domain/sdg-codes.js';
import type {
	Direction,
	FocusArea,
	Gender,
	GoalJudgement,
	IndicatorKind,
	JudgementLevel,
	LocalIndicator,
	Outcome,
	PriorityGoal,
	TargetValue
} from '#lib/domain/steering.js';
import { indicatorSeries, trendOf } from '#lib/domain/trend.js';
import type { AnalysisLocalIndicator } from '#lib/analysis/engine/types.js';
import type { Db } from '../db/index.js';

export type LinkTable = 'focus_area_sdg_target' | 'priority_goal_sdg_target' | 'indicator_sdg_target';

async function linksOf(db: Db, table: LinkTable, organisationId: string): Promise<Map<string, string[]>> {
	const rows = await db.selectFrom(table).select(['subject_id', 'target_code']).where('organisation_id', '=', organisationId).execute();
	const out = new Map<string, string[]>();
	for (const r of rows) out.set(r.subject_id, [...(out.get(r.subject_id) ?? []), r.target_code]);
	for (const codes of out.values()) codes.sort(compareTargetCodes);
	return out;
}

/** Replaces the SDG targets a focus area, goal or indicator follows. */
export async function setTargetLinks(db: Db, table: LinkTable, organisationId: string, subjectId: string, codes: readonly string[]): Promise<void> {
	await db.deleteFrom(table).where('organisation_id', '=', organisationId).where('subject_id', '=', subjectId).execute();
	const unique = [...new Set(codes)];
	if (unique.length)
		await db
			.insertInto(table)
			.values(unique.map((target_code) => ({ organisation_id: organisationId, subject_id: subjectId, target_code })))
			.execute();
}

// ---- focus areas

/** What is written of a row: the domain's fields without its id and its SDG links (setTargetLinks). */
export type FocusAreaInput = Omit<FocusArea, 'id' | 'targetCodes'>;

export async function listFocusAreas(db: Db, organisationId: string): Promise<FocusArea[]> {
	const [rows, links] = await Promise.all([
		db
			.selectFrom('focus_area')
			.select(['id', 'parent_id', 'name', 'description', 'position'])
			.where('organisation_id', '=', organisationId)
			.orderBy('position')
			.orderBy('name')
			.execute(),
		linksOf(db, 'focus_area_sdg_target', organisationId)
	]);
	return rows.map((r) => ({ id: r.id, parentId: r.parent_id, name: r.name, description: r.description, position: r.position, targetCodes: links.get(r.id) ?? [] }));
}

export async function insertFocusArea(db: Db, organisationId: string, f: FocusAreaInput): Promise<string> {
	const row = await db
		.insertInto('focus_area')
		.values({ organisation_id: organisationId, parent_id: f.parentId, name: f.name, description: f.description, position: f.position })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function updateFocusArea(db: Db, organisationId: string, id: string, f: FocusAreaInput): Promise<boolean> {
	const r = await db
		.updateTable('focus_area')
		.set({ parent_id: f.parentId, name: f.name, description: f.description, position: f.position, updated_at: new Date() })
		.where('organisation_id', '=', organisationId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) > 0;
}

/** Removes a focus area and its sub-areas; the goals under them stay, without a focus area. */
export async function deleteFocusArea(db: Db, organisationId: string, id: string): Promise<boolean> {
	const ids = [id, ...(await db.selectFrom('focus_area').select('id').where('organisation_id', '=', organisationId).where('parent_id', '=', id).execute()).map((r) => r.id)];
	await db.updateTable('priority_goal').set({ focus_area_id: null }).where('organisation_id', '=', organisationId).where('focus_area_id', 'in', ids).execute();
	const r = await db.deleteFrom('focus_area').where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
	return Number(r.numDeletedRows) > 0;
}

// ---- prioritised goals

export type GoalInput = Omit<PriorityGoal, 'id' | 'targetCodes'>;

const goalColumns = ['id', 'focus_area_id', 'parent_id', 'unit_id', 'title', 'description', 'period_start', 'period_end', 'position'] as const;

export async function listGoals(db: Db, organisationId: string): Promise<PriorityGoal[]> {
	const [rows, links] = await Promise.all([
		db.selectFrom('priority_goal').select(goalColumns).where('organisation_id', '=', organisationId).orderBy('position').orderBy('title').execute(),
		linksOf(db, 'priority_goal_sdg_target', organisationId)
	]);
	return rows.map((r) => ({
		id: r.id,
		focusAreaId: r.focus_area_id,
		parentId: r.parent_id,
		unitId: r.unit_id,
		title: r.title,
		description: r.description,
		periodStart: r.period_start,
		periodEnd: r.period_end,
		position: r.position,
		targetCodes: links.get(r.id) ?? []
	}));
}

function goalRow(g: GoalInput) {
	return {
		focus_area_id: g.focusAreaId,
		parent_id: g.parentId,
		unit_id: g.unitId,
		title: g.title,
		description: g.description,
		period_start: g.periodStart,
		period_end: g.periodEnd,
		position: g.position
	};
}

export async function insertGoal(db: Db, organisationId: string, g: GoalInput): Promise<string> {
	const row = await db
		.insertInto('priority_goal')
		.values({ organisation_id: organisationId, ...goalRow(g) })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function updateGoal(db: Db, organisationId: string, id: string, g: GoalInput): Promise<boolean> {
	const r = await db
		.updateTable('priority_goal')
		.set({ ...goalRow(g), updated_at: new Date() })
		.where('organisation_id', '=', organisationId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) > 0;
}

export async function deleteGoal(db: Db, organisationId: string, id: string): Promise<boolean> {
	const r = await db.deleteFrom('priority_goal').where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
	return Number(r.numDeletedRows) > 0;
}

// ---- indicators

export type IndicatorInput = Omit<LocalIndicator, 'id' | 'targetCodes' | 'targets' | 'outcomes'>;

function indicatorRow(i: IndicatorInput) {
	return {
		goal_id: i.goalId,
		name: i.name,
		kind: i.kind,
		kolada_kpi: i.koladaKpi,
		source_name: i.sourceName,
		unit_label: i.unitLabel,
		direction: i.direction,
		position: i.position
	};
}

export async function listIndicators(db: Db, organisationId: string): Promise<LocalIndicator[]> {
	const [rows, targets, outcomes, links] = await Promise.all([
		db
			.selectFrom('indicator')
			.select(['id', 'goal_id', 'name', 'kind', 'kolada_kpi', 'source_name', 'unit_label', 'direction', 'position'])
			.where('organisation_id', '=', organisationId)
			.orderBy('position')
			.orderBy('name')
			.execute(),
		db.selectFrom('indicator_target_value').select(['indicator_id', 'year', 'value']).where('organisation_id', '=', organisationId).orderBy('year').execute(),
		db
			.selectFrom('indicator_outcome')
			.select(['indicator_id', 'year', 'gender', 'area', 'value'])
			.where('organisation_id', '=', organisationId)
			.orderBy('year')
			.orderBy('area')
			.execute(),
		linksOf(db, 'indicator_sdg_target', organisationId)
	]);
	const targetsOf = new Map<string, TargetValue[]>();
	for (const t of targets) targetsOf.set(t.indicator_id, [...(targetsOf.get(t.indicator_id) ?? []), { year: t.year, value: t.value }]);
	const outcomesOf = new Map<string, Outcome[]>();
	const order = { T: 0, K: 1, M: 2 } as Record<string, number>;
	for (const o of outcomes)
		outcomesOf.set(o.indicator_id, [...(outcomesOf.get(o.indicator_id) ?? []), { year: o.year, gender: o.gender as Gender, area: o.area, value: o.value }]);
	for (const list of outcomesOf.values()) list.sort((a, b) => a.year - b.year || order[a.gender]! - order[b.gender]! || a.area.localeCompare(b.area, 'sv'));
	return rows.map((r) => ({
		id: r.id,
		goalId: r.goal_id,
		name: r.name,
		kind: r.kind as IndicatorKind,
		koladaKpi: r.kolada_kpi,
		sourceName: r.source_name,
		unitLabel: r.unit_label,
		direction: r.direction as Direction,
		position: r.position,
		targetCodes: links.get(r.id) ?? [],
		targets: targetsOf.get(r.id) ?? [],
		outcomes: outcomesOf.get(r.id) ?? []
	}));
}

export async function insertIndicator(db: Db, organisationId: string, i: IndicatorInput): Promise<string> {
	const row = await db
		.insertInto('indicator')
		.values({ organisation_id: organisationId, ...indicatorRow(i) })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function updateIndicator(db: Db, organisationId: string, id: string, i: IndicatorInput): Promise<boolean> {
	const r = await db
		.updateTable('indicator')
		.set({ ...indicatorRow(i), updated_at: new Date() })
		.where('organisation_id', '=', organisationId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) > 0;
}

export async function deleteIndicator(db: Db, organisationId: string, id: string): Promise<boolean> {
	const r = await db.deleteFrom('indicator').where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
	return Number(r.numDeletedRows) > 0;
}

/** Replaces the indicator's target values (delmål), one per year. */
export async function setTargetValues(db: Db, organisationId: string, indicatorId: string, values: readonly TargetValue[]): Promise<void> {
	await db.deleteFrom('indicator_target_value').where('organisation_id', '=', organisationId).where('indicator_id', '=', indicatorId).execute();
	if (values.length)
		await db
			.insertInto('indicator_target_value')
			.values(values.map((v) => ({ organisation_id: organisationId, indicator_id: indicatorId, year: v.year, value: v.value })))
			.execute();
}

/** Stores one outcome (year, gender, area), or removes it when the value is null. */
export async function setOutcome(
	db: Db,
	organisationId: string,
	indicatorId: string,
	o: { year: number; gender: Gender; area: string; value: number | null }
): Promise<void> {
	if (o.value === null) {
		await db
			.deleteFrom('indicator_outcome')
			.where('organisation_id', '=', organisationId)
			.where('indicator_id', '=', indicatorId)
			.where('year', '=', o.year)
			.where('gender', '=', o.gender)
			.where('area', '=', o.area)
			.execute();
		return;
	}
	await db
		.insertInto('indicator_outcome')
		.values({ organisation_id: organisationId, indicator_id: indicatorId, year: o.year, gender: o.gender, area: o.area, value: o.value })
		.onConflict((c) => c.columns(['indicator_id', 'year', 'gender', 'area']).doUpdateSet({ value: o.value!, updated_at: new Date() }))
		.execute();
}

/** Numbers the rows in the given order (0, 1, 2 …): a reorder of siblings. */
export async function setPositions(db: Db, table: 'focus_area' | 'priority_goal' | 'indicator', organisationId: string, ids: readonly string[]): Promise<void> {
	for (const [position, id] of ids.entries())
		await db.updateTable(table).set({ position }).where('organisation_id', '=', organisationId).where('id', '=', id).execute();
}

// ---- judgements

export async function listJudgements(db: Db, organisationId: string): Promise<GoalJudgement[]> {
	const rows = await db
		.selectFrom('goal_judgement')
		.select(['goal_id', 'year', 'level', 'analysis', 'updated_at', 'updated_by'])
		.where('organisation_id', '=', organisationId)
		.orderBy('year', 'desc')
		.execute();
	return rows.map((r) => ({ goalId: r.goal_id, year: r.year, level: r.level as JudgementLevel, analysis: r.analysis, updatedAt: r.updated_at, updatedBy: r.updated_by }));
}

export async function upsertJudgement(
	db: Db,
	organisationId: string,
	j: { goalId: string; year: number; level: JudgementLevel; analysis: string; updatedBy: string | null }
): Promise<void> {
	await db
		.insertInto('goal_judgement')
		.values({ organisation_id: organisationId, goal_id: j.goalId, year: j.year, level: j.level, analysis: j.analysis, updated_by: j.updatedBy })
		.onConflict((c) => c.columns(['goal_id', 'year']).doUpdateSet({ level: j.level, analysis: j.analysis, updated_by: j.updatedBy, updated_at: new Date() }))
		.execute();
}

export async function deleteJudgement(db: Db, organisationId: string, goalId: string, year: number): Promise<void> {
	await db.deleteFrom('goal_judgement').where('organisation_id', '=', organisationId).where('goal_id', '=', goalId).where('year', '=', year).execute();
}

/**
 * The organisation's indicators as the analysis reads them: the SDG targets each follows and its trend, from
 * its own outcomes or else the Kolada values of the organisation's own municipality.
 */
export async function loadSteeringIndicators(db: Db, organisationId: string): Promise<AnalysisLocalIndicator[]> {
	const indicators = await listIndicators(db, organisationId);
	if (indicators.length === 0) return [];
	const kpis = [...new Set(indicators.map((i) => i.koladaKpi).filter((k): k is string => k !== null))];
	const kolada = kpis.length
		? await db
				.selectFrom('kolada_value')
				.innerJoin('organisation', 'organisation.id', 'kolada_value.organisation_id')
				.select(['kolada_value.kpi', 'kolada_value.year', 'kolada_value.gender', 'kolada_value.value'])
				.where('kolada_value.organisation_id', '=', organisationId)
				.whereRef('kolada_value.municipality', '=', 'organisation.kolada_id')
				.where('kolada_value.gender', '=', 'T')
				.where('kolada_value.kpi', 'in', kpis)
				.execute()
		: [];
	return indicators.map((i) => {
		const series = indicatorSeries(i.outcomes, i.koladaKpi ? kolada.filter((k) => k.kpi === i.koladaKpi) : []);
		const trend = trendOf(series.points, i.direction, i.targets);
		return { id: i.id, name: i.name, targetCodes: i.targetCodes, trend: trend.status, since: trend.baseline?.year ?? null };
	});
}

/** The position after the organisation's last focus area, goal or indicator (0 for the first). */
export async function nextPosition(db: Db, table: 'focus_area' | 'priority_goal' | 'indicator', organisationId: string): Promise<number> {
	const row = await db
		.selectFrom(table)
		.select((eb) => eb.fn.max('position').as('max'))
		.where('organisation_id', '=', organisationId)
		.executeTakeFirst();
	return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

/** One of the organisation's indicators, as far as a save needs it; null when it is not the organisation's. */
export async function findIndicatorPlace(db: Db, organisationId: string, id: string): Promise<{ id: string; position: number } | null> {
	const row = await db.selectFrom('indicator').select(['id', 'position']).where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
	return row ?? null;
}
