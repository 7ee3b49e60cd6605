// Durability of a participant's ratings, on PGlite and (with DATABASE_URL) on server PostgreSQL: a
// participant page in Chromium rates goal after goal; the server is killed (SIGKILL) while the page shows
// a rating as not yet saved; more ratings are made and the page is reloaded while the server is down; the
// server restarts on the same database and port. Every rating shown as saved is stored; after reconnecting
// every remaining rating is stored and the page shows it saved; exactly one row per rated goal.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { removeDir, startApp, tempDataDir, type RunningApp } from '../helpers/app.js';
import { browserUnavailable, launchBrowser, newContext } from '../helpers/browser.js';
import { ctxOf, makeOrganisation } from '../helpers/fixtures.js';
import { ready } from '../helpers/flows.js';
import { Client, demoLogin, orgIdsIn } from '../isolation/http-client.js';
import type { Database } from '#lib/server/db/schema.js';
import { openEmbedded } from '#lib/server/db/index.js';
import { createCycle } from '#lib/server/services/cycle.service.js';
import { changeWorkshop, createWorkshop } from '#lib/server/services/workshop.service.js';

const clusterUrl = process.env.DATABASE_URL;
const targets = ['pglite', ...(clusterUrl ? ['postgres'] : [])] as const;
const skip = browserUnavailable();

/** An open workshop on its goal step: on PGlite through the demo samordnare's forms, on PostgreSQL through the services. */
async function openWorkshop(app: RunningApp, databaseUrl: string | null): Promise<{ workshopId: string; code: string }> {
	if (databaseUrl) {
		const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 2 }) }) });
		try {
			const f = await makeOrganisation(db, 'Alfa');
			const lead = ctxOf(db, f.processledare);
			const cycleId = (await createCycle(ctxOf(db, f.samordnare), f.organisation.id, { name: 'K', year: 2026, copy: false })).id;
			const w = await createWorkshop(lead, f.organisation.id, { name: 'W', cycleId, unitIds: [f.units.sn.id], steps: ['goals'] });
			await changeWorkshop(lead, f.organisation.id, w.id, { type: 'status', status: 'open' });
			return { workshopId: w.id, code: w.joinCode };
		} finally {
			await db.destroy();
		}
	}
	const l = demoLogin(app.output(), 'samordnare', 'Alingsås');
	const c = new Client(app.url);
	await c.login(l.email, l.password);
	const orgId = orgIdsIn((await c.get('/')).body)[0]!;
	const cycle = await c.post(`/org/${orgId}/kartlaggning?/create`, { name: 'Hållbarhetsprov', year: '2026', start: 'empty' });
	const cycleId = /\/kartlaggning\/([0-9a-f-]{36})$/.exec(cycle.location ?? '')![1]!;
	const unitId = /name="units" value="([0-9a-f-]{36})"/.exec((await c.get(`/org/${orgId}/workshop`)).body)![1]!;
	const created = await c.post(`/org/${orgId}/workshop?/create`, { name: 'W', cycleId, units: unitId, steps: 'goals' });
	const workshopId = /\/workshop\/([0-9a-f-]{36})$/.exec(created.location ?? '')![1]!;
	await c.post(`/org/${orgId}/workshop/${workshopId}?/status`, { status: 'open' });
	const code = /data-testid="join-code"[^>]*>([A-Z0-9 ]+)</.exec((await c.get(`/org/${orgId}/workshop/${workshopId}`)).body)![1]!.replace(/\s/g, '');
	return { workshopId, code };
}

async function rowsOf(databaseUrl: string | null, dataDir: string, workshopId: string) {
	const db = databaseUrl
		? new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 1 }) }) })
		: await openEmbedded(path.join(dataDir, 'pgdata'));
	try {
		return await db.selectFrom('mapping_input').select(['id', 'subject']).where('workshop_id', '=', workshopId).execute();
	} finally {
		await db.destroy();
	}
}

