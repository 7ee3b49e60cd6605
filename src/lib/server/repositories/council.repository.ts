// The council's items (a finding of the analysis the council works through) and their comments, scoped by
// organisation and cycle. Status and recommendation updates name the version they were based on.
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import type { CouncilKind, CouncilStatus } from '#lib/validation/council.js';

/** The finding as it stood when the item was opened: its sentence and the inputs behind it. */
export interface CouncilEvidence {
	sentence: string;
	type: string;
	unitIds: string[];
	targetCodes: string[];
	activityIds: string[];
	evidence: { relevance: string[]; contributions: string[]; activities: string[]; interactions: string[] };
}

export interface CouncilItem {
	id: string;
	cycleId: string;
	findingKey: string;
	kind: CouncilKind;
	title: string;
	status: CouncilStatus;
	recommendation: string;
	evidence: CouncilEvidence;
	createdBy: string | null;
	createdAt: Date;
	updatedBy: string | null;
	updatedAt: Date;
	version: number;
	comments: number;
}

export interface CouncilComment {
	id: string;
	authorUserId: string | null;
	text: string;
	createdAt: Date;
}

export interface ItemFilter {
	status?: CouncilStatus;
	kind?: CouncilKind;
}

function evidenceOf(value: unknown): CouncilEvidence {
	const v = (value ?? {}) as Partial<CouncilEvidence>;
	const list = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
	const e = (v.evidence ?? {}) as Partial<CouncilEvidence['evidence']>;
	return {
		sentence: typeof v.sentence === 'string' ? v.sentence : '',
		type: typeof v.type === 'string' ? v.type : '',
		unitIds: list(v.unitIds),
		targetCodes: list(v.targetCodes),
		activityIds: list(v.activityIds),
		evidence: { relevance: list(e.relevance), contributions: list(e.contributions), activities: list(e.activities), interactions: list(e.interactions) }
	};
}

function items(db: Db, organisationId: string, cycleId: string) {
	return db
		.selectFrom('council_item as i')
		.select([
			'i.id',
			'i.cycle_id',
			'i.finding_key',
			'i.kind',
			'i.title',
			'i.status',
			'i.recommendation',
			'i.evidence',
			'i.created_by',
			'i.created_at',
			'i.updated_by',
			'i.updated_at',
			'i.version'
		])
		.select((eb) =>
			eb
				.selectFrom('council_comment as c')
				.select((e) => e.fn.countAll<string>().as('n'))
				.whereRef('c.item_id', '=', 'i.id')
				.whereRef('c.organisation_id', '=', 'i.organisation_id')
				.as('comments')
		)
		.where('i.organisation_id', '=', organisationId)
		.where('i.cycle_id', '=', cycleId);
}

type ItemRow = Awaited<ReturnType<ReturnType<typeof items>['executeTakeFirstOrThrow']>>;
function rowToItem(r: ItemRow): CouncilItem {
	return {
		id: r.id,
		cycleId: r.cycle_id,
		findingKey: r.finding_key,
		kind: r.kind as CouncilKind,
		title: r.title,
		status: r.status as CouncilStatus,
		recommendation: r.recommendation,
		evidence: evidenceOf(r.evidence),
		createdBy: r.created_by,
		createdAt: r.created_at,
		updatedBy: r.updated_by,
		updatedAt: r.updated_at,
		version: r.version,
		comments: Number(r.comments ?? 0)
	};
}

/** The cycle's items, newest change first, optionally of one status and kind. */
export async function listItems(db: Db, organisationId: string, cycleId: string, filter: ItemFilter = {}): Promise<CouncilItem[]> {
	let q = items(db, organisationId, cycleId);
	if (filter.status) q = q.where('i.status', '=', filter.status);
	if (filter.kind) q = q.where('i.kind', '=', filter.kind);
	const rows = await q.orderBy('i.updated_at', 'desc').orderBy('i.id').execute();
	return rows.map(rowToItem);
}

export async function findItem(db: Db, organisationId: string, cycleId: string, itemId: string): Promise<CouncilItem | null> {
	const row = await items(db, organisationId, cycleId).where('i.id', '=', itemId).executeTakeFirst();
	return row ? rowToItem(row) : null;
}

