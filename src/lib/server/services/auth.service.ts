// Signing in and out, and forgotten passwords. These are the public entry points (no caller yet), so
// instead of a capability check they are guarded by rate limits.
import type { Ctx } from './actor.js';
import * as users from '../repositories/user.repository.js';
import * as resets from '../repositories/password-reset.repository.js';
import { hashPassword, verifyPassword, dummyHash } from '../auth/password.js';
import { createSession, generateSessionToken, invalidateSession, invalidateUserSessions } from '../auth/session.js';
import { generateToken, hashToken } from '../auth/tokens.js';
import { isLimited, limits, record, clear, count, release, slowdownMs, take } from '../auth/rate-limit.js';
import { ServiceError } from './errors.js';
import { log } from '../log.js';

const RESET_LIFETIME_MS = 60 * 60 * 1000;

export interface LoginResult {
	token: string;
	expiresAt: Date;
	userId: string;
}

export async function login({ db }: Pick<Ctx, 'db'>, input: { email: string; password: string; address: string }): Promise<LoginResult> {
	const email = input.email.toLowerCase();
	const pairKey = `login:pair:${input.address}:${email}`;
	const addressKey = `login:address:${input.address}`;
	const accountKey = `login:account:${email}`;
	// Counted before the password is checked, so 40 parallel guesses get at most the limit checked.
	const pairLimited = await take(db, pairKey, limits.loginPerPair);
	const addressLimited = await take(db, addressKey, limits.loginPerAddress);
	if (pairLimited || addressLimited) throw new ServiceError(429, 'auth.tooManyAttempts');
	const delay = slowdownMs(await count(db, accountKey, limits.loginSlowdownPerAccount), limits.loginSlowdownPerAccount);
	if (delay) await new Promise((r) => setTimeout(r, delay));
	const user = await users.findUserByEmail(db, input.email);
	// Verify against a dummy hash for unknown accounts so the answer takes as long either way.
	const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
	if (!user || !user.passwordHash || !ok) {
		await record(db, accountKey, limits.loginSlowdownPerAccount);
		throw new ServiceError(400, 'auth.invalidCredentials');
	}
	await clear(db, pairKey);
	await release(db, addressKey);
	const token = generateSessionToken();
	const session = await createSession(db, token, user.id);
	return { token, expiresAt: session.expiresAt, userId: user.id };
}

export async function logout({ db }: Pick<Ctx, 'db'>, sessionId: string | null): Promise<void> {
	if (sessionId) await invalidateSession(db, sessionId);
}

/**
 * Creates a reset link for the account, if there is one, and writes it to the server log (there is no
 * mail transport yet). The caller always shows the same answer, so nobody learns which addresses exist.
 */
export async function requestPasswordReset({ db }: Pick<Ctx, 'db'>, input: { email: string; address: string; origin: string }): Promise<void> {
	const key = `reset:address:${input.address}`;
	if (await isLimited(db, key, limits.resetPerAddress)) throw new ServiceError(429, 'auth.tooManyAttempts');
	await record(db, key, limits.resetPerAddress);
	const user = await users.findUserByEmail(db, input.email);
	if (!user) {
		log.info({ email: input.email }, 'återställning begärd för okänd adress');
		return;
	}
	const token = generateToken();
	await resets.insertReset(db, { tokenHash: hashToken(token), userId: user.id, expiresAt: new Date(Date.now() + RESET_LIFETIME_MS) });
	log.info({ email: user.email, link: `${input.origin}/aterstall-losenord/${token}` }, 'länk för att återställa lösenord');
}

export async function isResetTokenValid({ db }: Pick<Ctx, 'db'>, token: string): Promise<boolean> {
	return resets.findValidReset(db, hashToken(token));
}

export async function resetPassword({ db }: Pick<Ctx, 'db'>, token: string, password: string): Promise<void> {
	const passwordHash = await hashPassword(password);
	await db.transaction().execute(async (tx) => {
		const userId = await resets.consumeReset(tx, hashToken(token));
		if (!userId) throw new ServiceError(404, 'auth.resetInvalid');
		await users.updatePasswordHash(tx, userId, passwordHash);
		// A new password ends every existing session of the account.
		await invalidateUserSessions(tx, userId);
	});
}