describe.skipIf(skip).each(targets)('ratings survive a killed server (%s)', (target) => {
	let browser: Browser | undefined;
	let app: RunningApp | undefined;
	let dataDir = '';

	afterAll(async () => {
		await browser?.close();
		await app?.stop();
		removeDir(dataDir);
	});

	it('every rating shown as saved is stored; the rest are stored after the restart and shown saved', async () => {
		let databaseUrl: string | null = null;
		if (target === 'postgres') {
			const name = `malkarta_dur_${process.pid}`;
			const admin = new pg.Client({ connectionString: clusterUrl });
			await admin.connect();
			await admin.query(`drop database if exists ${name}`);
			await admin.query(`create database ${name}`);
			await admin.end();
			const url = new URL(clusterUrl!);
			url.pathname = `/${name}`;
			databaseUrl = url.toString();
		} else {
			dataDir = tempDataDir();
		}
		const options = databaseUrl ? { databaseUrl } : { dataDir, demo: true };
		[app, browser] = await Promise.all([startApp(options), launchBrowser()]);
		const { workshopId, code } = await openWorkshop(app, databaseUrl);
		const page: Page = await (await newContext(browser, { viewport: { width: 360, height: 740 } })).newPage();
		const status = page.getByTestId('save-status');
		const rate = (goal: number) =>
			page.locator('fieldset', { has: page.locator('legend', { hasText: new RegExp(`^Mål ${goal}\\b`) }) }).getByRole('radio', { name: 'Hög', exact: true }).check();

		await page.goto(`${app.url}/delta?kod=${code}`);
		// On a loaded machine the app may still be starting after the load event; type once it has.
		await ready(page);
		await page.getByLabel('Vad heter du?').fill('Kim');
		const [joined] = await Promise.all([page.waitForNavigation({ timeout: 60_000 }), page.getByRole('button', { name: 'Gå med' }).click()]);
		if (!page.url().endsWith(`/delta/${workshopId}`)) {
			const errors = await page.locator('.field-error, [role="alert"]').allTextContents();
			throw new Error(`joining answered ${joined?.status()} at ${page.url()}: ${errors.join(' | ')}\n${app.output().slice(-3000)}`);
		}
		await page.getByTestId('counter').waitFor();
		for (const goal of [1, 2, 3, 4, 5]) await rate(goal);
		await status.filter({ hasText: 'Sparat ✓' }).waitFor({ timeout: 10_000 });

		// Goal 6 is on its way when the server dies (held until the kill): the page must not claim it saved.
		let killed!: () => void;
		const dead = new Promise<void>((r) => (killed = r));
		await page.route('**/svar', async (route) => {
			await dead;
			await route.continue().catch(() => route.abort().catch(() => {}));
		});
		await rate(6);
		await status.filter({ hasText: 'Sparar…' }).waitFor({ timeout: 5_000 });
		await app.kill();
		killed();
		await page.unroute('**/svar');
		await status.filter({ hasText: 'Inte sparat än – försöker igen' }).waitFor({ timeout: 15_000 });
		for (const goal of [7, 8]) await rate(goal);
		const pending = await page.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('malkarta-outbox:'))!) ?? '[]'));
		expect(pending.map((p: { subject: string }) => p.subject).sort()).toEqual(['6', '7', '8']);
		// A reload while the server is down fails; the ratings wait in the page's storage.
		await page.reload().catch(() => {});

		const port = app.port;
		app = await startApp({ ...(databaseUrl ? { databaseUrl } : { dataDir }), port });
		await page.goto(`${app.url}/delta/${workshopId}`);
		await status.filter({ hasText: 'Sparat ✓' }).waitFor({ timeout: 15_000 });
		expect(await page.getByTestId('counter').textContent()).toBe('8 av 17 besvarade');
		expect(await page.evaluate(() => Object.entries(localStorage).filter(([k, v]) => k.startsWith('malkarta-outbox:') && v !== '[]').length)).toBe(0);

		await app.stop();
		const rows = await rowsOf(databaseUrl, dataDir, workshopId);
		app = undefined;
		expect(rows.map((r) => r.subject).sort((a, b) => Number(a) - Number(b))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
	}, 120_000);
});
