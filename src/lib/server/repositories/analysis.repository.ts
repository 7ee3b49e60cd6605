// One organisation's agreed mapping for one cycle, loaded as the analysis engine's input: its units (tree
// order), the agreed relevance, activities, contributions and interaction scores of the cycle, and its own
// grouping of goals into dimensions. A handful of narrow queries run side by side and are mapped with
// plain loops: the council view loads a whole municipality at once. Every query is scoped by organisation
// (and the mapping tables by cycle too).
import { sql, type CompiledQuery } from 'kysely';
import type { Db } from '../db/index.js';
import type {
	AnalysisActivity,
	AnalysisContribution,
	AnalysisInput,
	AnalysisInteraction,
	AnalysisRelevance,
	AnalysisUnit
} from '#lib/analysis/engine/types.js';
import type { InteractionScore } from '#lib/analysis/interactions/types.js';
import type { Direction, Directness, IndicatorKind, RelevanceKind, RelevanceLevel, Strength } from '#lib/domain/mapping.js';
import { buildUnitTree, flattenUnitTree, type UnitType } from '#lib/domain/units.js';
import { parseDimensionGoals, type DimensionGoals } from '#lib/validation/dimensions.js';

type UnitRow = { id: string; parent_id: string | null; name: string; type: string; position: number };
type RelevanceRow = { id: string; unit_id: string; kind: string; code: string; level: string };
type ActivityRow = { id: string; unit_id: string; name: string };
type ContributionRow = {
	id: string;
	unit_id: string;
	activity_id: string;
	target_code: string;
	direction: string;
	strength: number;
	directness: string;
	indicator_kind: string | null;
	indicator_ref: string | null;
};
type InteractionRow = { from_code: string; to_code: string; score: number };
type OrganisationRow = { dimension_goals: unknown };

/** The loader's queries, compiled: what it sends (the benchmark sends the same SQL raw to measure the floor). */
export function analysisQueries(db: Db, organisationId: string, cycleId: string) {
	return {
		units: db
			.selectFrom('unit')
			.select(['id', 'parent_id', 'name', 'type', 'position'])
			.where('organisation_id', '=', organisationId)
			.compile() as CompiledQuery<UnitRow>,
		relevance: db
			.selectFrom('mapping_relevance')
			.select(['id', 'unit_id', 'kind', 'code', 'level'])
			.where('organisation_id', '=', organisationId)
			.where('cycle_id', '=', cycleId)
			.compile() as CompiledQuery<RelevanceRow>,
		activities: db
			.selectFrom('mapping_activity')
			.select(['id', 'unit_id', 'name'])
			.where('organisation_id', '=', organisationId)
			.where('cycle_id', '=', cycleId)
			.orderBy('position')
			.orderBy('created_at')
			.compile() as CompiledQuery<ActivityRow>,
		contributions: db
			.selectFrom('mapping_contribution')
			.select(['id', 'unit_id', 'activity_id', 'target_code', 'direction', 'strength', 'directness', 'indicator_kind', 'indicator_ref'])
			.where('organisation_id', '=', organisationId)
			.where('cycle_id', '=', cycleId)
			.compile() as CompiledQuery<ContributionRow>,
		interactions: db
			.selectFrom('interaction_agreed')
			.select(['from_code', 'to_code', 'score'])
			.where('organisation_id', '=', organisationId)
			.where('cycle_id', '=', cycleId)
			.compile() as CompiledQuery<InteractionRow>,
		organisation: db.selectFrom('organisation').select('dimension_goals').where('id', '=', organisationId).compile() as CompiledQuery<OrganisationRow>
	};
}

/** The engine's input for one cycle of one organisation; an unknown cycle gives an empty mapping. */
export async function loadAnalysisInput(db: Db, organisationId: string, cycleId: string): Promise<AnalysisInput> {
	const q = analysisQueries(db, organisationId, cycleId);
	const [units, relevance, activities, contributions, interactions, organisation] = await Promise.all([
		db.executeQuery(q.units),
		db.executeQuery(q.relevance),
		db.executeQuery(q.activities),
		db.executeQuery(q.contributions),
		db.executeQuery(q.interactions),
		db.executeQuery(q.organisation)
	]);
	const dimensions = parseDimensionGoals(organisation.rows[0]?.dimension_goals);
	const input = {
		units: rowsToUnits(units.rows),
		relevance: rowsToRelevance(relevance.rows),
		activities: rowsToActivities(activities.rows),
		contributions: rowsToContributions(contributions.rows),
		interactions: rowsToInteractions(interactions.rows)
	};
	return dimensions ? { ...input, dimensions } : input;
}

function rowsToUnits(rows: readonly UnitRow[]): AnalysisUnit[] {
	const nodes = rows.map((r) => ({ id: r.id, parentId: r.parent_id, name: r.name, type: r.type as UnitType, position: r.position }));
	const out: AnalysisUnit[] = [];
	for (const u of flattenUnitTree(buildUnitTree(nodes))) out.push({ id: u.id, name: u.name, type: u.type, parentId: u.parentId });
	return out;
}

function rowsToRelevance(rows: readonly RelevanceRow[]): AnalysisRelevance[] {
	const out = new Array<AnalysisRelevance>(rows.length);
	for (let i = 0; i < rows.length; i++) {
		const r = rows[i]!;
		out[i] = { id: r.id, unitId: r.unit_id, kind: r.kind as RelevanceKind, code: r.code, level: r.level as RelevanceLevel };
	}
	return out;
}

function rowsToActivities(rows: readonly ActivityRow[]): AnalysisActivity[] {
	const out = new Array<AnalysisActivity>(rows.length);
	for (let i = 0; i < rows.length; i++) {
		const r = rows[i]!;
		out[i] = { id: r.id, unitId: r.unit_id, name: r.name };
	}
	return out;
}

function rowsToContributions(rows: readonly ContributionRow[]): AnalysisContribution[] {
	const out = new Array<AnalysisContribution>(rows.length);
	for (let i = 0; i < rows.length; i++) {
		const r = rows[i]!;
		out[i] = {
			id: r.id,
			unitId: r.unit_id,
			activityId: r.activity_id,
			targetCode: r.target_code,
			direction: r.direction as Direction,
			strength: r.strength as Strength,
			directness: r.directness as Directness,
			indicator: r.indicator_kind === null || r.indicator_ref === null ? null : { kind: r.indicator_kind as IndicatorKind, ref: r.indicator_ref }
		};
	}
	return out;
}

function rowsToInteractions(rows: readonly InteractionRow[]): AnalysisInteraction[] {
	const out = new Array<AnalysisInteraction>(rows.length);
	for (let i = 0; i < rows.length; i++) {
		const r = rows[i]!;
		out[i] = { from: r.from_code, to: r.to_code, score: r.score as InteractionScore, id: `${r.from_code}>${r.to_code}` };
	}
	return out;
}

/** The organisation's own grouping of goals into dimensions; null when it uses the default. */
export async function findDimensionGoals(db: Db, organisationId: string): Promise<DimensionGoals | null> {
	const row = await db.selectFrom('organisation').select('dimension_goals').where('id', '=', organisationId).executeTakeFirst();
	return parseDimensionGoals(row?.dimension_goals);
}

/** Stores the grouping (null: back to the default). */
export async function setDimensionGoals(db: Db, organisationId: string, goals: DimensionGoals | null): Promise<void> {
	await db
		.updateTable('organisation')
		.set({ dimension_goals: goals === null ? null : sql`${JSON.stringify(goals)}::text::jsonb` })
		.where('id', '=', organisationId)
		.execute();
}
