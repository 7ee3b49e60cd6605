// A NUL (or another C0 control character) in any text field answers 4xx with its message and stores
// nothing. The demo is loaded into a database of its own on the throwaway cluster; the samordnare walks
// every page of the organisation it can reach by links, and every POST form found there is sent back with
// "A\u0000B" in each of its text fields (the rest as the page filled them in). Every answer is a 4xx naming
// form.controlChars, never a 5xx, and a checksum of every table is the same before and after. The JSON input
// endpoint of a workshop is tried too. Needs DATABASE_URL (scripts/test.sh runs this tier in a cluster).
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#lib/server/db/schema.js';
import { migrateToLatest } from '#lib/server/db/migrate.js';
import { loadDemo } from '#lib/server/demo/load.js';
import { startApp, type RunningApp } from '../helpers/app.js';
import { createClusterDatabase, migrations } from '../helpers/db.js';
import { Client, orgIdsIn } from './http-client.js';

const clusterUrl = process.env.DATABASE_URL;
if (!clusterUrl && process.env.CI === 'true') throw new Error('CI=true: this test needs DATABASE_URL (scripts/with-postgres.sh)');

const NUL = 'A\u0000B';
/** Pages not to walk into: streams, downloads, the wall view (a stream of its own) and signing out. */
const SKIP = /\/(strom|exportera|projektor|logga-ut)(\/|$|\?)|\.(csv|xlsx|docx|pdf|json)(\?|$)/;

interface FormSpec {
	page: string;
	action: string;
	fields: Array<[string, string]>;
	textFields: string[];
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replaceAll('&amp;', '&') ?? null;

/** The POST forms of a page with the values the page filled in, and which of their fields take text. */
function formsOf(page: string, html: string): FormSpec[] {
	const out: FormSpec[] = [];
	for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
		const open = m[1]!;
		if (!/method="post"/i.test(open)) continue;
		const body = m[2]!;
		const fields: Array<[string, string]> = [];
		const textFields: string[] = [];
		for (const t of body.matchAll(/<input\b[^>]*>/g)) {
			const tag = t[0];
			const name = attr(tag, 'name');
			const type = (attr(tag, 'type') ?? 'text').toLowerCase();
			if (!name || type === 'file' || type === 'submit') continue;
			if ((type === 'checkbox' || type === 'radio') && !/\schecked\b/.test(tag)) continue;
			fields.push([name, attr(tag, 'value') ?? '']);
			if (['text', 'search', 'email', 'url', 'tel'].includes(type) && !textFields.includes(name)) textFields.push(name);
		}
		for (const t of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
			const name = attr(t[0], 'name');
			if (!name) continue;
			fields.push([name, t[2]!]);
			if (!textFields.includes(name)) textFields.push(name);
		}
		for (const s of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
			const name = attr(s[0], 'name');
			if (!name) continue;
			const options = [...s[2]!.matchAll(/<option\b[^>]*>/g)].map((o) => o[0]);
			const chosen = options.find((o) => /\sselected\b/.test(o)) ?? options.find((o) => attr(o, 'value'));
			fields.push([name, chosen ? (attr(chosen, 'value') ?? '') : '']);
		}
		const action = attr(open, 'action') ?? '';
		out.push({ page, action: action.startsWith('?') ? page.split('?')[0] + action : action || page, fields, textFields });
	}
	return out;
}

