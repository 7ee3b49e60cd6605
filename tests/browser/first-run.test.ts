// First run in a browser: a new installation without users sends everyone to /installera, where only
// the one-time setup code from the server log creates the system administrator. Each variant
// (JavaScript on and off) gets its own fresh app, since the first success closes setup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../helpers/app.js';
import { browserUnavailable, expectAxeClean, launchBrowser, newContext } from '../helpers/browser.js';
import { usePage } from '../helpers/hooks.js';
import { pathOf, sessionCookie, submit, visit } from '../helpers/flows.js';

const skip = browserUnavailable();

describe.skipIf(skip)('first run', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	describe.each([true, false])('with JavaScript %s', (javaScript) => {
		let app: RunningApp;
		let context: BrowserContext;
		let page: Page;
		let code: string;
		const admin = { name: 'Sara Systemsson', email: 'sara@example.se', password: 'ett långt lösenord för installationen' };

		usePage(() => browser, { javaScript }, (opened) => ({ context, page } = opened));
		beforeAll(async () => {
			app = await startApp({ demo: false });
		});
		afterAll(async () => {
			await app?.stop();
		});

		async function fill(values: { code?: string; displayName?: string; email?: string; password?: string; passwordConfirm?: string }) {
			await page.getByLabel('Engångskod för installation').fill(values.code ?? '');
			await page.getByLabel('Ditt namn').fill(values.displayName ?? '');
			await page.getByLabel('E-postadress').fill(values.email ?? '');
			await page.getByLabel('Nytt lösenord').fill(values.password ?? '');
			await page.getByLabel('Upprepa lösenordet').fill(values.passwordConfirm ?? '');
		}
		const createButton = () => page.getByRole('button', { name: 'Skapa systemadministratör' });

		it('prints the one-time setup code in the server log', async () => {
			const line = await app.waitForLine(/Engångskod för installation: [A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/);
			code = /([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/.exec(line)![1]!;
			expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
		});

		it('sends GET / to /installera while there are no users', async () => {
			const res = await visit(page, app.url, '/');
			expect(res.status()).toBe(200);
			expect(pathOf(page)).toBe('/installera');
			await expect.poll(() => page.locator('h1').textContent()).toBe('Installera Målkarta');
			expect(await page.title()).toBe('Installera Målkarta – Målkarta');
			expect(await page.getAttribute('html', 'lang')).toBe('sv');
		});

		it('answers an empty form with 400 and Swedish errors next to each field', async () => {
			const res = await submit(page, createButton());
			expect(res.status()).toBe(400);
			expect(pathOf(page)).toBe('/installera');
			const expected: Record<string, string> = {
				code: 'Fältet måste fyllas i.',
				displayName: 'Fältet måste fyllas i.',
				email: 'Fältet måste fyllas i.',
				password: 'Fältet måste fyllas i.'
			};
			for (const [field, message] of Object.entries(expected)) {
				await expect.poll(() => page.locator(`#field-${field}-error`).textContent()).toBe(message);
				expect(await page.locator(`#field-${field}`).getAttribute('aria-invalid')).toBe('true');
				expect(await page.locator(`#field-${field}`).getAttribute('aria-describedby')).toContain(`field-${field}-error`);
			}
			const summary = page.getByRole('alert');
			expect(await summary.getByRole('heading').textContent()).toBe('Formuläret innehåller fel');
			expect(await summary.getByRole('link').count()).toBeGreaterThanOrEqual(4);
			await expectAxeClean(page);
		});

		it('refuses a wrong setup code with a Swedish error on the code field and keeps the other values', async () => {
			const wrong = code === 'ABCD-EFGH-JKLM' ? 'MLKJ-HGFE-DCBA' : 'ABCD-EFGH-JKLM';
			await fill({ code: wrong, displayName: admin.name, email: admin.email, password: admin.password, passwordConfirm: admin.password });
			const res = await submit(page, createButton());
			expect(res.status()).toBe(400);
			expect(pathOf(page)).toBe('/installera');
			await expect
				.poll(() => page.locator('#field-code-error').textContent())
				.toBe('Engångskoden stämmer inte. Kontrollera serverns logg.');
			expect(await page.locator('#field-code').getAttribute('aria-invalid')).toBe('true');
			expect(await page.getByLabel('Ditt namn').inputValue()).toBe(admin.name);
			expect(await page.getByLabel('E-postadress').inputValue()).toBe(admin.email);
			// Passwords are never sent back into the page.
			expect(await page.getByLabel('Nytt lösenord').inputValue()).toBe('');
			expect(await sessionCookie(context)).toBeUndefined();
			await expectAxeClean(page);
		});

		it('creates the administrator with the right code and lands signed in on /admin', async () => {
			await fill({ code, displayName: admin.name, email: admin.email, password: admin.password, passwordConfirm: admin.password });
			const res = await submit(page, createButton());
			expect(res.status()).toBe(200);
			expect(pathOf(page)).toBe('/admin');
			await expect.poll(() => page.locator('.signed-in').textContent()).toBe(`Inloggad som ${admin.name}`);
			expect(await page.getByRole('button', { name: 'Logga ut' }).isVisible()).toBe(true);
			expect(await page.getByRole('navigation').getByRole('link', { name: 'Systemadministration' }).isVisible()).toBe(true);
			expect(await sessionCookie(context)).toBeDefined();
			await expectAxeClean(page);
		});

		it('closes setup: /installera now redirects to /logga-in', async () => {
			// A new visitor (no session) is the one who must not reach the form any more.
			const other = await newContext(browser, { javaScript });
			try {
				const otherPage = await other.newPage();
				const res = await visit(otherPage, app.url, '/installera');
				expect(res.status()).toBe(200);
				expect(pathOf(otherPage)).toBe('/logga-in');
				await expect.poll(() => otherPage.locator('h1').textContent()).toBe('Logga in');
				// And the start page no longer sends anyone to the setup form.
				await visit(otherPage, app.url, '/');
				expect(pathOf(otherPage)).toBe('/');
			} finally {
				await other.close();
			}
		});

		it('refuses a second setup posted with the old code (the form action is closed too)', async () => {
			const form = (body: Record<string, string>) => ({
				method: 'POST',
				headers: { origin: app.url, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
				body: new URLSearchParams(body),
				redirect: 'manual' as const
			});
			const mallory = { email: 'mallory@example.se', password: 'x'.repeat(12) };
			const res = await fetch(app.url + '/installera', form({ code, displayName: 'Mallory', ...mallory, passwordConfirm: mallory.password }));
			await res.arrayBuffer();
			expect(res.status).toBe(303);
			expect(res.headers.get('location')).toBe('/logga-in');
			// No account was made: signing in with it fails.
			const signIn = await fetch(app.url + '/logga-in', form(mallory));
			expect(signIn.status).toBe(400);
			expect(await signIn.text()).toContain('Fel e-postadress eller lösenord.');
		});
	});
});
