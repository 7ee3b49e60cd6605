// The interaction network of an organisation's cycle: each scorer's score of an ordered pair of targets
// (row influences column) with a reason, the score that counts (agreed, imported or copied), which units
// touch which targets in the cycle's mapping, and the newest change as a sequence number for live pages.
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import type { InteractionScore } from '#lib/analysis/interactions/types.js';

export interface CycleScope {
	organisationId: string;
	cycleId: string;
}

export type AgreedSource = 'agreed' | 'imported' | 'copied';

export interface StoredScore {
	from: string;
	to: string;
	scorerId: string;
	scorerName: string;
	score: InteractionScore;
	reason: string;
	updatedAt: Date;
}

export interface StoredAgreed {
	from: string;
	to: string;
	score: InteractionScore;
	reason: string;
	source: AgreedSource;
	agreedBy: string | null;
	agreedAt: Date;
	version: number;
}

/** A unit touches a target when it agreed the target as of medium or high relevance, or has an activity contributing to it. */
export interface Touch {
	unitId: string;
	code: string;
	/** true: rated relevant (medel/hög); false: only contributed to. */
	relevant: boolean;
}

export async function listTouches(db: Db, s: CycleScope): Promise<Touch[]> {
	const [relevant, contributed] = await Promise.all([
		db
			.selectFrom('mapping_relevance')
			.select(['unit_id', 'code'])
			.where('organisation_id', '=', s.organisationId)
			.where('cycle_id', '=', s.cycleId)
			.where('kind', '=', 'target')
			.where('level', 'in', ['medel', 'hög'])
			.execute(),
		db
			.selectFrom('mapping_contribution')
			.select(['unit_id', 'target_code'])
			.distinct()
			.where('organisation_id', '=', s.organisationId)
			.where('cycle_id', '=', s.cycleId)
			.execute()
	]);
	return [
		...relevant.map((r) => ({ unitId: r.unit_id, code: r.code, relevant: true })),
		...contributed.map((r) => ({ unitId: r.unit_id, code: r.target_code, relevant: false }))
	];
}

/** Every score of the cycle, or of one pair, with the scorer's display name. */
export async function listScores(db: Db, s: CycleScope, pair?: { from: string; to: string }): Promise<StoredScore[]> {
	let q = db
		.selectFrom('interaction_score as s')
		.innerJoin('app_user as u', 'u.id', 's.scorer_user_id')
		.select(['s.from_code', 's.to_code', 's.scorer_user_id', 'u.display_name', 's.score', 's.reason', 's.updated_at'])
		.where('s.organisation_id', '=', s.organisationId)
		.where('s.cycle_id', '=', s.cycleId);
	if (pair) q = q.where('s.from_code', '=', pair.from).where('s.to_code', '=', pair.to);
	const rows = await q.orderBy('s.updated_at').execute();
	return rows.map((r) => ({
		from: r.from_code,
		to: r.to_code,
		scorerId: r.scorer_user_id,
		scorerName: r.display_name,
		score: r.score as InteractionScore,
		reason: r.reason,
		updatedAt: r.updated_at
	}));
}

/** Inserts or replaces the scorer's own score of a pair; returns when it was saved. */
export async function upsertScore(
	db: Db,
	s: CycleScope,
	v: { from: string; to: string; scorerId: string; score: InteractionScore; reason: string }
): Promise<Date> {
	const row = await db
		.insertInto('interaction_score')
		.values({
			organisation_id: s.organisationId,
			cycle_id: s.cycleId,
			from_code: v.from,
			to_code: v.to,
			scorer_user_id: v.scorerId,
			score: v.score,
			reason: v.reason
		})
		.onConflict((oc) =>
			oc.columns(['cycle_id', 'from_code', 'to_code', 'scorer_user_id']).doUpdateSet({ score: v.score, reason: v.reason, updated_at: sql`now()` })
		)
		.returning('updated_at')
		.executeTakeFirstOrThrow();
	return row.updated_at;
}

