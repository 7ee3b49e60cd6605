// A unit's agreed mapping in a cycle: its grunduppdrag and the relevance of goals and targets. Updates
// name the version they were based on and change nothing when another edit came first.
import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../db/index.js';
import type { Database } from '../db/schema.js';
import type { Grunduppdrag, RelevanceKind, Relevance, RelevanceLevel } from '#lib/domain/mapping.js';

export interface Scope {
	organisationId: string;
	cycleId: string;
	unitId: string;
}

/** The row columns of a scope, for inserts. */
export function scopeColumns(s: Scope) {
	return { organisation_id: s.organisationId, cycle_id: s.cycleId, unit_id: s.unitId };
}

/** The tables whose rows belong to one unit in one cycle of an organisation. */
type ScopedTable = { [T in keyof Database]: Database[T] extends { organisation_id: string; cycle_id: string; unit_id: string } ? T : never }[keyof Database];
/** The tables holding agreed values, each with who agreed it, when, and its version. */
type AgreedTable = { [T in keyof Database]: Database[T] extends { agreed_by: string | null; version: unknown } ? T : never }[keyof Database];

/** A where filter to the rows of a scope: `.where(inScope(s))`. */
export function inScope(s: Scope) {
	return <T extends ScopedTable>(eb: ExpressionBuilder<Database, T>) => {
		// Every scoped table has these three columns; the one table named here only lets them be typed.
		const e = eb as unknown as ExpressionBuilder<Database, 'mapping_unit'>;
		return e.and([e('organisation_id', '=', s.organisationId), e('cycle_id', '=', s.cycleId), e('unit_id', '=', s.unitId)]);
	};
}

/** The columns an update of an agreed value sets besides the value: who agreed it, now, the next version. */
export function agreedNow<T extends AgreedTable>(eb: ExpressionBuilder<Database, T>, agreedBy: string) {
	const e = eb as unknown as ExpressionBuilder<Database, 'mapping_unit'>;
	return { agreed_by: agreedBy, agreed_at: new Date(), version: e('version', '+', 1) };
}

export const agreedColumns = ['agreed_by', 'agreed_at', 'version'] as const;
export type AgreedRow = { agreed_by: string | null; agreed_at: Date; version: number };
export function rowToAgreed(r: AgreedRow) {
	return { agreedBy: r.agreed_by, agreedAt: r.agreed_at, version: r.version };
}

export async function findGrunduppdrag(db: Db, s: Scope): Promise<Grunduppdrag | null> {
	const row = await db
		.selectFrom('mapping_unit')
		.select(['grunduppdrag', ...agreedColumns])
		.where(inScope(s))
		.executeTakeFirst();
	return row ? { text: row.grunduppdrag, ...rowToAgreed(row) } : null;
}

/** Inserts the first grunduppdrag; false when one already exists (someone else was first). */
export async function insertGrunduppdrag(db: Db, s: Scope, text: string, agreedBy: string): Promise<boolean> {
	const rows = await db
		.insertInto('mapping_unit')
		.values({ ...scopeColumns(s), grunduppdrag: text, agreed_by: agreedBy })
		.onConflict((oc) => oc.columns(['cycle_id', 'unit_id']).doNothing())
		.returning('unit_id')
		.execute();
	return rows.length === 1;
}

