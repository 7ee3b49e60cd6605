// Session handling after the Lucia guide: random token in the cookie, its SHA-256 in the database,
// 30-day sliding expiry renewed when less than half remains.
import type { Db } from '../db/index.js';
import * as sessions from '../repositories/session.repository.js';
import { generateToken, hashToken } from './tokens.js';

export type { SessionUser } from '../repositories/session.repository.js';

const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY;

export { generateToken as generateSessionToken };

export async function createSession(db: Db, token: string, userId: string, now = new Date()) {
	const session = { id: hashToken(token), userId, expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS) };
	await sessions.insertSession(db, session);
	return session;
}

export async function validateSessionToken(db: Db, token: string, now = new Date()) {
	const found = await sessions.findSessionWithUser(db, hashToken(token));
	if (!found) return null;
	const { session, user } = found;
	if (now.getTime() >= session.expiresAt.getTime()) {
		await sessions.deleteSession(db, session.id);
		return null;
	}
	if (now.getTime() >= session.expiresAt.getTime() - SESSION_LIFETIME_MS / 2) {
		session.expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
		await sessions.updateSessionExpiry(db, session.id, session.expiresAt);
	}
	return { session, user };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await sessions.deleteSession(db, sessionId);
}

export async function invalidateUserSessions(db: Db, userId: string): Promise<void> {
	await sessions.deleteSessionsOfUser(db, userId);
}