describe.skipIf(!clusterUrl)('control characters in text fields', () => {
	let app: RunningApp;
	let db: Kysely<Database>;
	let client: Client;
	let orgId = '';
	const forms: FormSpec[] = [];

	/** One checksum per table: the whole database's content, order-independent. */
	async function checksums(): Promise<Record<string, string>> {
		const { rows } = await sql<{ tablename: string }>`select tablename from pg_tables where schemaname = 'public' order by tablename`.execute(db);
		const out: Record<string, string> = {};
		for (const { tablename } of rows) {
			// Sessions and rate-limit counters change with every request a signed-in person makes.
			if (['session', 'rate_limit'].includes(tablename)) continue;
			const r = await sql<{ sum: string }>`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum from ${sql.table(tablename)} t`.execute(db);
			out[tablename] = r.rows[0]!.sum;
		}
		return out;
	}

	beforeAll(async () => {
		const databaseUrl = await createClusterDatabase(`malkarta_nul_${process.pid}`);
		db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 2 }) }) });
		await migrateToLatest(db, migrations);
		const logins = await loadDemo(db);
		app = await startApp({ databaseUrl });
		const samordnare = logins.find((l) => l.role === 'samordnare' && l.organisation === 'Alingsås')!;
		client = new Client(app.url);
		await client.login(samordnare.email, samordnare.password);
		orgId = orgIdsIn((await client.get('/')).body)[0]!;

		// Every page of the organisation reachable by links (and the goal pages), breadth first.
		const seen = new Set<string>();
		const queue = ['/', `/org/${orgId}`];
		while (queue.length && seen.size < 120) {
			const path = queue.shift()!;
			if (seen.has(path)) continue;
			seen.add(path);
			const res = await client.get(path);
			if (res.status !== 200) continue;
			forms.push(...formsOf(path, res.body));
			for (const l of res.body.matchAll(/href="(\/(?:org\/[^"#]*|mal)[^"#]*)"/g)) {
				const href = l[1]!.replaceAll('&amp;', '&');
				if (!SKIP.test(href) && !seen.has(href) && (href.startsWith(`/org/${orgId}`) || href === '/mal')) queue.push(href);
			}
		}
	}, 180_000);

	afterAll(async () => {
		await app?.stop();
		await db?.destroy();
	});

	it('finds the organisation’s forms with text fields', () => {
		const withText = forms.filter((f) => f.textFields.length > 0);
		// units, members, invitations, the organisation's details, mapping, council items …
		expect(withText.length).toBeGreaterThan(10);
		expect(new Set(withText.map((f) => f.action.split('?/')[1])).size).toBeGreaterThan(8);
	});

	it('answers every form with a NUL in its text fields with a 4xx naming the problem, and stores nothing', async () => {
		const before = await checksums();
		const answers: string[] = [];
		const tried = new Set<string>();
		for (const f of forms.filter((x) => x.textFields.length > 0)) {
			const key = `${f.action} ${f.textFields.join(',')}`;
			if (tried.has(key)) continue;
			tried.add(key);
			const fields: Record<string, string[]> = {};
			for (const [name, value] of f.fields) (fields[name] ??= []).push(f.textFields.includes(name) ? NUL : value);
			const res = await client.post(f.action, fields, app.url, { 'x-sveltekit-action': 'true', accept: 'application/json' });
			const ok = res.status >= 400 && res.status < 500 && res.body.includes('form.controlChars');
			if (!ok) answers.push(`${f.action} (${f.textFields.join(', ')}) → ${res.status} ${res.body.slice(0, 160)}`);
		}
		expect(answers, 'forms that did not refuse the NUL with form.controlChars').toEqual([]);
		expect(tried.size).toBeGreaterThan(10);
		expect(await checksums()).toEqual(before);
	});

	it('refuses a NUL in a workshop participant’s JSON input with the message', async () => {
		const workshop = await db.selectFrom('workshop').select('id').executeTakeFirstOrThrow();
		const res = await fetch(`${app.url}/delta/${workshop.id}/svar`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: app.url },
			body: JSON.stringify({ id: crypto.randomUUID(), kind: 'goal', subject: '6', level: 'hög', note: { text: NUL } })
		});
		expect(res.status).toBe(400);
		expect(((await res.json()) as { message: string }).message).toBe(
			'Texten innehåller osynliga styrtecken (till exempel NUL) som inte kan sparas. Skriv in texten igen eller klistra in den som ren text.'
		);
	});
});
