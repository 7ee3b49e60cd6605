// Invitations to join an organisation. Only the SHA-256 of the token is stored.
import type { Db } from '../db/index.js';
import type { Role } from '#lib/domain/roles.js';

export interface Invitation {
	id: string;
	organisationId: string;
	email: string;
	role: Role;
	unitId: string | null;
	expiresAt: Date;
	acceptedAt: Date | null;
	createdAt: Date;
}

export interface InvitationDetails extends Invitation {
	organisationName: string;
	unitName: string | null;
}

type Row = {
	id: string;
	organisation_id: string;
	email: string;
	role: string;
	unit_id: string | null;
	expires_at: Date;
	accepted_at: Date | null;
	created_at: Date;
};
function rowToInvitation(r: Row): Invitation {
	return {
		id: r.id,
		organisationId: r.organisation_id,
		email: r.email,
		role: r.role as Role,
		unitId: r.unit_id,
		expiresAt: new Date(r.expires_at),
		acceptedAt: r.accepted_at ? new Date(r.accepted_at) : null,
		createdAt: new Date(r.created_at)
	};
}
const columns = ['id', 'organisation_id', 'email', 'role', 'unit_id', 'expires_at', 'accepted_at', 'created_at'] as const;

export async function insertInvitation(
	db: Db,
	i: { organisationId: string; email: string; role: Role; unitId: string | null; tokenHash: string; invitedBy: string | null; expiresAt: Date }
): Promise<Invitation> {
	const row = await db
		.insertInto('invitation')
		.values({
			organisation_id: i.organisationId,
			email: i.email.toLowerCase(),
			role: i.role,
			unit_id: i.unitId,
			token_hash: i.tokenHash,
			invited_by: i.invitedBy,
			expires_at: i.expiresAt
		})
		.returning(columns)
		.executeTakeFirstOrThrow();
	return rowToInvitation(row);
}

/** Invitations not yet accepted (expired ones included, so they can be revoked), oldest first. */
export async function listOpenInvitations(db: Db, organisationId: string): Promise<Invitation[]> {
	const rows = await db
		.selectFrom('invitation')
		.select(columns)
		.where('organisation_id', '=', organisationId)
		.where('accepted_at', 'is', null)
		.orderBy('created_at')
		.execute();
	return rows.map(rowToInvitation);
}

/** Deletes an invitation that has not been accepted; accepted ones are history. */
export async function deleteOpenInvitation(db: Db, organisationId: string, invitationId: string): Promise<number> {
	const r = await db
		.deleteFrom('invitation')
		.where('organisation_id', '=', organisationId)
		.where('id', '=', invitationId)
		.where('accepted_at', 'is', null)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}

// The two functions below look an invitation up by its token, which is the visitor's only key: they
// cannot be scoped by organisation, and the token's hash is unique across all organisations.

export async function findInvitationByTokenHash(db: Db, tokenHash: string): Promise<InvitationDetails | null> {
	const row = await db
		.selectFrom('invitation')
		.innerJoin('organisation', 'organisation.id', 'invitation.organisation_id')
		.leftJoin('unit', (j) => j.onRef('unit.id', '=', 'invitation.unit_id').onRef('unit.organisation_id', '=', 'invitation.organisation_id'))
		.select([
			'invitation.id',
			'invitation.organisation_id',
			'invitation.email',
			'invitation.role',
			'invitation.unit_id',
			'invitation.expires_at',
			'invitation.accepted_at',
			'invitation.created_at',
			'organisation.name as organisation_name',
			'unit.name as unit_name'
		])
		.where('invitation.token_hash', '=', tokenHash)
		.executeTakeFirst();
	if (!row) return null;
	return { ...rowToInvitation(row), organisationName: row.organisation_name, unitName: row.unit_name };
}

/**
 * Marks the invitation accepted if it is still open at `now`, in one statement, so two concurrent
 * accepts cannot both succeed. Returns null when it is unknown, expired or already used.
 */
export async function claimInvitation(db: Db, tokenHash: string, now: Date): Promise<Invitation | null> {
	const row = await db
		.updateTable('invitation')
		.set({ accepted_at: now })
		.where('token_hash', '=', tokenHash)
		.where('accepted_at', 'is', null)
		.where('expires_at', '>', now)
		.returning(columns)
		.executeTakeFirst();
	return row ? rowToInvitation(row) : null;
}
