// The nulägesanalys' own rows (settings, conclusion versions, publications) and the cycle facts the report
// states that the analysis input does not carry: workshops with participant counts (never names), the
// board's challenges and the steering documents. Every query is scoped by organisation and cycle.
import { sql } from 'kysely';
import type { Db } from '../db/index.js';

export interface ConclusionVersion {
	scope: string;
	version: number;
	text: string;
	authorName: string;
	restoredFrom: number | null;
	createdAt: Date;
}

export async function findSettings(db: Db, organisationId: string, cycleId: string) {
	const row = await db
		.selectFrom('report_setting')
		.select(['sections', 'intros'])
		.where('organisation_id', '=', organisationId)
		.where('cycle_id', '=', cycleId)
		.executeTakeFirst();
	return row ? { sections: row.sections as string[], intros: row.intros as Record<string, string> } : null;
}

export async function saveSettings(db: Db, organisationId: string, cycleId: string, userId: string, s: { sections: string[]; intros: Record<string, string> }) {
	const values = { sections: JSON.stringify(s.sections), intros: JSON.stringify(s.intros), updated_by: userId, updated_at: new Date() };
	await db
		.insertInto('report_setting')
		.values({ organisation_id: organisationId, cycle_id: cycleId, ...values })
		.onConflict((oc) => oc.column('cycle_id').doUpdateSet(values))
		.execute();
}

export async function listConclusions(db: Db, organisationId: string, cycleId: string): Promise<ConclusionVersion[]> {
	const rows = await db
		.selectFrom('report_conclusion')
		.select(['scope', 'version', 'text', 'author_name', 'restored_from', 'created_at'])
		.where('organisation_id', '=', organisationId)
		.where('cycle_id', '=', cycleId)
		.orderBy('scope')
		.orderBy('version', 'desc')
		.execute();
	return rows.map((r) => ({ scope: r.scope, version: r.version, text: r.text, authorName: r.author_name, restoredFrom: r.restored_from, createdAt: new Date(r.created_at) }));
}

export async function insertConclusion(
	db: Db,
	v: { organisationId: string; cycleId: string; scope: string; version: number; text: string; authorId: string; authorName: string; restoredFrom: number | null }
) {
	await db
		.insertInto('report_conclusion')
		.values({
			organisation_id: v.organisationId,
			cycle_id: v.cycleId,
			scope: v.scope,
			version: v.version,
			text: v.text,
			author_id: v.authorId,
			author_name: v.authorName,
			restored_from: v.restoredFrom
		})
		.execute();
}

export async function userName(db: Db, userId: string): Promise<string> {
	const row = await db.selectFrom('app_user').select(['display_name', 'email']).where('id', '=', userId).executeTakeFirst();
	return row?.display_name || row?.email || '';
}

/** Workshops of the cycle, oldest first, with how many took part (a count; names never leave here). */
export async function listWorkshopCounts(db: Db, organisationId: string, cycleId: string) {
	const rows = await db
		.selectFrom('workshop as w')
		.select(['w.name', 'w.created_at', 'w.status'])
		.select((eb) =>
			eb.selectFrom('workshop_participant as p').select(sql<number>`count(*)::int`.as('n')).whereRef('p.workshop_id', '=', 'w.id').where('p.organisation_id', '=', organisationId).as('participants')
		)
		.where('w.organisation_id', '=', organisationId)
		.where('w.cycle_id', '=', cycleId)
		.orderBy('w.created_at')
		.execute();
	return rows.map((r) => ({ name: r.name, date: new Date(r.created_at), status: r.status, participants: Number(r.participants ?? 0) }));
}

export async function listChallenges(db: Db, organisationId: string, cycleId: string) {
	return db
		.selectFrom('mapping_challenge')
		.select(['unit_id as unitId', 'dimension', 'kind', 'text', 'target_codes as targetCodes'])
		.where('organisation_id', '=', organisationId)
		.where('cycle_id', '=', cycleId)
		.orderBy('dimension')
		.orderBy('id')
		.execute();
}

export async function listDocuments(db: Db, organisationId: string, cycleId: string) {
	return db
		.selectFrom('mapping_document')
		.select(['unit_id as unitId', 'name', 'type', 'url', 'target_codes as targetCodes'])
		.where('organisation_id', '=', organisationId)
		.where('cycle_id', '=', cycleId)
		.orderBy('name')
		.execute();
}

export async function insertPublication(db: Db, p: { organisationId: string; cycleId: string; slug: string; versions: unknown; snapshot: unknown; userId: string }) {
	return db
		.insertInto('report_publication')
		.values({
			organisation_id: p.organisationId,
			cycle_id: p.cycleId,
			slug: p.slug,
			versions: JSON.stringify(p.versions),
			snapshot: JSON.stringify(p.snapshot),
			published_by: p.userId
		})
		.returning(['id', 'slug', 'published_at'])
		.executeTakeFirstOrThrow();
}

export async function listPublications(db: Db, organisationId: string, cycleId: string) {
	const rows = await db
		.selectFrom('report_publication')
		.select(['id', 'slug', 'versions', 'published_at', 'unpublished_at'])
		.where('organisation_id', '=', organisationId)
		.where('cycle_id', '=', cycleId)
		.orderBy('published_at', 'desc')
		.execute();
	return rows.map((r) => ({ id: r.id, slug: r.slug, versions: r.versions as Record<string, number>, publishedAt: new Date(r.published_at), unpublishedAt: r.unpublished_at ? new Date(r.unpublished_at) : null }));
}

export async function unpublish(db: Db, organisationId: string, cycleId: string, publicationId: string) {
	const r = await db
		.updateTable('report_publication')
		.set({ unpublished_at: new Date() })
		.where('organisation_id', '=', organisationId)
		.where('cycle_id', '=', cycleId)
		.where('id', '=', publicationId)
		.where('unpublished_at', 'is', null)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) > 0;
}

/** A live publication by its slug, or null (never published, or unpublished). */
export async function findPublished(db: Db, slug: string) {
	const row = await db.selectFrom('report_publication').select(['snapshot']).where('slug', '=', slug).where('unpublished_at', 'is', null).executeTakeFirst();
	return row ? row.snapshot : null;
}