const agreedColumns = ['from_code', 'to_code', 'score', 'reason', 'source', 'agreed_by', 'agreed_at', 'version'] as const;
type AgreedRow = { from_code: string; to_code: string; score: number; reason: string; source: string; agreed_by: string | null; agreed_at: Date; version: number };
function rowToAgreed(r: AgreedRow): StoredAgreed {
	return {
		from: r.from_code,
		to: r.to_code,
		score: r.score as InteractionScore,
		reason: r.reason,
		source: r.source as AgreedSource,
		agreedBy: r.agreed_by,
		agreedAt: r.agreed_at,
		version: r.version
	};
}

export async function listAgreed(db: Db, s: CycleScope): Promise<StoredAgreed[]> {
	const rows = await db
		.selectFrom('interaction_agreed')
		.select(agreedColumns)
		.where('organisation_id', '=', s.organisationId)
		.where('cycle_id', '=', s.cycleId)
		.execute();
	return rows.map(rowToAgreed);
}

export async function findAgreed(db: Db, s: CycleScope, from: string, to: string): Promise<StoredAgreed | null> {
	const row = await db
		.selectFrom('interaction_agreed')
		.select(agreedColumns)
		.where('organisation_id', '=', s.organisationId)
		.where('cycle_id', '=', s.cycleId)
		.where('from_code', '=', from)
		.where('to_code', '=', to)
		.executeTakeFirst();
	return row ? rowToAgreed(row) : null;
}

type AgreedValue = { from: string; to: string; score: InteractionScore; reason: string };

/** The first agreed score of a pair; null when one exists already (someone else was first). */
export async function insertAgreed(db: Db, s: CycleScope, v: AgreedValue, agreedBy: string): Promise<StoredAgreed | null> {
	const row = await db
		.insertInto('interaction_agreed')
		.values({ organisation_id: s.organisationId, cycle_id: s.cycleId, from_code: v.from, to_code: v.to, score: v.score, reason: v.reason, source: 'agreed', agreed_by: agreedBy })
		.onConflict((oc) => oc.columns(['cycle_id', 'from_code', 'to_code']).doNothing())
		.returning(agreedColumns)
		.executeTakeFirst();
	return row ? rowToAgreed(row) : null;
}

/** Settles the pair anew when its stored version is still `version`; null otherwise. */
export async function updateAgreed(db: Db, s: CycleScope, version: number, v: AgreedValue, agreedBy: string): Promise<StoredAgreed | null> {
	const row = await db
		.updateTable('interaction_agreed')
		.set((eb) => ({ score: v.score, reason: v.reason, source: 'agreed', agreed_by: agreedBy, agreed_at: sql<Date>`now()`, version: eb('version', '+', 1) }))
		.where('organisation_id', '=', s.organisationId)
		.where('cycle_id', '=', s.cycleId)
		.where('from_code', '=', v.from)
		.where('to_code', '=', v.to)
		.where('version', '=', version)
		.returning(agreedColumns)
		.executeTakeFirst();
	return row ? rowToAgreed(row) : null;
}

/** Removes every score that counts in the cycle (agreed, imported and copied); returns how many. */
export async function deleteAllAgreed(db: Db, s: CycleScope): Promise<number> {
	const r = await db.deleteFrom('interaction_agreed').where('organisation_id', '=', s.organisationId).where('cycle_id', '=', s.cycleId).executeTakeFirst();
	return Number(r.numDeletedRows);
}