export async function findItemByKey(db: Db, organisationId: string, cycleId: string, findingKey: string): Promise<CouncilItem | null> {
	const row = await items(db, organisationId, cycleId).where('i.finding_key', '=', findingKey).executeTakeFirst();
	return row ? rowToItem(row) : null;
}

/** How many of the cycle's items there are of each status and kind. */
export async function countItems(db: Db, organisationId: string, cycleId: string): Promise<Array<{ status: CouncilStatus; kind: CouncilKind; n: number }>> {
	const rows = await db
		.selectFrom('council_item')
		.select(['status', 'kind', (eb) => eb.fn.countAll<string>().as('n')])
		.where('organisation_id', '=', organisationId)
		.where('cycle_id', '=', cycleId)
		.groupBy(['status', 'kind'])
		.execute();
	return rows.map((r) => ({ status: r.status as CouncilStatus, kind: r.kind as CouncilKind, n: Number(r.n) }));
}

/** Opens an item for a finding; the id of the new item, or null when the finding has one already. */
export async function insertItem(
	db: Db,
	organisationId: string,
	cycleId: string,
	item: { findingKey: string; kind: CouncilKind; title: string; evidence: CouncilEvidence },
	userId: string
): Promise<string | null> {
	const rows = await db
		.insertInto('council_item')
		.values({
			organisation_id: organisationId,
			cycle_id: cycleId,
			finding_key: item.findingKey,
			kind: item.kind,
			title: item.title,
			evidence: sql`${JSON.stringify(item.evidence)}::text::jsonb`,
			created_by: userId,
			updated_by: userId
		})
		.onConflict((oc) => oc.columns(['cycle_id', 'finding_key']).doNothing())
		.returning('id')
		.execute();
	return rows[0]?.id ?? null;
}

/** Sets one field when the stored version is still `version`; false otherwise. */
export async function updateItem(
	db: Db,
	organisationId: string,
	itemId: string,
	version: number,
	change: { status: CouncilStatus } | { recommendation: string },
	userId: string
): Promise<boolean> {
	const r = await db
		.updateTable('council_item')
		.set((eb) => ({ ...change, updated_by: userId, updated_at: new Date(), version: eb('version', '+', 1) }))
		.where('organisation_id', '=', organisationId)
		.where('id', '=', itemId)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

/** Marks the item as changed now by `userId` (a comment is a change of the record). */
export async function touchItem(db: Db, organisationId: string, itemId: string, userId: string): Promise<void> {
	await db
		.updateTable('council_item')
		.set({ updated_by: userId, updated_at: new Date() })
		.where('organisation_id', '=', organisationId)
		.where('id', '=', itemId)
		.execute();
}

export async function insertComment(db: Db, organisationId: string, itemId: string, authorUserId: string, text: string): Promise<string> {
	const row = await db
		.insertInto('council_comment')
		.values({ organisation_id: organisationId, item_id: itemId, author_user_id: authorUserId, text })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** An item's comments, oldest first. */
export async function listComments(db: Db, organisationId: string, itemId: string): Promise<CouncilComment[]> {
	const rows = await db
		.selectFrom('council_comment')
		.select(['id', 'author_user_id', 'text', 'created_at'])
		.where('organisation_id', '=', organisationId)
		.where('item_id', '=', itemId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return rows.map((r) => ({ id: r.id, authorUserId: r.author_user_id, text: r.text, createdAt: r.created_at }));
}

/** Names of the organisation's units among `ids`; others are left out. */
export async function unitNames(db: Db, organisationId: string, ids: readonly string[]): Promise<Array<{ id: string; name: string }>> {
	if (!ids.length) return [];
	return db.selectFrom('unit').select(['id', 'name']).where('organisation_id', '=', organisationId).where('id', 'in', [...new Set(ids)]).execute();
}

/** Names and units of the cycle's activities among `ids`; others are left out. */
export async function activityNames(db: Db, organisationId: string, cycleId: string, ids: readonly string[]) {
	if (!ids.length) return [];
	const rows = await db
		.selectFrom('mapping_activity')
		.select(['id', 'name', 'unit_id'])
		.where('organisation_id', '=', organisationId)
		.where('cycle_id', '=', cycleId)
		.where('id', 'in', [...new Set(ids)])
		.execute();
	return rows.map((r) => ({ id: r.id, name: r.name, unitId: r.unit_id }));
}
