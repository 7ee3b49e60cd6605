// One organisation's agreed mapping for one cycle, loaded as the analysis engine's input: its units (tree
// order), the agreed relevance, activities, contributions and interaction scores of the cycle, and its own
// grouping of goals into dimensions. Every query is scoped by organisation (the mapping tables by cycle too).
//
// Why the big tables come back as one text value each: a municipality's cycle is ~65,000 rows, and the
// drivers pay per row returned — embedded PGlite 8–30 µs a row, close to a second as rows against
// 50–130 ms as four aggregated values (bench/RESULTS.md). Each of those queries returns string_agg of its
// rows, records separated by chr(30) and fields by chr(31); free text (activity names, indicator
// references) is JSON-quoted, which escapes every control character, so no separator can hide in it. The
// queries run side by side and are split with plain loops.
//
// Ratings, activities and contributions come in id order (a uuid sorts as its text does, as JavaScript
// compares strings): the engine takes them in id order and sorts only what does not arrive so. Interaction
// scores it places by their cell, so they come in any order.
import { sql, type CompiledQuery } from 'kysely';
import { loadSteeringIndicators } from './steering.repository.js';
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
import { TARGET_COUNT, targetNumber } from '#lib/analysis/engine/index.js';

type UnitRow = { id: string; parent_id: string | null; name: string; type: string; position: number };
/** One row holding every record of the query, or null when there are none. */
type Packed = { records: string | null };
type OrganisationRow = { dimension_goals: unknown };

const RECORD = '\x1e';
const FIELD = '\x1f';

/** The loader's queries, compiled, in the order it sends them (the benchmark sends the same SQL raw, in that order, to measure the floor). */
export function analysisQueries(db: Db, organisationId: string, cycleId: string) {
	return {
		// id, unit, activity, target, direction, strength, directness, indicator kind ('' = none), indicator ref (JSON, '' = none)
		contributions: db
			.selectFrom('mapping_contribution')
			.select(
				sql<string | null>`string_agg(concat_ws(chr(31), id, unit_id, activity_id, target_code, direction, strength, directness, coalesce(indicator_kind, ''), coalesce(to_json(indicator_ref)::text, '')), chr(30) order by id)`.as(
					'records'
				)
			)
			.where('organisation_id', '=', organisationId)
			.where('cycle_id', '=', cycleId)
			.compile() as CompiledQuery<Packed>,
		// from, to, score
		interactions: db
			.selectFrom('interaction_agreed')
			.select(sql<string | null>`string_agg(concat_ws(chr(31), from_code, to_code, score), chr(30))`.as('records'))
			.where('organisation_id', '=', organisationId)
			.where('cycle_id', '=', cycleId)
			.compile() as CompiledQuery<Packed>,
		// id, unit, kind, code, level
		relevance: db
			.selectFrom('mapping_relevance')
			.select(sql<string | null>`string_agg(concat_ws(chr(31), id, unit_id, kind, code, level), chr(30) order by id)`.as('records'))
			.where('organisation_id', '=', organisationId)
			.where('cycle_id', '=', cycleId)
			.compile() as CompiledQuery<Packed>,
		// id, unit, name (JSON)
		activities: db
			.selectFrom('mapping_activity')
			.select(sql<string | null>`string_agg(concat_ws(chr(31), id, unit_id, to_json(name)::text), chr(30) order by id)`.as('records'))
			.where('organisation_id', '=', organisationId)
			.where('cycle_id', '=', cycleId)
			.compile() as CompiledQuery<Packed>,
		units: db
			.selectFrom('unit')
			.select(['id', 'parent_id', 'name', 'type', 'position'])
			.where('organisation_id', '=', organisationId)
			.compile() as CompiledQuery<UnitRow>,
		organisation: db.selectFrom('organisation').select('dimension_goals').where('id', '=', organisationId).compile() as CompiledQuery<OrganisationRow>
	};
}

/** The engine's input for one cycle of one organisation; an unknown cycle gives an empty mapping. */
export async function loadAnalysisInput(db: Db, organisationId: string, cycleId: string): Promise<AnalysisInput> {
	const q = analysisQueries(db, organisationId, cycleId);
	// Each result is split as soon as it arrives, while the database works on the next: side by side on
	// several connections on server PostgreSQL, one after another in its own thread embedded. Sent
	// largest split first, so what is left to split after the last query is small.
	const [contributions, interactions, relevance, activities, units, organisation, steering] = await Promise.all([
		db.executeQuery(q.contributions).then((r) => toContributions(r.rows)),
		db.executeQuery(q.interactions).then((r) => toInteractions(r.rows)),
		db.executeQuery(q.relevance).then((r) => toRelevance(r.rows)),
		db.executeQuery(q.activities).then((r) => toActivities(r.rows)),
		db.executeQuery(q.units).then((r) => rowsToUnits(r.rows)),
		db.executeQuery(q.organisation),
		loadSteeringIndicators(db, organisationId)
	]);
	const dimensions = parseDimensionGoals(organisation.rows[0]?.dimension_goals);
	const input = { units, relevance, activities, contributions, interactions, ...(steering.length ? { steering } : {}) };
	return dimensions ? { ...input, dimensions } : input;
}

