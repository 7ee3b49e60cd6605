// The small ways a request could make the server answer 500 (issue 21, point 6), against the built app on
// a database of its own in the throwaway cluster: redirectTo with a tab, a line break or a look-alike full
// stop; TRUST_PROXY=1 and a request that did not pass the proxy; a 20 MB body to the input endpoint.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../helpers/app.js';
import { createClusterDatabase } from '../helpers/db.js';
import { makeUser } from '../helpers/fixtures.js';
import type { Database } from '#lib/server/db/schema.js';
import { createSession, generateSessionToken } from '#lib/server/auth/session.js';

const clusterUrl = process.env.DATABASE_URL;
if (!clusterUrl && process.env.CI === 'true') throw new Error('CI=true: the process tests need DATABASE_URL (scripts/with-postgres.sh)');

const EVIL = ['/%09/evil.example', '/%0d/evil.example', '/%0a/evil.example', '/%E3%80%82/evil.example', '%2F%09%2Fevil.example'];
const PASSWORD = 'ett-långt-lösenord';

describe.skipIf(!clusterUrl)('requests that must never be a 500', () => {
	let app: RunningApp;
	let proxied: RunningApp;
	let db: Kysely<Database>;
	let session = '';

	beforeAll(async () => {
		const databaseUrl = await createClusterDatabase(`malkarta_hard_${process.pid}`);
		app = await startApp({ databaseUrl });
		proxied = await startApp({ databaseUrl, env: { TRUST_PROXY: '1' } });
		db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 2 }) }) });
		const user = await makeUser(db, 'ada@example.se', { password: PASSWORD, isAdmin: true });
		session = generateSessionToken();
		await createSession(db, session, user.id);
	}, 120_000);

	afterAll(async () => {
		await Promise.all([app?.stop(), proxied?.stop()]);
		await db?.destroy();
	});

	const safeLocation = (res: Response) => {
		expect(res.status, `status ${res.status}`).toBeLessThan(500);
		const location = res.headers.get('location');
		if (location !== null) expect(new URL(location, app.url).origin).toBe(new URL(app.url).origin);
	};

	it('GET /logga-in?redirectTo=… signed in: a safe redirect, never 500', async () => {
		for (const target of EVIL) {
			const res = await fetch(`${app.url}/logga-in?redirectTo=${target}`, { redirect: 'manual', headers: { cookie: `malkarta_session=${session}` } });
			safeLocation(res);
			expect(res.headers.get('location'), target).toBe('/');
		}
	});

	it('signing in with such a redirectTo: a safe redirect, never 500', async () => {
		for (const target of EVIL.slice(0, 4)) {
			const res = await fetch(`${app.url}/logga-in?redirectTo=${target}`, {
				method: 'POST',
				redirect: 'manual',
				headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url, accept: 'text/html' },
				body: new URLSearchParams({ email: 'ada@example.se', password: PASSWORD }).toString()
			});
			safeLocation(res);
			expect([res.status, res.headers.get('location')], `${target}: ${res.status === 303 ? '' : (await res.text()).slice(0, 2000)}`).toEqual([303, '/']);
		}
	});

	it('with TRUST_PROXY=1 a request without X-Forwarded-For is answered, not 500', async () => {
		expect((await fetch(`${proxied.url}/logga-in`, { redirect: 'manual' })).status).toBeLessThan(500);
		const res = await fetch(`${proxied.url}/delta?/code`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: proxied.url },
			body: 'code=ZZZZZZ'
		});
		expect(res.status).toBe(400);
		// Through the proxy the forwarded address still counts.
		const via = await fetch(`${proxied.url}/delta?/code`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: proxied.url, 'x-forwarded-for': '198.51.100.7', 'x-forwarded-proto': 'http', 'x-forwarded-host': new URL(proxied.url).host },
			body: 'code=ZZZZZZ'
		});
		expect(via.status).toBe(400);
		const keys = await db.selectFrom('rate_limit').select('key').where('key', 'like', 'join:%').execute();
		expect(keys.map((k) => k.key)).toContain('join:address:198.51.100.7');
	});

	it('a 20 MB body to /delta/<id>/svar is 413, declared or streamed', async () => {
		const url = `${app.url}/delta/${crypto.randomUUID()}/svar`;
		const big = JSON.stringify({ id: crypto.randomUUID(), kind: 'goal_relevance', subject: '6', level: 'x'.repeat(20_000_000) });
		const declared = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
		expect(declared.status).toBe(413);
		const bytes = new TextEncoder().encode(big);
		const streamed = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: new ReadableStream({
				start(c) {
					for (let k = 0; k < bytes.length; k += 1 << 20) c.enqueue(bytes.subarray(k, k + (1 << 20)));
					c.close();
				}
			}),
			duplex: 'half'
		} as RequestInit);
		expect(streamed.status).toBe(413);
	});
});
