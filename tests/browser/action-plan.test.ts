// The handlingsplan in a browser, with JavaScript on and off, axe on every page: the demo samordnare of
// Alingsås takes the goal conflict of Kartläggning 2025 up in the council with a recommendation, creates a
// plan, makes a measure from the council item (the draft carries the recommendation, the evidence is kept)
// and gives it to Socialnämnden and Samhällsbyggnadsnämnden; Dana Deltagare, a member of Socialnämnden,
// may report only for her own unit, enters a follow-up at Delår, and the plan's overview shows it in the
// measures × units matrix; the overview fits 320 px.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app.js';
import { browserUnavailable, expectAxeClean } from '../helpers/browser.js';
import { useAppAndBrowser, usePage } from '../helpers/hooks.js';
import { login, open, pathOf, ready, submit, visit, type Account } from '../helpers/flows.js';
import { demoLogin, orgIdsIn } from '../isolation/http-client.js';

const skip = browserUnavailable();
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

describe.skipIf(skip)('the handlingsplan', () => {
	let browser: Browser;
	let app: RunningApp;
	let sam: Account;
	let dana: Account;

	useAppAndBrowser({ demo: true }, (started) => ({ app, browser } = started));
	beforeAll(() => {
		const s = demoLogin(app.output(), 'samordnare', 'Alingsås');
		const d = demoLogin(app.output(), 'deltagare', 'Alingsås');
		sam = { email: s.email, password: s.password, name: 'Sara Samordnare' };
		dana = { email: d.email, password: d.password, name: 'Dana Deltagare' };
	});

	describe.each([true, false])('with JavaScript %s', (javaScript) => {
		const tag = javaScript ? 'js' : 'utan js';
		const planTitle = `Handlingsplan 2026 (${tag})`;
		let page: Page;
		let other: Page;
		let orgId: string;
		let cycleId: string;
		let itemId: string;
		let planPath: string;
		let measurePath: string;

		usePage(() => browser, { javaScript }, (opened) => ({ page } = opened));
		usePage(() => browser, { javaScript }, (opened) => ({ page: other } = opened));
		beforeAll(async () => {
			await login(page, app.url, sam);
			orgId = orgIdsIn(await page.content())[0]!;
			await login(other, app.url, dana);
		});

		/**
		 * Sends a form by its button and returns the action's status. With JavaScript the form is enhanced: the
		 * answer is the action's JSON (its status inside) and the page updates in place or follows the
		 * redirect (reported as 200, the page it lands on); without, a full page load.
		 */
		async function send(p: Page, button: Locator): Promise<number> {
			if (!javaScript) return (await submit(p, button)).status();
			const answer = p.waitForResponse((r) => r.request().method() === 'POST');
			const reloaded = p.waitForResponse((r) => r.url().includes('__data.json'));
			reloaded.catch(() => undefined);
			await button.click();
			const body = (await (await answer).json()) as { type: string; status: number };
			if (body.type === 'success' || body.type === 'redirect') await reloaded;
			await p.waitForLoadState('networkidle');
			await ready(p);
			return body.type === 'redirect' ? 200 : body.status;
		}

		const post = (path: string, form: Record<string, string>) =>
			page.request.post(app.url + path, { form, headers: { origin: app.url, accept: 'text/html' }, maxRedirects: 0 });

		it('takes the demo’s goal conflict up in the council, with a recommendation', async () => {
			await open(page, `${app.url}/org/${orgId}/kartlaggning`);
			cycleId = (await page.getByRole('link', { name: 'Kartläggning 2025', exact: true }).getAttribute('href'))!.split('/').pop()!;
			await open(page, `${app.url}/org/${orgId}/kartlaggning/${cycleId}`);
			const unitPath = new URL((await page.locator('tbody th a', { hasText: 'Samhällsbyggnadsnämnden' }).getAttribute('href'))!, app.url).pathname;
			await open(page, app.url + unitPath);
			const article = page.locator('article', { has: page.getByRole('heading', { name: /^Öka tillgången på verksamhetsmark/ }) });
			const activityId = (await article.getAttribute('id'))!.replace(/^activity-/, '');
			const list = `/org/${orgId}/rad/${cycleId}/arenden`;
			const opened = await post(`${list}?/open`, { findingKey: `conflict:activity:${activityId}` });
			const itemPath = opened.headers()['location']!;
			itemId = itemPath.split('/').pop()!;
			const html = await (await page.request.get(app.url + itemPath)).text();
			const version = /name="version" value="(\d+)"/.exec(html)![1]!;
			const saved = await post(`${itemPath}?/recommendation`, { section: 'recommendation', recommendation: `Pröva lägen som inte tar naturmark (${tag}).`, version });
			expect(saved.status()).toBe(200);
		});

		it('creates a plan; the list and the plan page are axe clean', async () => {
			expect((await visit(page, app.url, `/org/${orgId}/handlingsplan`)).status()).toBe(200);
			expect(await page.title()).toBe('Handlingsplaner – Alingsås – Målkarta');
			await page.getByLabel('Rubrik').fill(planTitle);
			await page.getByLabel('Period från (år)').fill('2026');
			await page.getByLabel('Period till (år)').fill('2026');
			await page.getByLabel('Beslutad av', { exact: true }).fill('Kommunstyrelsen');
			await page.getByLabel('Beslutsdatum').fill('2026-02-24');
			expect(await send(page, page.getByRole('button', { name: 'Skapa handlingsplan' }))).toBe(200);
			await page.waitForURL(new RegExp(`/handlingsplan/${UUID}$`));
			planPath = pathOf(page);
			expect(planPath).toMatch(new RegExp(`^/org/${orgId}/handlingsplan/${UUID}$`));
			expect(await page.locator('h1').textContent()).toBe(planTitle);
			expect(await page.locator('main').textContent()).toContain('Delår (senast 2026-08-31)');
			await expectAxeClean(page);
		});

		it('refuses a plan without a title, with an error summary', async () => {
			await open(page, `${app.url}/org/${orgId}/handlingsplan`);
			expect(await send(page, page.getByRole('button', { name: 'Skapa handlingsplan' }))).toBe(400);
			expect(await page.getByRole('alert').textContent()).toContain('Fältet måste fyllas i.');
			await expectAxeClean(page);
		});

		it('makes a measure from the council item and gives it to two units', async () => {
			// The council item's own link leads to the plans to choose from.
			await open(page, `${app.url}/org/${orgId}/rad/${cycleId}/arenden/${itemId}`);
			const create = page.getByRole('link', { name: 'Skapa åtgärd i handlingsplanen' });
			expect(await create.getAttribute('href')).toBe(`/org/${orgId}/handlingsplan?arende=${itemId}&cykel=${cycleId}`);
			await open(page, app.url + (await create.getAttribute('href'))!);
			const link = page.getByRole('link', { name: `Ny åtgärd i ${planTitle}` });
			await open(page, app.url + (await link.getAttribute('href'))!);
			expect(await page.locator('[data-evidence="council_item"]').count()).toBe(1);
			expect(await page.getByLabel('Beskrivning').inputValue()).toBe(`Pröva lägen som inte tar naturmark (${tag}).`);
			expect(await page.getByLabel('Delmål i Agenda 2030').inputValue()).toBe('8.3, 15.1');
			await expectAxeClean(page);
			await page.getByLabel('Rubrik').fill(`Verksamhetsmark utan naturmark (${tag})`);
			await page.getByLabel('Lokalt mål (kvantifierat)').fill('Ingen ny verksamhetsmark på naturmark till 2027');
			const units = page.getByRole('group', { name: 'Enheter som tar på sig åtgärden' });
			await units.getByLabel('Socialnämnden', { exact: true }).check();
			await units.getByLabel('Samhällsbyggnadsnämnden', { exact: true }).check();
			expect(await send(page, page.getByRole('button', { name: 'Spara åtgärden' }))).toBe(200);
			await page.waitForURL(new RegExp(`/atgard/${UUID}$`));
			measurePath = pathOf(page);
			expect(measurePath).toMatch(new RegExp(`^${planPath}/atgard/${UUID}$`));
			expect(await page.locator('h1').textContent()).toBe(`Åtgärd 1: Verksamhetsmark utan naturmark (${tag})`);
			expect((await page.locator('[data-units]').textContent())!.split(', ').sort()).toEqual(['Samhällsbyggnadsnämnden', 'Socialnämnden']);
			expect(await page.locator('[data-evidence="council_item"]').textContent()).toContain(`Pröva lägen som inte tar naturmark (${tag}).`);
			await expectAxeClean(page);
		});

		it('Dana reports for her own unit only: a follow-up at Delår, kept in the history', async () => {
			await open(other, app.url + measurePath);
			const unit = other.getByLabel('Enhet', { exact: true });
			expect(await unit.locator('option').allTextContents()).toEqual(['Socialnämnden']);
			await other.getByLabel('Uppföljningstillfälle').selectOption({ label: 'Delår' });
			await other.getByLabel('Status').selectOption({ label: 'Pågår' });
			await other.getByLabel('Hur stor del är genomförd (%)').fill('30');
			await other.getByLabel('Kommentar').fill(`Platser utreds (${tag})`);
			expect(await send(other, other.getByRole('button', { name: 'Spara uppföljningen' }))).toBe(200);
			expect(await other.getByRole('status').first().textContent()).toBe('Uppföljningen är sparad.');
			const history = other.locator('[data-history] li');
			expect(await history.count()).toBe(1);
			expect((await history.first().textContent())!.replace(/\s+/g, ' ')).toMatch(/^Socialnämnden, Delår: Pågår 30 % Platser utreds \((js|utan js)\) Dana Deltagare, /);
			await expectAxeClean(other);
		});

		it('a percentage over 100 is refused with the field named', async () => {
			await open(other, app.url + measurePath);
			await other.getByLabel('Hur stor del är genomförd (%)').fill('130');
			expect(await send(other, other.getByRole('button', { name: 'Spara uppföljningen' }))).toBe(400);
			expect(await other.getByRole('alert').textContent()).toContain('Skriv ett heltal från 0 till 100.');
			expect(await other.locator('[data-history] li').count()).toBe(1);
		});

		it('the overview shows the follow-up in the measures × units matrix', async () => {
			await open(page, app.url + planPath);
			const row = page.locator('[data-matrix] tbody tr[data-measure="1"]');
			expect((await row.locator('td[data-unit="Socialnämnden"]').textContent())!.replace(/\s+/g, ' ')).toContain('Delår: Pågår 30 %');
			expect((await row.locator('td[data-unit="Samhällsbyggnadsnämnden"]').textContent())!.replace(/\s+/g, ' ')).toContain('Delår: ej rapporterat');
			expect(await row.locator('td[data-taken="yes"]').count()).toBe(2);
			await expectAxeClean(page);
			await open(other, app.url + planPath);
			expect(await other.getByRole('button', { name: 'Stäng handlingsplanen' }).count()).toBe(0);
		});

		it('fits a 320 px wide screen', async () => {
			await page.setViewportSize({ width: 320, height: 800 });
			try {
				for (const path of [planPath, measurePath]) {
					await open(page, app.url + path);
					expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
				}
			} finally {
				await page.setViewportSize({ width: 1280, height: 800 });
			}
		});
	});
});
