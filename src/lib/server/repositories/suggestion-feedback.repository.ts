// Accepted and rejected target suggestions, one row per decision, so the suggestions' quality can be
// measured later. Scoped by organisation, cycle and unit.
import type { Db } from '../db/index.js';
import type { SuggestionDecision } from '#lib/domain/workshop.js';
import { inScope, scopeColumns, type Scope } from './mapping.repository.js';

export interface SuggestionFeedback {
	id: string;
	activityId: string | null;
	workshopId: string | null;
	targetCode: string;
	decision: SuggestionDecision;
	rank: number;
	score: number;
	lang: string;
	authorUserId: string | null;
	authorGuestId: string | null;
}

export type NewFeedback = Omit<SuggestionFeedback, 'id'>;

export async function insertFeedback(db: Db, s: Scope, f: NewFeedback): Promise<void> {
	await db
		.insertInto('suggestion_feedback')
		.values({
			...scopeColumns(s),
			activity_id: f.activityId,
			workshop_id: f.workshopId,
			target_code: f.targetCode,
			decision: f.decision,
			rank: f.rank,
			score: f.score,
			lang: f.lang,
			author_user_id: f.authorUserId,
			author_guest_id: f.authorGuestId
		})
		.execute();
}

/** The decisions on a unit's suggestions in a cycle, oldest first. */
export async function listFeedback(db: Db, s: Scope): Promise<SuggestionFeedback[]> {
	const rows = await db.selectFrom('suggestion_feedback').selectAll().where(inScope(s)).orderBy('created_at').execute();
	return rows.map((r) => ({
		id: r.id,
		activityId: r.activity_id,
		workshopId: r.workshop_id,
		targetCode: r.target_code,
		decision: r.decision as SuggestionDecision,
		rank: r.rank,
		score: Number(r.score),
		lang: r.lang,
		authorUserId: r.author_user_id,
		authorGuestId: r.author_guest_id
	}));
}
