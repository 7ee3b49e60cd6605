// Workshops of an organisation: the workshop row, its units, its sequence counter, and what its
// participants answered (each one's latest input per subject). Every query is scoped by organisation.
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import { isWorkshopStep, type Workshop, type WorkshopStatus } from '#lib/domain/workshop.js';

const columns = [
	'id',
	'organisation_id',
	'cycle_id',
	'name',
	'steps',
	'step_index',
	'current_unit_id',
	'extra_goals',
	'show_results',
	'status',
	'join_code',
	'seq',
	'created_at'
] as const;
type Row = {
	id: string;
	organisation_id: string;
	cycle_id: string;
	name: string;
	steps: string[];
	step_index: number;
	current_unit_id: string;
	extra_goals: number[];
	show_results: boolean;
	status: string;
	join_code: string;
	seq: number | string | bigint;
	created_at: Date;
};
function rowToWorkshop(r: Row): Workshop {
	return {
		id: r.id,
		organisationId: r.organisation_id,
		cycleId: r.cycle_id,
		name: r.name,
		steps: r.steps.filter(isWorkshopStep),
		stepIndex: r.step_index,
		currentUnitId: r.current_unit_id,
		extraGoals: r.extra_goals.map(Number),
		showResults: r.show_results,
		status: r.status as WorkshopStatus,
		joinCode: r.join_code,
		seq: Number(r.seq),
		createdAt: r.created_at
	};
}

export interface NewWorkshop {
	cycleId: string;
	name: string;
	steps: string[];
	unitIds: string[];
	joinCode: string;
	createdBy: string;
}

/** Inserts the workshop and its units; null when the join code is taken by a workshop not closed. */
export async function insertWorkshop(db: Db, organisationId: string, w: NewWorkshop): Promise<Workshop | null> {
	const row = await db
		.insertInto('workshop')
		.values({
			organisation_id: organisationId,
			cycle_id: w.cycleId,
			name: w.name,
			steps: sql<string[]>`${w.steps}::text[]`,
			current_unit_id: w.unitIds[0]!,
			join_code: w.joinCode,
			created_by: w.createdBy
		})
		.onConflict((oc) => oc.column('join_code').where('status', '<>', 'closed').doNothing())
		.returning(columns)
		.executeTakeFirst();
	if (!row) return null;
	await db
		.insertInto('workshop_unit')
		.values(w.unitIds.map((unitId, position) => ({ organisation_id: organisationId, workshop_id: row.id, unit_id: unitId, position })))
		.execute();
	return rowToWorkshop(row);
}

export async function findWorkshop(db: Db, organisationId: string, workshopId: string): Promise<Workshop | null> {
	const row = await db.selectFrom('workshop').select(columns).where('organisation_id', '=', organisationId).where('id', '=', workshopId).executeTakeFirst();
	return row ? rowToWorkshop(row) : null;
}

/** The open workshop a join code opens (codes are unique among workshops not closed). */
export async function findOpenWorkshopByCode(db: Db, joinCode: string): Promise<Workshop | null> {
	const row = await db.selectFrom('workshop').select(columns).where('join_code', '=', joinCode).where('status', '=', 'open').executeTakeFirst();
	return row ? rowToWorkshop(row) : null;
}

export async function listWorkshops(db: Db, organisationId: string): Promise<Workshop[]> {
	const rows = await db.selectFrom('workshop').select(columns).where('organisation_id', '=', organisationId).orderBy('created_at', 'desc').execute();
	return rows.map(rowToWorkshop);
}

/** The workshop's units in the order chosen. */
export async function listWorkshopUnitIds(db: Db, organisationId: string, workshopId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('workshop_unit')
		.select('unit_id')
		.where('organisation_id', '=', organisationId)
		.where('workshop_id', '=', workshopId)
		.orderBy('position')
		.execute();
	return rows.map((r) => r.unit_id);
}

export interface WorkshopChange {
	stepIndex?: number;
	currentUnitId?: string;
	showResults?: boolean;
	status?: WorkshopStatus;
	extraGoals?: number[];
}