/** Updates when the stored version is still `version`; false otherwise. */
export async function updateGrunduppdrag(db: Db, s: Scope, version: number, text: string, agreedBy: string): Promise<boolean> {
	const r = await db
		.updateTable('mapping_unit')
		.set((eb) => ({ grunduppdrag: text, ...agreedNow(eb, agreedBy) }))
		.where(inScope(s))
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

type RelevanceRow = AgreedRow & { kind: string; code: string; level: string; motivation: string | null };
const relevanceColumns = ['kind', 'code', 'level', 'motivation', ...agreedColumns] as const;
function rowToRelevance(r: RelevanceRow): Relevance {
	return { kind: r.kind as RelevanceKind, code: r.code, level: r.level as RelevanceLevel, motivation: r.motivation, ...rowToAgreed(r) };
}

export async function listRelevance(db: Db, s: Scope): Promise<Relevance[]> {
	const rows = await db
		.selectFrom('mapping_relevance')
		.select(relevanceColumns)
		.where(inScope(s))
		.execute();
	return rows.map(rowToRelevance);
}

export async function findRelevance(db: Db, s: Scope, kind: RelevanceKind, code: string): Promise<Relevance | null> {
	const row = await db
		.selectFrom('mapping_relevance')
		.select(relevanceColumns)
		.where(inScope(s))
		.where('kind', '=', kind)
		.where('code', '=', code)
		.executeTakeFirst();
	return row ? rowToRelevance(row) : null;
}

type RelevanceValue = { kind: RelevanceKind; code: string; level: RelevanceLevel; motivation: string | null };

/** Inserts a first agreed value; false when the subject already has one. */
export async function insertRelevance(db: Db, s: Scope, v: RelevanceValue, agreedBy: string): Promise<boolean> {
	const rows = await db
		.insertInto('mapping_relevance')
		.values({ ...scopeColumns(s), kind: v.kind, code: v.code, level: v.level, motivation: v.motivation, agreed_by: agreedBy })
		.onConflict((oc) => oc.columns(['cycle_id', 'unit_id', 'kind', 'code']).doNothing())
		.returning('id')
		.execute();
	return rows.length === 1;
}

/** Updates when the stored version is still `version`; false otherwise. */
export async function updateRelevance(db: Db, s: Scope, version: number, v: RelevanceValue, agreedBy: string): Promise<boolean> {
	const r = await db
		.updateTable('mapping_relevance')
		.set((eb) => ({ level: v.level, motivation: v.motivation, ...agreedNow(eb, agreedBy) }))
		.where(inScope(s))
		.where('kind', '=', v.kind)
		.where('code', '=', v.code)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

/**
 * Display names of the given users (who agreed what), among those who are members of the organisation or
 * have acted in it (someone who has left still shows as the one who agreed); other ids are left out.
 */
export async function displayNames(db: Db, organisationId: string, userIds: readonly string[]): Promise<Record<string, string>> {
	const ids = [...new Set(userIds)];
	if (!ids.length) return {};
	const rows = await db
		.selectFrom('app_user')
		.select(['id', 'display_name'])
		.where('id', 'in', ids)
		.where((eb) =>
			eb.or([
				eb.exists(eb.selectFrom('membership').select('user_id').where('organisation_id', '=', organisationId).whereRef('user_id', '=', 'app_user.id')),
				eb.exists(eb.selectFrom('audit_event').select('id').where('organisation_id', '=', organisationId).whereRef('actor_user_id', '=', 'app_user.id'))
			])
		)
		.execute();
	return Object.fromEntries(rows.map((r) => [r.id, r.display_name]));
}

/** The tables holding a unit's mapping; deleting the unit would take their rows with it. */
const unitMappingTables = [
	'mapping_unit',
	'mapping_activity',
	'mapping_contribution',
	'mapping_relevance',
	'mapping_challenge',
	'mapping_document',
	'mapping_input'
] as const;

/** Whether the unit has any mapping data (agreed or individual input) in any cycle of the organisation. */
export async function hasMappingData(db: Db, organisationId: string, unitId: string): Promise<boolean> {
	const row = await db
		.selectNoFrom((eb) =>
			eb
				.or(
					unitMappingTables.map((table) =>
						eb.exists(eb.selectFrom(table).select('unit_id').where('organisation_id', '=', organisationId).where('unit_id', '=', unitId))
					)
				)
				.as('found')
		)
		.executeTakeFirstOrThrow();
	return Boolean(row.found);
}
