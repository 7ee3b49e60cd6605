// Sessions: stored by the hash of their token, joined with the user they belong to.
import type { Db } from '../db/index.js';

export interface SessionUser {
	id: string;
	email: string;
	displayName: string;
	isAdmin: boolean;
}

export interface SessionRecord {
	id: string;
	userId: string;
	expiresAt: Date;
}

export async function insertSession(db: Db, s: SessionRecord): Promise<void> {
	await db.insertInto('session').values({ id: s.id, user_id: s.userId, expires_at: s.expiresAt }).execute();
}

export async function findSessionWithUser(db: Db, id: string): Promise<{ session: SessionRecord; user: SessionUser } | null> {
	const row = await db
		.selectFrom('session')
		.innerJoin('app_user', 'app_user.id', 'session.user_id')
		.select([
			'session.id',
			'session.user_id',
			'session.expires_at',
			'app_user.email',
			'app_user.display_name',
			'app_user.is_admin'
		])
		.where('session.id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	return {
		session: { id: row.id, userId: row.user_id, expiresAt: new Date(row.expires_at) },
		user: { id: row.user_id, email: row.email, displayName: row.display_name, isAdmin: row.is_admin }
	};
}

export async function updateSessionExpiry(db: Db, id: string, expiresAt: Date): Promise<void> {
	await db.updateTable('session').set({ expires_at: expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
	await db.deleteFrom('session').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
	await db.deleteFrom('session').where('user_id', '=', userId).execute();
}