/**
 * Calls `each` with the fields of every record of a packed result (one array, refilled per record: copy
 * what you keep) and `out`. A record of another length is an error, never skipped. The `each` functions are
 * made once, at module level: a function made per call would be dropped from V8's optimised code for this
 * loop at every full collection, and the loop would start over in the interpreter. (For the same reason
 * it takes the text, not the driver's row object, whose shape is made per result.)
 */
function unpack<T>(text: string | null, fields: number, out: T[], each: (f: string[], out: T[]) => void): T[] {
	if (!text) return out;
	const f = new Array<string>(fields);
	let at = 0;
	let field = text.indexOf(FIELD);
	while (at <= text.length) {
		let stop = text.indexOf(RECORD, at);
		if (stop < 0) stop = text.length;
		for (let k = 0; k < fields - 1; k++) {
			if (field < 0 || field > stop) throw new Error(`analysis: a record with ${k + 1} fields where ${fields} were expected`);
			f[k] = text.slice(at, field);
			at = field + 1;
			field = text.indexOf(FIELD, at);
		}
		if (field >= 0 && field < stop) throw new Error(`analysis: a record with more than ${fields} fields`);
		f[fields - 1] = text.slice(at, stop);
		at = stop + 1;
		each(f, out);
	}
	return out;
}

const packedText = (rows: readonly Packed[]): string | null => rows[0]?.records ?? null;

/** A JSON-quoted string; most hold nothing escaped, and those are just unquoted. */
function unquote(quoted: string): string {
	return quoted.includes('\\') ? (JSON.parse(quoted) as string) : quoted.slice(1, -1);
}

function rowsToUnits(rows: readonly UnitRow[]): AnalysisUnit[] {
	const nodes = rows.map((r) => ({ id: r.id, parentId: r.parent_id, name: r.name, type: r.type as UnitType, position: r.position }));
	const out: AnalysisUnit[] = [];
	for (const u of flattenUnitTree(buildUnitTree(nodes))) out.push({ id: u.id, name: u.name, type: u.type, parentId: u.parentId });
	return out;
}

const toRelevance = (rows: readonly Packed[]): AnalysisRelevance[] => unpack(packedText(rows), 5, [], relevanceRecord);
const relevanceRecord = (f: string[], out: AnalysisRelevance[]): void => {
	out.push({ id: f[0]!, unitId: f[1]!, kind: f[2] as RelevanceKind, code: f[3]!, level: f[4] as RelevanceLevel });
};

const toActivities = (rows: readonly Packed[]): AnalysisActivity[] => unpack(packedText(rows), 3, [], activityRecord);
const activityRecord = (f: string[], out: AnalysisActivity[]): void => {
	out.push({ id: f[0]!, unitId: f[1]!, name: unquote(f[2]!) });
};

const toContributions = (rows: readonly Packed[]): AnalysisContribution[] => unpack(packedText(rows), 9, [], contributionRecord);
const contributionRecord = (f: string[], out: AnalysisContribution[]): void => {
	out.push({
		id: f[0]!,
		unitId: f[1]!,
		activityId: f[2]!,
		targetCode: f[3]!,
		direction: f[4] as Direction,
		strength: Number(f[5]) as Strength,
		directness: f[6] as Directness,
		indicator: f[7] && f[8] ? { kind: f[7] as IndicatorKind, ref: unquote(f[8]) } : null
	});
};

const toInteractions = (rows: readonly Packed[]): AnalysisInteraction[] => unpack(packedText(rows), 3, [], interactionRecord);
const interactionRecord = (f: string[], out: AnalysisInteraction[]): void => {
	out.push({ from: f[0]!, to: f[1]!, score: Number(f[2]) as InteractionScore, id: interactionId(f[0]!, f[1]!) });
};

/**
 * A scored cell's id, "from>to": made once per cell of the catalogue and kept (at most 169 × 169 short
 * strings). A fully scored matrix has 28,392 cells, and joining their ids again for every analysis was a
 * third of splitting the scores.
 */
function interactionId(from: string, to: string): string {
	const a = targetNumber(from);
	const b = targetNumber(to);
	if (a < 0 || b < 0) return `${from}>${to}`;
	return (CELL_IDS[a * TARGET_COUNT + b] ??= `${from}>${to}`);
}
const CELL_IDS: (string | undefined)[] = new Array(TARGET_COUNT * TARGET_COUNT);

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