/** Writes imported cells, replacing the score of a pair that has one (its version goes up). */
export async function upsertImported(db: Db, s: CycleScope, cells: readonly AgreedValue[], agreedBy: string): Promise<void> {
	// 8 parameters a row; 1,000 rows a statement stays far below PostgreSQL's 65,535.
	for (let i = 0; i < cells.length; i += 1000) {
		await db
			.insertInto('interaction_agreed')
			.values(
				cells.slice(i, i + 1000).map((c) => ({
					organisation_id: s.organisationId,
					cycle_id: s.cycleId,
					from_code: c.from,
					to_code: c.to,
					score: c.score,
					reason: c.reason,
					source: 'imported',
					agreed_by: agreedBy
				}))
			)
			.onConflict((oc) =>
				oc.columns(['cycle_id', 'from_code', 'to_code']).doUpdateSet((eb) => ({
					score: eb.ref('excluded.score'),
					reason: eb.ref('excluded.reason'),
					source: eb.ref('excluded.source'),
					agreed_by: eb.ref('excluded.agreed_by'),
					agreed_at: sql<Date>`now()`,
					version: sql<number>`interaction_agreed.version + 1`
				}))
			)
			.execute();
	}
}

/** Copies the scores that count from one cycle into another as 'copied'; pairs already there are kept. Returns how many came. */
export async function copyAgreed(db: Db, organisationId: string, fromCycleId: string, toCycleId: string, agreedBy: string): Promise<number> {
	const r = await db
		.insertInto('interaction_agreed')
		.columns(['organisation_id', 'cycle_id', 'from_code', 'to_code', 'score', 'reason', 'source', 'agreed_by'])
		.expression((eb) =>
			eb
				.selectFrom('interaction_agreed')
				.select([
					'organisation_id',
					sql<string>`${toCycleId}::uuid`.as('cycle_id'),
					'from_code',
					'to_code',
					'score',
					'reason',
					sql<string>`'copied'`.as('source'),
					sql<string>`${agreedBy}::uuid`.as('agreed_by')
				])
				.where('organisation_id', '=', organisationId)
				.where('cycle_id', '=', fromCycleId)
		)
		.onConflict((oc) => oc.columns(['cycle_id', 'from_code', 'to_code']).doNothing())
		.executeTakeFirst();
	return Number(r.numInsertedOrUpdatedRows ?? 0);
}

/** Counts per cycle of the organisation: scores that count and individual scores. */
export async function countsPerCycle(db: Db, organisationId: string): Promise<Record<string, { agreed: number; scores: number }>> {
	const [agreed, scores] = await Promise.all([
		db
			.selectFrom('interaction_agreed')
			.select(['cycle_id', (eb) => eb.fn.countAll<string>().as('n')])
			.where('organisation_id', '=', organisationId)
			.groupBy('cycle_id')
			.execute(),
		db
			.selectFrom('interaction_score')
			.select(['cycle_id', (eb) => eb.fn.countAll<string>().as('n')])
			.where('organisation_id', '=', organisationId)
			.groupBy('cycle_id')
			.execute()
	]);
	const out: Record<string, { agreed: number; scores: number }> = {};
	for (const r of agreed) (out[r.cycle_id] ??= { agreed: 0, scores: 0 }).agreed = Number(r.n);
	for (const r of scores) (out[r.cycle_id] ??= { agreed: 0, scores: 0 }).scores = Number(r.n);
	return out;
}

/**
 * The cycle's sequence number for live pages: the newest change of its interaction rows, as epoch
 * milliseconds (0 when there is none). Events carry the changed row's time the same way.
 */
export async function latestChange(db: Db, s: CycleScope): Promise<number> {
	const row = await db
		.selectNoFrom((eb) => [
			eb
				.selectFrom('interaction_score')
				.select((e) => e.fn.max('updated_at').as('m'))
				.where('organisation_id', '=', s.organisationId)
				.where('cycle_id', '=', s.cycleId)
				.as('scored'),
			eb
				.selectFrom('interaction_agreed')
				.select((e) => e.fn.max('agreed_at').as('m'))
				.where('organisation_id', '=', s.organisationId)
				.where('cycle_id', '=', s.cycleId)
				.as('agreed')
		])
		.executeTakeFirstOrThrow();
	return Math.max(toMs(row.scored), toMs(row.agreed));
}

export function toMs(value: unknown): number {
	if (value === null || value === undefined) return 0;
	const d = value instanceof Date ? value : new Date(String(value));
	return Number.isNaN(d.getTime()) ? 0 : d.getTime();
}
