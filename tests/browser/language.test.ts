// The language switch in the header: "In English" turns the whole interface English (html lang="en",
// server-side form errors included) and the choice sticks; "På svenska" turns it back.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app.js';
import { browserUnavailable, expectAxeClean } from '../helpers/browser.js';
import { pathOf, submit, visit } from '../helpers/flows.js';
import { useAppAndBrowser, usePage } from '../helpers/hooks.js';

const skip = browserUnavailable();

describe.skipIf(skip)('language switch', () => {
	let browser: Browser;
	let app: RunningApp;
	// An administrator exists, so the pages are not redirected to the first-run form.
	const admin = { email: 'admin@example.se', password: 'administratörens långa lösenord', name: 'Admin' };
	useAppAndBrowser({ admins: [admin] }, (started) => ({ app, browser } = started));

	describe.each([true, false])('with JavaScript %s', (javaScript) => {
		let page: Page;
		usePage(() => browser, { javaScript }, (opened) => ({ page } = opened));

		const nav = () => page.getByRole('navigation');
		const lang = () => page.getAttribute('html', 'lang');

		it('starts in Swedish', async () => {
			await visit(page, app.url, '/logga-in');
			expect(await lang()).toBe('sv');
			expect(await page.locator('h1').textContent()).toBe('Logga in');
			expect(await nav().getByRole('link', { name: 'In English' }).getAttribute('hreflang')).toBe('en');
		});

		it('"In English" switches the page to English with html lang="en", on the same page', async () => {
			await switchLanguage('In English');
			expect(pathOf(page)).toBe('/logga-in');
			// The whole document says it is English, not just the visible text.
			await expect.poll(lang).toBe('en');
			expect(await page.locator('h1').textContent()).toBe('Sign in');
			expect(await page.title()).toBe('Sign in – Målkarta');
			expect(await nav().getByRole('link', { name: 'Global goals' }).isVisible()).toBe(true);
			expect(await page.locator('.skip-link').textContent()).toBe('Skip to main content');
			await expectAxeClean(page);
		});

		it('keeps English on the next page and in server-side form errors', async () => {
			await visit(page, app.url, '/');
			expect(await lang()).toBe('en');
			expect(await page.title()).toBe('Home – Målkarta');

			await visit(page, app.url, '/logga-in');
			const res = await submit(page, page.locator('main').getByRole('button', { name: 'Sign in' }));
			expect(res.status()).toBe(400);
			await expect.poll(() => page.locator('#field-email-error').textContent()).toBe('This field is required.');
			expect(await page.getByRole('alert').getByRole('heading').textContent()).toBe('The form has errors');
			await expectAxeClean(page);
		});

		it('"På svenska" switches back to Swedish', async () => {
			await visit(page, app.url, '/logga-in');
			await switchLanguage('På svenska');
			await expect.poll(lang).toBe('sv');
			expect(await page.locator('h1').textContent()).toBe('Logga in');
			expect(await page.title()).toBe('Logga in – Målkarta');
			expect(await nav().getByRole('link', { name: 'In English' }).isVisible()).toBe(true);
			await expectAxeClean(page);

			await visit(page, app.url, '/');
			expect(await lang()).toBe('sv');
			expect(await page.title()).toBe('Start – Målkarta');
		});

		/**
		 * Clicks the header's language link and waits until the page is back on its old address (the
		 * server answers ?lang=… by setting the language cookie and redirecting to the address without it).
		 */
		async function switchLanguage(name: string) {
			const before = new URL(page.url()).pathname;
			await nav().getByRole('link', { name }).click({ timeout: 5_000 });
			// The link asks for a full page load (data-sveltekit-reload): the server sets the cookie.
			await page.waitForURL((u) => u.pathname === before && !u.searchParams.has('lang'), { timeout: 5_000 });
			await page.waitForLoadState('networkidle');
		}
	});
});
