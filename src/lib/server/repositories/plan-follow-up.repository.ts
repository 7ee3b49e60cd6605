// Follow-up entries of the handlingsplan: only ever inserted; the newest per measure, unit and point is
// the current one, the older ones are its history. Scoped by organisation.
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import type { FollowUpStatus } from '#lib/domain/plan.js';

export interface FollowUp {
	id: string;
	planId: string;
	measureId: string;
	unitId: string;
	pointId: string;
	status: FollowUpStatus;
	completion: number | null;
	comment: string | null;
	indicatorValues: Array<{ indicatorId: string; value: number }>;
	authorId: string | null;
	authorName: string | null;
	isExample: boolean;
	createdAt: Date;
}

const columns = ['id', 'plan_id', 'measure_id', 'unit_id', 'point_id', 'status', 'completion', 'comment', 'indicator_values', 'author_id', 'author_name', 'is_example', 'created_at'] as const;

function values(v: unknown): FollowUp['indicatorValues'] {
	return Array.isArray(v)
		? v.flatMap((x) => (x && typeof x.indicatorId === 'string' && typeof x.value === 'number' ? [{ indicatorId: x.indicatorId, value: x.value }] : []))
		: [];
}

/** All entries of the measures, newest first. */
export async function listFollowUps(db: Db, organisationId: string, measureIds: readonly string[]): Promise<FollowUp[]> {
	if (!measureIds.length) return [];
	const rows = await db
		.selectFrom('action_follow_up')
		.select(columns)
		.where('organisation_id', '=', organisationId)
		.where('measure_id', 'in', [...measureIds])
		.orderBy('created_at', 'desc')
		.orderBy('id', 'desc')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		planId: r.plan_id,
		measureId: r.measure_id,
		unitId: r.unit_id,
		pointId: r.point_id,
		status: r.status as FollowUpStatus,
		completion: r.completion,
		comment: r.comment,
		indicatorValues: values(r.indicator_values),
		authorId: r.author_id,
		authorName: r.author_name,
		isExample: r.is_example,
		createdAt: r.created_at
	}));
}

export async function insertFollowUp(
	db: Db,
	organisationId: string,
	e: Omit<FollowUp, 'id' | 'createdAt' | 'isExample'> & { isExample?: boolean }
): Promise<string> {
	const row = await db
		.insertInto('action_follow_up')
		.values({
			organisation_id: organisationId,
			plan_id: e.planId,
			measure_id: e.measureId,
			unit_id: e.unitId,
			point_id: e.pointId,
			status: e.status,
			completion: e.completion,
			comment: e.comment,
			indicator_values: sql`${JSON.stringify(e.indicatorValues)}::text::jsonb`,
			author_id: e.authorId,
			author_name: e.authorName,
			is_example: e.isExample ?? false
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** The current entry per (measure, unit, point): the first of each in a newest-first list. */
export function currentEntries(entries: readonly FollowUp[]): Map<string, FollowUp> {
	const out = new Map<string, FollowUp>();
	for (const e of entries) {
		const key = `${e.measureId}|${e.unitId}|${e.pointId}`;
		if (!out.has(key)) out.set(key, e);
	}
	return out;
}
