// First run: with no users, the first administrator can only be created with a one-time setup code
// printed to the server log, so whoever reaches a fresh server first cannot take it over. Each app
// instance prints its own code; any of them works until the first administrator exists.
import type { Db } from '../db/index.js';
import * as users from '../repositories/user.repository.js';
import * as settings from '../repositories/setting.repository.js';
import { hashPassword } from '../auth/password.js';
import { hashToken } from '../auth/tokens.js';
import { isLimited, limits, record } from '../auth/rate-limit.js';
import { ServiceError } from './errors.js';
import type { User } from '../repositories/user.repository.js';
import type { Ctx } from './actor.js';

const CODE_PREFIX = 'setup_code:';
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I

export function generateSetupCode(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	const chars = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
	return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

function normaliseCode(code: string): string {
	const c = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
	return c.length === 12 ? `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8, 12)}` : c;
}

async function noUsers(db: Db): Promise<boolean> {
	return (await users.countUsers(db)) === 0;
}

export function needsSetup({ db }: Pick<Ctx, 'db'>): Promise<boolean> {
	return noUsers(db);
}

/** Returns a new setup code to print when there are no users yet, else null. */
export async function issueSetupCode({ db }: Pick<Ctx, 'db'>): Promise<string | null> {
	if (!(await noUsers(db))) return null;
	const code = generateSetupCode();
	await settings.putSetting(db, CODE_PREFIX + hashToken(code), new Date().toISOString());
	return code;
}

interface AdminInput {
	email: string;
	displayName: string;
	password: string;
}

/** Creates or promotes an administrator inside a transaction that holds the user table still. */
async function writeAdmin(tx: Db, input: AdminInput, passwordHash: string): Promise<User> {
	const existing = await users.findUserByEmail(tx, input.email);
	if (existing) {
		await users.updatePasswordHash(tx, existing.id, passwordHash);
		await users.setAdmin(tx, existing.id, true);
		return { id: existing.id, email: existing.email, displayName: existing.displayName, isAdmin: true };
	}
	return users.insertUser(tx, { email: input.email, displayName: input.displayName, passwordHash, isAdmin: true });
}

/** The web's first-run form: needs a valid setup code, and only works while there are no users. */
export async function createFirstAdmin({ db }: Pick<Ctx, 'db'>, input: AdminInput & { code: string; address: string }): Promise<User> {
	const key = `setup:address:${input.address}`;
	if (await isLimited(db, key, limits.setupPerAddress)) throw new ServiceError(429, 'auth.tooManyAttempts');
	const passwordHash = await hashPassword(input.password);
	const admin = await db.transaction().execute(async (tx) => {
		// Two first-run forms submitted at once must not both create an administrator.
		await users.lockUsers(tx);
		if (!(await noUsers(tx))) throw new ServiceError(409, 'setup.alreadyDone');
		const stored = await settings.getSetting(tx, CODE_PREFIX + hashToken(normaliseCode(input.code)));
		if (!stored) return null;
		const created = await writeAdmin(tx, input, passwordHash);
		await settings.deleteSettingsWithPrefix(tx, CODE_PREFIX);
		return created;
	});
	if (!admin) {
		// Counted outside the transaction: embedded PGlite has a single connection.
		await record(db, key, limits.setupPerAddress);
		throw new ServiceError(400, 'setup.invalidCode', { field: 'code' });
	}
	return admin;
}

/** The CLI's create-admin: whoever can run the CLI on the server is trusted, so no code is needed. */
export async function createAdminFromCli({ db }: Pick<Ctx, 'db'>, input: AdminInput): Promise<User> {
	const passwordHash = await hashPassword(input.password);
	return db.transaction().execute(async (tx) => {
		await users.lockUsers(tx);
		const admin = await writeAdmin(tx, input, passwordHash);
		await settings.deleteSettingsWithPrefix(tx, CODE_PREFIX);
		return admin;
	});
}
