// One-time password reset links, stored by the hash of their token.
import type { Db } from '../db/index.js';

export async function insertReset(db: Db, r: { tokenHash: string; userId: string; expiresAt: Date }): Promise<void> {
	await db.insertInto('password_reset').values({ token_hash: r.tokenHash, user_id: r.userId, expires_at: r.expiresAt }).execute();
}

/** Marks the reset used and returns its user, if it exists, is unused and has not expired. */
export async function consumeReset(db: Db, tokenHash: string, now = new Date()): Promise<string | null> {
	const row = await db
		.updateTable('password_reset')
		.set({ used_at: now })
		.where('token_hash', '=', tokenHash)
		.where('used_at', 'is', null)
		.where('expires_at', '>', now)
		.returning('user_id')
		.executeTakeFirst();
	return row?.user_id ?? null;
}

export async function findValidReset(db: Db, tokenHash: string, now = new Date()): Promise<boolean> {
	const row = await db
		.selectFrom('password_reset')
		.select('user_id')
		.where('token_hash', '=', tokenHash)
		.where('used_at', 'is', null)
		.where('expires_at', '>', now)
		.executeTakeFirst();
	return !!row;
}