/**
 * Applies a change and takes the workshop's next sequence number in the same statement; the row stays
 * locked until the transaction ends, so sequence numbers commit in order. Null when not found.
 */
export async function changeWorkshop(db: Db, organisationId: string, workshopId: string, c: WorkshopChange): Promise<Workshop | null> {
	const row = await db
		.updateTable('workshop')
		.set({
			seq: sql<number>`seq + 1`,
			...(c.stepIndex !== undefined && { step_index: c.stepIndex }),
			...(c.currentUnitId !== undefined && { current_unit_id: c.currentUnitId }),
			...(c.showResults !== undefined && { show_results: c.showResults }),
			...(c.status !== undefined && { status: c.status }),
			...(c.extraGoals !== undefined && { extra_goals: sql<number[]>`${c.extraGoals}::integer[]` })
		})
		.where('organisation_id', '=', organisationId)
		.where('id', '=', workshopId)
		.returning(columns)
		.executeTakeFirst();
	return row ? rowToWorkshop(row) : null;
}

/** True when an open workshop other than this one holds the code (reopening would clash). */
export async function codeHeldElsewhere(db: Db, workshopId: string, joinCode: string): Promise<boolean> {
	const row = await db
		.selectFrom('workshop')
		.select('id')
		.where('join_code', '=', joinCode)
		.where('status', '<>', 'closed')
		.where('id', '<>', workshopId)
		.executeTakeFirst();
	return !!row;
}

