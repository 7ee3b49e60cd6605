// The council's items in a browser, with JavaScript on and off, axe on every page: the demo rådsledamot of
// Alingsås takes up the goal conflict of the closed Kartläggning 2025 (an activity of Samhällsbyggnadsnämnden
// helps 8.3 and counteracts 15.1) the way the council view's "Ta upp i rådet" form does, finds it in the
// list, reads the inputs behind it with links to the unit's mapping, comments, changes the status to
// "Under beredning" with the keyboard and sees it kept after a reload; a recommendation saved on a page that
// another tab has since changed is refused (409) showing the stored text while keeping her own; the item
// page fits 320 px.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app.js';
import { browserUnavailable, expectAxeClean } from '../helpers/browser.js';
import { useAppAndBrowser, usePage } from '../helpers/hooks.js';
import { follow, login, open, pathOf, ready, submit, visit, type Account } from '../helpers/flows.js';
import { demoLogin, orgIdsIn } from '../isolation/http-client.js';

const skip = browserUnavailable();
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

describe.skipIf(skip)('the council’s items', () => {
	let browser: Browser;
	let app: RunningApp;
	let rad: Account;

	useAppAndBrowser({ demo: true }, (started) => ({ app, browser } = started));
	beforeAll(() => {
		const l = demoLogin(app.output(), 'rådsledamot', 'Alingsås');
		rad = { email: l.email, password: l.password, name: 'Rut Rådsledamot' };
	});

	describe.each([true, false])('with JavaScript %s', (javaScript) => {
		const tag = javaScript ? 'js' : 'utan js';
		let page: Page;
		let orgId: string;
		let cycleId: string;
		let unitPath: string;
		let findingKey: string;
		let itemPath: string;
		const list = () => `/org/${orgId}/rad/${cycleId}/arenden`;

		usePage(() => browser, { javaScript }, (opened) => ({ page } = opened));
		beforeAll(async () => {
			await login(page, app.url, rad);
			orgId = orgIdsIn(await page.content())[0]!;
		});

		/** Posts a form of the app from the signed-in page's session (what a plain HTML form sends). */
		const post = (path: string, form: Record<string, string>) =>
			page.request.post(app.url + path, { form, headers: { origin: app.url, accept: 'text/html' }, maxRedirects: 0 });

		it('finds the conflicting activity in the demo’s Kartläggning 2025', async () => {
			await open(page, `${app.url}/org/${orgId}/kartlaggning`);
			const cycle = page.getByRole('link', { name: 'Kartläggning 2025', exact: true });
			cycleId = (await cycle.getAttribute('href'))!.split('/').pop()!;
			await open(page, `${app.url}/org/${orgId}/kartlaggning/${cycleId}`);
			unitPath = new URL((await page.locator('tbody th a', { hasText: 'Samhällsbyggnadsnämnden' }).getAttribute('href'))!, app.url).pathname;
			await open(page, app.url + unitPath);
			const article = page.locator('article', { has: page.getByRole('heading', { name: /^Öka tillgången på verksamhetsmark/ }) });
			const activityId = (await article.getAttribute('id'))!.replace(/^activity-/, '');
			findingKey = `conflict:activity:${activityId}`;
		});

		it('takes the conflict up in the council and starts it afresh as Ny', async () => {
			const opened = await post(`${list()}?/open`, { findingKey });
			expect(opened.status()).toBe(303);
			itemPath = opened.headers()['location']!;
			expect(itemPath).toMatch(new RegExp(`^${list()}/${UUID.source}$`));
			// Both runs use the one item (opening is idempotent): put it back to Ny if the other run moved it.
			const html = await (await page.request.get(app.url + itemPath)).text();
			const version = /name="version" value="(\d+)"/.exec(html)![1]!;
			if (!html.includes('Status: Ny')) expect((await post(`${itemPath}?/status`, { section: 'status', status: 'ny', version })).status()).toBe(200);
			expect((await post(`${list()}?/open`, { findingKey })).headers()['location']).toBe(itemPath);
		});

		it('the list shows the item with its counts; axe clean', async () => {
			const res = await visit(page, app.url, list());
			expect(res.status()).toBe(200);
			expect(await page.title()).toBe('Rådets ärenden – Kartläggning 2025 – Alingsås – Målkarta');
			expect(await page.locator('h1').textContent()).toBe('Rådets ärenden – Kartläggning 2025');
			expect(await page.locator('main').textContent()).toContain('Rådet är rådgivande: detta är ett underlag för råd, inte beslut.');
			expect(await page.getByTestId('counts-by-kind').textContent()).toMatch(/Målkonflikt\s*1/);
			// A rådsledamot may not export.
			expect(await page.getByRole('link', { name: 'Ladda ner som CSV' }).count()).toBe(0);
			const link = page.getByRole('link', { name: /bidrar till 8\.3 men motverkar 15\.1/ });
			await follow(page, link, itemPath);
		});

		it('the item shows the sentence, its type and status, and the inputs behind it with links', async () => {
			expect(await page.locator('h1').textContent()).toMatch(/^Samhällsbyggnadsnämndens aktivitet ”Öka tillgången på verksamhetsmark.*” bidrar till 8\.3 men motverkar 15\.1\.$/);
			expect(await page.title()).toMatch(/ – Rådets ärenden – Alingsås – Målkarta$/);
			expect(await page.locator('main').textContent()).toContain('Typ: Målkonflikt');
			expect(await page.getByTestId('item-status').textContent()).toBe('Status: Ny');
			const evidence = page.locator('section[aria-labelledby="evidence"]');
			expect(await evidence.getByRole('link', { name: 'Samhällsbyggnadsnämnden', exact: true }).getAttribute('href')).toBe(unitPath);
			const activity = evidence.getByRole('link', { name: /^Öka tillgången på verksamhetsmark.*\(Samhällsbyggnadsnämnden\)$/ });
			expect(await activity.getAttribute('href')).toBe(`${unitPath}#activity-${findingKey.split(':')[2]}`);
			expect(await evidence.getByRole('link', { name: '8.3', exact: true }).getAttribute('href')).toBe('/mal/8#8.3');
			expect(await evidence.getByRole('link', { name: '15.1', exact: true }).getAttribute('href')).toBe('/mal/15#15.1');
			await expectAxeClean(page);
		});

		it('adds a comment', async () => {
			const text = `Kan detaljplanen peka ut ersättningsmark? (${tag})`;
			await page.getByLabel('Ny kommentar').fill(text);
			const res = await submit(page, page.getByRole('button', { name: 'Lägg till kommentar' }));
			expect(res.status()).toBe(200);
			expect(await page.getByRole('status').first().textContent()).toBe('Kommentaren är tillagd.');
			const comments = page.locator('section[aria-labelledby="comments"] ol li');
			const mine = comments.filter({ hasText: text });
			expect(await mine.count()).toBe(1);
			expect(await mine.locator('.hint').textContent()).toMatch(/^Rut Rådsledamot, /);
			expect(await page.getByLabel('Ny kommentar').inputValue()).toBe('');
			await expectAxeClean(page);
		});

		it('changes the status to Under beredning with the keyboard, and it is kept after a reload', async () => {
			await page.getByRole('radio', { name: 'Ny', exact: true }).focus();
			await page.keyboard.press('ArrowRight');
			expect(await page.getByRole('radio', { name: 'Under beredning' }).isChecked()).toBe(true);
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Spara status');
			const navigated = page.waitForNavigation({ waitUntil: 'load' });
			await page.keyboard.press('Enter');
			expect((await navigated)!.status()).toBe(200);
			await ready(page);
			expect(await page.getByRole('status').first().textContent()).toBe('Statusen är sparad.');
			expect(await page.getByTestId('item-status').textContent()).toBe('Status: Under beredning');
			await open(page, app.url + itemPath);
			expect(pathOf(page)).toBe(itemPath);
			expect(await page.getByTestId('item-status').textContent()).toBe('Status: Under beredning');
			expect(await page.getByRole('radio', { name: 'Under beredning' }).isChecked()).toBe(true);
			expect(await page.locator('main').textContent()).toMatch(/Senast ändrat av Rut Rådsledamot /);
			await expectAxeClean(page);
		});

		it('a recommendation based on what another tab has since saved is refused (409), showing it and keeping her text', async () => {
			const field = (p: Page) => p.getByLabel('Rådets rekommendation');
			const save = (p: Page) => submit(p, p.getByRole('button', { name: 'Spara rekommendation' }));
			await open(page, app.url + itemPath);
			const other = await page.context().newPage();
			try {
				await open(other, app.url + itemPath);
				await field(other).fill(`Kompensera med ny naturmark (${tag}).`);
				expect((await save(other)).status()).toBe(200);
			} finally {
				await other.close();
			}
			const mine = `Pröva andra lägen för verksamhetsmarken (${tag}).`;
			await field(page).fill(mine);
			const refused = await save(page);
			expect(refused.status()).toBe(409);
			expect(await page.getByRole('alert').textContent()).toContain('Någon annan ändrade ärendet innan du sparade.');
			const conflict = (await page.locator('.conflict').textContent())!.replace(/\s+/g, ' ');
			expect(conflict).toContain('Ärendets rekommendation');
			expect(conflict).toContain('Rut Rådsledamot');
			expect(conflict).toContain(`Kompensera med ny naturmark (${tag}).`);
			expect(await field(page).inputValue()).toBe(mine);
			await expectAxeClean(page);
			expect((await save(page)).status()).toBe(200);
			expect(await page.getByRole('status').first().textContent()).toBe('Rekommendationen är sparad.');
			expect(await field(page).inputValue()).toBe(mine);
		});

		it('fits a 320 px wide screen', async () => {
			await page.setViewportSize({ width: 320, height: 800 });
			try {
				await open(page, app.url + itemPath);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
				await open(page, app.url + list());
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
			} finally {
				await page.setViewportSize({ width: 1280, height: 800 });
			}
		});
	});
});
