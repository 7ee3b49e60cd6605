import { describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { makeUser, serviceError } from '../../../../tests/helpers/fixtures.js';
import { createSession, generateSessionToken, invalidateSession, SESSION_LIFETIME_MS, validateSessionToken } from './session.js';
import { hashToken } from './tokens.js';
import { login, requestPasswordReset, resetPassword } from '../services/auth.service.js';
import { createAdminFromCli, createFirstAdmin, issueSetupCode, needsSetup } from '../services/setup.service.js';
import { log } from '../log.js';

const db = await useTestDb();

const user = (email = 'ada@example.se') => makeUser(db, email, { displayName: 'Ada', password: 'ett-långt-lösenord' });

describe('sessions', () => {
	it('stores only the hash of the token and finds the user by the token', async () => {
		const u = await user();
		const token = generateSessionToken();
		await createSession(db, token, u.id);
		const rows = await db.selectFrom('session').selectAll().execute();
		expect(rows).toHaveLength(1);
		expect(rows[0]!.id).toBe(hashToken(token));
		expect(rows[0]!.id).not.toBe(token);
		expect((await validateSessionToken(db, token))?.user.email).toBe('ada@example.se');
		expect(await validateSessionToken(db, generateSessionToken())).toBeNull();
	});

	it('slides the expiry when less than half the lifetime is left, and deletes expired sessions', async () => {
		const u = await user();
		const token = generateSessionToken();
		const start = new Date('2026-01-01T00:00:00Z');
		await createSession(db, token, u.id, start);
		const early = await validateSessionToken(db, token, new Date(start.getTime() + 1000));
		expect(early!.session.expiresAt.getTime()).toBe(start.getTime() + SESSION_LIFETIME_MS);
		const later = new Date(start.getTime() + SESSION_LIFETIME_MS * 0.75);
		const renewed = await validateSessionToken(db, token, later);
		expect(renewed!.session.expiresAt.getTime()).toBe(later.getTime() + SESSION_LIFETIME_MS);
		const expired = new Date(later.getTime() + SESSION_LIFETIME_MS + 1);
		expect(await validateSessionToken(db, token, expired)).toBeNull();
		expect(await db.selectFrom('session').selectAll().execute()).toHaveLength(0);
	});

	it('is gone after logout', async () => {
		const u = await user();
		const token = generateSessionToken();
		const s = await createSession(db, token, u.id);
		await invalidateSession(db, s.id);
		expect(await validateSessionToken(db, token)).toBeNull();
	});
});

describe('login', () => {
	it('signs in with the right password, case-insensitive e-mail', async () => {
		await user();
		const r = await login({ db }, { email: 'ADA@example.se', password: 'ett-långt-lösenord', address: '10.0.0.1' });
		expect((await validateSessionToken(db, r.token))?.user.email).toBe('ada@example.se');
	});

	it('refuses a wrong password and an unknown account with the same message', async () => {
		await user();
		const wrong = await serviceError(login({ db }, { email: 'ada@example.se', password: 'fel', address: '10.0.0.1' }));
		const unknown = await serviceError(login({ db }, { email: 'nobody@example.se', password: 'fel', address: '10.0.0.1' }));
		expect([wrong.status, wrong.messageKey]).toEqual([400, 'auth.invalidCredentials']);
		expect([unknown.status, unknown.messageKey]).toEqual([400, 'auth.invalidCredentials']);
	});

	it('limits an account and address pair: the sixth attempt waits (429); the right password from an address that has not failed passes', async () => {
		await user();
		for (let i = 0; i < 5; i++) await serviceError(login({ db }, { email: 'ada@example.se', password: 'fel', address: '10.0.0.1' }));
		const limited = await serviceError(login({ db }, { email: 'ada@example.se', password: 'ett-långt-lösenord', address: '10.0.0.1' }));
		expect([limited.status, limited.messageKey]).toEqual([429, 'auth.tooManyAttempts']);
		// Issue 21: five wrong passwords from anywhere used to lock the real user out for 15 minutes.
		const real = await login({ db }, { email: 'ada@example.se', password: 'ett-långt-lösenord', address: '10.0.1.1' });
		expect(real.token).toBeTruthy();
	});

	it('failures on one account from many addresses slow it down but never lock it', async () => {
		await user();
		for (let i = 0; i < 11; i++) await serviceError(login({ db }, { email: 'ada@example.se', password: 'fel', address: `10.0.0.${i}` }));
		const started = performance.now();
		const real = await login({ db }, { email: 'ada@example.se', password: 'ett-långt-lösenord', address: '10.0.2.1' });
		expect(real.token).toBeTruthy();
		expect(performance.now() - started).toBeGreaterThanOrEqual(240);
	});

	it('a room behind one address is not locked by one person: 30 failures on one account, the others sign in', async () => {
		await user('bo@example.se');
		await user('cy@example.se');
		const statuses = new Set<number>();
		for (let i = 0; i < 30; i++) statuses.add((await serviceError(login({ db }, { email: 'bo@example.se', password: 'fel', address: '10.9.9.9' }))).status);
		expect([...statuses].sort()).toEqual([400, 429]);
		expect((await login({ db }, { email: 'cy@example.se', password: 'ett-långt-lösenord', address: '10.9.9.9' })).token).toBeTruthy();
	});

	it('an address spraying many accounts is stopped after 100 attempts', async () => {
		await user('bo@example.se');
		for (let i = 0; i < 100; i++) await serviceError(login({ db }, { email: `guess${i}@example.se`, password: 'fel', address: '10.9.9.9' }));
		expect((await serviceError(login({ db }, { email: 'bo@example.se', password: 'ett-långt-lösenord', address: '10.9.9.9' }))).status).toBe(429);
		expect((await login({ db }, { email: 'bo@example.se', password: 'ett-långt-lösenord', address: '10.9.9.8' })).token).toBeTruthy();
	}, 30_000);

	it('counts before checking: of 40 parallel wrong passwords at most 5 are checked, the rest 429', async () => {
		await user();
		const errors = await Promise.all(Array.from({ length: 40 }, () => serviceError(login({ db }, { email: 'ada@example.se', password: 'fel', address: '10.0.0.7' }))));
		const checked = errors.filter((e) => e.status === 400).length;
		expect(checked).toBeLessThanOrEqual(5);
		expect(errors.filter((e) => e.status === 429).length).toBe(40 - checked);
	});
});

describe('password reset', () => {
	it('logs a one-time link; the new password works, the old does not, sessions end', async () => {
		const u = await user();
		const old = await login({ db }, { email: u.email, password: 'ett-långt-lösenord', address: '1.1.1.1' });
		const lines: string[] = [];
		const spy = log.info.bind(log);
		(log as { info: unknown }).info = (obj: unknown, msg?: string) => {
			lines.push(JSON.stringify(obj) + (msg ?? ''));
		};
		try {
			await requestPasswordReset({ db }, { email: u.email, address: '1.1.1.1', origin: 'http://localhost:3000' });
		} finally {
			(log as { info: unknown }).info = spy;
		}
		const link = lines.map((l) => /aterstall-losenord\/([a-z0-9]+)/.exec(l)?.[1]).find(Boolean);
		expect(link).toBeTruthy();
		await resetPassword({ db }, link!, 'ett-helt-nytt-lösenord');
		expect(await validateSessionToken(db, old.token)).toBeNull();
		await serviceError(login({ db }, { email: u.email, password: 'ett-långt-lösenord', address: '1.1.1.2' }));
		expect((await login({ db }, { email: u.email, password: 'ett-helt-nytt-lösenord', address: '1.1.1.2' })).token).toBeTruthy();
		const reused = await serviceError(resetPassword({ db }, link!, 'ännu-ett-nytt-lösenord'));
		expect(reused.status).toBe(404);
	});
});

describe('first run', () => {
	it('needs the printed setup code, works once, and then is closed', async () => {
		expect(await needsSetup({ db })).toBe(true);
		const code = (await issueSetupCode({ db }))!;
		expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
		const input = { email: 'admin@example.se', displayName: 'Admin', password: 'ett-långt-lösenord', address: '1.2.3.4' };
		const wrong = await serviceError(createFirstAdmin({ db }, { ...input, code: 'AAAA-BBBB-CCCC' }));
		expect([wrong.status, wrong.messageKey]).toEqual([400, 'setup.invalidCode']);
		const admin = await createFirstAdmin({ db }, { ...input, code: code.toLowerCase().replaceAll('-', ' ') });
		expect(admin.isAdmin).toBe(true);
		expect(await needsSetup({ db })).toBe(false);
		expect(await issueSetupCode({ db })).toBeNull();
		const again = await serviceError(createFirstAdmin({ db }, { ...input, email: 'other@example.se', code }));
		expect(again.status).toBe(409);
	});

	it('lets the CLI create an administrator without a code', async () => {
		await issueSetupCode({ db });
		const admin = await createAdminFromCli({ db }, { email: 'Cli@Example.se', displayName: 'Cli', password: 'ett-långt-lösenord' });
		expect(admin).toMatchObject({ email: 'cli@example.se', isAdmin: true });
		const r = await login({ db }, { email: 'cli@example.se', password: 'ett-långt-lösenord', address: '1.1.1.1' });
		expect(r.token).toBeTruthy();
	});
});
