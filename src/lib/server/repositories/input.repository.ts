// Individual inputs: one row per input under the id the client generated, so a retried request inserts
// nothing new. A person's current opinion on a subject is their latest row; rows are never updated.
import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import type { MappingInput } from '#lib/domain/mapping.js';
import { inScope, scopeColumns, type Scope } from './mapping.repository.js';

const columns = ['id', 'cycle_id', 'unit_id', 'workshop_id', 'author_user_id', 'author_guest_id', 'kind', 'subject', 'value', 'created_at', 'seq'] as const;
type Row = {
	id: string;
	cycle_id: string;
	unit_id: string;
	workshop_id: string | null;
	author_user_id: string | null;
	author_guest_id: string | null;
	kind: string;
	subject: string;
	value: unknown;
	created_at: Date;
	seq: number | string | bigint | null;
};
function rowToInput(r: Row): MappingInput {
	return {
		id: r.id,
		cycleId: r.cycle_id,
		unitId: r.unit_id,
		workshopId: r.workshop_id,
		authorUserId: r.author_user_id,
		authorGuestId: r.author_guest_id,
		kind: r.kind,
		subject: r.subject,
		value: r.value,
		createdAt: r.created_at,
		seq: r.seq === null ? null : Number(r.seq)
	};
}

export type NewInput = {
	id: string;
	workshopId: string | null;
	authorUserId: string | null;
	authorGuestId: string | null;
	kind: string;
	subject: string;
	value: unknown;
	seq?: number | null;
};

/** jsonb written as text and cast in SQL: the same on pg and PGlite, whatever the value's JS type. */
const json = (value: unknown) => sql`${JSON.stringify(value)}::text::jsonb`;

/** Inserts the input unless its id is already stored; true when this call stored it. */
export async function insertInput(db: Db, s: Scope, input: NewInput): Promise<boolean> {
	const rows = await db
		.insertInto('mapping_input')
		.values({
			...scopeColumns(s),
			id: input.id,
			workshop_id: input.workshopId,
			author_user_id: input.authorUserId,
			author_guest_id: input.authorGuestId,
			kind: input.kind,
			subject: input.subject,
			value: json(input.value),
			seq: input.seq ?? null
		})
		.onConflict((oc) => oc.column('id').doNothing())
		.returning('id')
		.execute();
	return rows.length === 1;
}

/** An input of the organisation by id (whatever cycle or unit). */
export async function findInput(db: Db, organisationId: string, id: string): Promise<MappingInput | null> {
	const row = await db.selectFrom('mapping_input').select(columns).where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
	return row ? rowToInput(row) : null;
}

/** Each author's latest input per kind and subject for a unit in a cycle (optionally of one kind). */
export async function currentInputs(db: Db, s: Scope, kind?: string): Promise<MappingInput[]> {
	let q = db
		.selectFrom('mapping_input')
		.select(columns)
		.distinctOn(['author_user_id', 'author_guest_id', 'kind', 'subject'])
		.where(inScope(s));
	if (kind) q = q.where('kind', '=', kind);
	const rows = await q
		.orderBy('author_user_id')
		.orderBy('author_guest_id')
		.orderBy('kind')
		.orderBy('subject')
		.orderBy('created_at', 'desc')
		.orderBy(sql`seq desc nulls last`)
		.execute();
	return rows.map(rowToInput);
}

export interface WorkshopInput {
	workshopId: string;
	/** Who sends it: a guest by their token's hash, or a member by their account (while still a member). */
	who: { tokenHash: string } | { userId: string };
	/** The unit the participant's screen showed; the input is refused when the workshop has moved on. */
	unitId: string | null;
	id: string;
	kind: string;
	subject: string;
	value: unknown;
}

/**
 * Stores a participant's input in one statement (one round trip, its own transaction): finds the
 * participant in the open workshop, takes the workshop's next sequence number and inserts the row under
 * the workshop's current unit and cycle with the participant as author, only while the workshop is on the
 * unit the screen showed, in an open cycle, and the id is not stored yet. The workshop row stays locked
 * until the statement commits, so the inputs of one workshop commit in sequence order. Null when nothing
 * was stored (the caller finds out why); a concurrent retry of the same id that slips past the check
 * inserts nothing and leaves a gap in the sequence, never a second row.
 */
export async function insertWorkshopInput(db: Db, i: WorkshopInput): Promise<{ seq: number; unitId: string; organisationId: string } | null> {
	const who =
		'tokenHash' in i.who
			? sql`p.token_hash = ${i.who.tokenHash}`
			: sql`p.user_id = ${i.who.userId}::uuid and exists (select 1 from membership m where m.organisation_id = p.organisation_id and m.user_id = p.user_id)`;
	const r = await sql<{ seq: number | string; unit_id: string; organisation_id: string }>`
		with author as (
			select p.id, p.user_id, p.organisation_id from workshop_participant p
			where p.workshop_id = ${i.workshopId} and ${who}
			limit 1
		), w as (
			update workshop set seq = seq + 1
			from author
			where workshop.organisation_id = author.organisation_id and workshop.id = ${i.workshopId} and workshop.status = 'open'
				and (${i.unitId}::uuid is null or workshop.current_unit_id = ${i.unitId}::uuid)
				and exists (select 1 from mapping_cycle c where c.organisation_id = workshop.organisation_id and c.id = workshop.cycle_id and c.status = 'open')
				and not exists (select 1 from mapping_input m where m.id = ${i.id})
			returning workshop.organisation_id, workshop.cycle_id, workshop.current_unit_id, workshop.seq, author.id as participant_id, author.user_id
		), stored as (
			insert into mapping_input (organisation_id, cycle_id, unit_id, id, workshop_id, author_user_id, author_guest_id, kind, subject, value, seq)
			select w.organisation_id, w.cycle_id, w.current_unit_id, ${i.id}::uuid, ${i.workshopId}::uuid, w.user_id,
				case when w.user_id is null then w.participant_id end, ${i.kind}::text, ${i.subject}::text, ${json(i.value)}, w.seq
			from w
			on conflict (id) do nothing
			returning seq, unit_id, organisation_id
		)
		select seq, unit_id, organisation_id from stored`.execute(db);
	const row = r.rows[0];
	return row ? { seq: Number(row.seq), unitId: row.unit_id, organisationId: row.organisation_id } : null;
}