export async function countParticipants(db: Db, organisationId: string, workshopId: string): Promise<number> {
	const row = await db
		.selectFrom('workshop_participant')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('organisation_id', '=', organisationId)
		.where('workshop_id', '=', workshopId)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export interface CurrentAnswer {
	author: string;
	subject: string;
	value: unknown;
	seq: number;
}

/** Each participant's latest input per subject of one kind, for one unit, in this workshop. */
export async function currentAnswers(db: Db, organisationId: string, workshopId: string, unitId: string, kind: string): Promise<CurrentAnswer[]> {
	const rows = await db
		.selectFrom('mapping_input')
		.select(['author_guest_id', 'author_user_id', 'subject', 'value', 'seq'])
		.distinctOn(['author_guest_id', 'author_user_id', 'subject'])
		.where('organisation_id', '=', organisationId)
		.where('workshop_id', '=', workshopId)
		.where('unit_id', '=', unitId)
		.where('kind', '=', kind)
		.orderBy('author_guest_id')
		.orderBy('author_user_id')
		.orderBy('subject')
		.orderBy(sql`seq desc nulls last`)
		.orderBy('created_at', 'desc')
		.execute();
	return rows.map((r) => ({ author: r.author_guest_id ?? r.author_user_id ?? '', subject: r.subject, value: r.value, seq: Number(r.seq ?? 0) }));
}

export interface Participant {
	id: string;
	organisationId: string;
	workshopId: string;
	displayName: string;
	/** Set when a member takes part as themselves. */
	userId: string | null;
}

const participantColumns = [
	'workshop_participant.id',
	'workshop_participant.organisation_id',
	'workshop_participant.workshop_id',
	'workshop_participant.display_name',
	'workshop_participant.user_id'
] as const;
type ParticipantRow = { id: string; organisation_id: string; workshop_id: string; display_name: string; user_id: string | null };
const rowToParticipant = (r: ParticipantRow): Participant => ({
	id: r.id,
	organisationId: r.organisation_id,
	workshopId: r.workshop_id,
	displayName: r.display_name,
	userId: r.user_id
});

/** Creates a member's participant row, or returns the one they already have (its name follows their account). */
export async function upsertMemberParticipant(
	db: Db,
	p: { organisationId: string; workshopId: string; userId: string; displayName: string; tokenHash: string }
): Promise<Participant> {
	const row = await db
		.insertInto('workshop_participant')
		.values({ organisation_id: p.organisationId, workshop_id: p.workshopId, user_id: p.userId, display_name: p.displayName, token_hash: p.tokenHash })
		.onConflict((oc) => oc.columns(['workshop_id', 'user_id']).where('user_id', 'is not', null).doUpdateSet({ display_name: p.displayName }))
		.returning(['id', 'organisation_id', 'workshop_id', 'display_name', 'user_id'])
		.executeTakeFirstOrThrow();
	return rowToParticipant(row);
}

export interface AuthoredInput {
	kind: string;
	subject: string;
	value: unknown;
	seq: number;
}

/** One participant's latest input per kind and subject in this workshop for one unit. */
export async function inputsOfAuthor(
	db: Db,
	organisationId: string,
	workshopId: string,
	unitId: string,
	author: { userId: string | null; guestId: string | null }
): Promise<AuthoredInput[]> {
	const rows = await db
		.selectFrom('mapping_input')
		.select(['kind', 'subject', 'value', 'seq'])
		.distinctOn(['kind', 'subject'])
		.where('organisation_id', '=', organisationId)
		.where('workshop_id', '=', workshopId)
		.where('unit_id', '=', unitId)
		.where((eb) => (author.userId ? eb('author_user_id', '=', author.userId) : eb('author_guest_id', '=', author.guestId ?? '00000000-0000-0000-0000-000000000000')))
		.orderBy('kind')
		.orderBy('subject')
		.orderBy(sql`seq desc nulls last`)
		.orderBy('created_at', 'desc')
		.execute();
	return rows.map((r) => ({ kind: r.kind, subject: r.subject, value: r.value, seq: Number(r.seq ?? 0) }));
}

/** An open workshop by id, whichever organisation holds it: for the join flow, which starts from a code. */
export async function findOpenWorkshopById(db: Db, workshopId: string): Promise<Workshop | null> {
	const row = await db.selectFrom('workshop').select(columns).where('id', '=', workshopId).where('status', '=', 'open').executeTakeFirst();
	return row ? rowToWorkshop(row) : null;
}

/**
 * A participant with their workshop, while it is open, in one query: a guest by their token's hash, or a
 * member by their account while still a member of the workshop's organisation. Null otherwise.
 */
export async function findParticipantInWorkshop(
	db: Db,
	workshopId: string,
	who: { tokenHash: string } | { userId: string },
	/** 'closed': a closed workshop's participant, whose guest token was set aside at closing (see revokeGuestTokens). */
	status: 'open' | 'closed' = 'open'
): Promise<{ participant: Participant; workshop: Workshop } | null> {
	let q = db
		.selectFrom('workshop_participant')
		.innerJoin('workshop', (j) => j.onRef('workshop.id', '=', 'workshop_participant.workshop_id').onRef('workshop.organisation_id', '=', 'workshop_participant.organisation_id'))
		.select([...participantColumns.map((c) => `${c} as p_${c.split('.')[1]}` as const), ...columns.map((c) => `workshop.${c}` as const)])
		.where('workshop_participant.workshop_id', '=', workshopId)
		.where('workshop.status', '=', status);
	if ('tokenHash' in who) q = q.where('workshop_participant.token_hash', '=', status === 'closed' ? `closed:${who.tokenHash}` : who.tokenHash);
	else
		q = q
			.where('workshop_participant.user_id', '=', who.userId)
			.where(({ exists, selectFrom }) =>
				exists(
					selectFrom('membership')
						.select('membership.user_id')
						.whereRef('membership.organisation_id', '=', 'workshop_participant.organisation_id')
						.whereRef('membership.user_id', '=', 'workshop_participant.user_id')
				)
			);
	const row = (await q.executeTakeFirst()) as (Row & Record<`p_${string}`, unknown>) | undefined;
	if (!row) return null;
	return {
		participant: rowToParticipant({
			id: row.p_id as string,
			organisation_id: row.p_organisation_id as string,
			workshop_id: row.p_workshop_id as string,
			display_name: row.p_display_name as string,
			user_id: row.p_user_id as string | null
		}),
		workshop: rowToWorkshop(row)
	};
}
