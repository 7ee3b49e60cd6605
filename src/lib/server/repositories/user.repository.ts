// Accounts. E-mail addresses are stored lower-cased and are unique.
import { sql } from 'kysely';
import type { Db } from '../db/index.js';

export interface User {
	id: string;
	email: string;
	displayName: string;
	isAdmin: boolean;
}

export interface UserWithHash extends User {
	passwordHash: string | null;
}

type Row = { id: string; email: string; display_name: string; is_admin: boolean; password_hash: string | null };
function rowToUser(r: Row): UserWithHash {
	return { id: r.id, email: r.email, displayName: r.display_name, isAdmin: r.is_admin, passwordHash: r.password_hash };
}
const columns = ['id', 'email', 'display_name', 'is_admin', 'password_hash'] as const;

export async function insertUser(
	db: Db,
	u: { email: string; displayName: string; passwordHash: string | null; isAdmin?: boolean }
): Promise<User> {
	const row = await db
		.insertInto('app_user')
		.values({ email: u.email.toLowerCase(), display_name: u.displayName, password_hash: u.passwordHash, is_admin: u.isAdmin ?? false })
		.returning(columns)
		.executeTakeFirstOrThrow();
	const { passwordHash: _, ...user } = rowToUser(row);
	return user;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserWithHash | null> {
	const row = await db.selectFrom('app_user').select(columns).where('email', '=', email.toLowerCase()).executeTakeFirst();
	return row ? rowToUser(row) : null;
}

export async function findUserById(db: Db, id: string): Promise<UserWithHash | null> {
	const row = await db.selectFrom('app_user').select(columns).where('id', '=', id).executeTakeFirst();
	return row ? rowToUser(row) : null;
}

export async function updatePasswordHash(db: Db, userId: string, passwordHash: string): Promise<void> {
	await db.updateTable('app_user').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

export async function setAdmin(db: Db, userId: string, isAdmin: boolean): Promise<void> {
	await db.updateTable('app_user').set({ is_admin: isAdmin }).where('id', '=', userId).execute();
}

export async function countUsers(db: Db): Promise<number> {
	const r = await db.selectFrom('app_user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	return Number(r.n);
}

/** Holds the user table still until the transaction ends, so two first-run forms cannot both create an admin. */
export async function lockUsers(tx: Db): Promise<void> {
	await sql`lock table app_user in exclusive mode`.execute(tx);
}
