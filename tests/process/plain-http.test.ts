// A workshop room without TLS: the app bound to 0.0.0.0 and opened at the machine's own non-loopback
// address over plain http. Forms must post (same-origin check passes, session cookie not Secure so the
// browser keeps it), with JavaScript on and off; a cross-site form POST must still be refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { lanAddress, startApp, type RunningApp } from '../helpers/app.js';
import { browserUnavailable, launchBrowser, newContext } from '../helpers/browser.js';

const admin = { name: 'Test Administratör', email: 'admin@kommun.example', password: 'ett långt lösenord för test 42' };

describe.skipIf(browserUnavailable())('plain http at a non-loopback address', () => {
	let app: RunningApp;
	let browser: Browser;
	let base: string;

	beforeAll(async () => {
		app = await startApp({ host: '0.0.0.0', demo: false });
		base = `http://${lanAddress()}:${app.port}`;
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	/** Submits the page's main form and returns the status of the POST (a document POST or an enhanced fetch). */
	async function submit(page: Page): Promise<number> {
		const [response] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			page.locator('main form button[type=submit]').first().click()
		]);
		return response.status();
	}

	async function sessionCookie(page: Page) {
		return (await page.context().cookies(base)).find((c) => c.name.includes('malkarta_session'));
	}

	it('JavaScript off: the first-run form posts, the administrator is signed in and can sign out', async () => {
		const context = await newContext(browser, { javaScript: false });
		const page = await context.newPage();
		try {
			await page.goto(base + '/');
			expect(new URL(page.url()).pathname).toBe('/installera');

			const code = (await app.waitForLine(/Engångskod för installation: \S+/)).match(/installation: (\S+)/)![1]!;
			await page.fill('input[name=code]', code);
			await page.fill('input[name=displayName]', admin.name);
			await page.fill('input[name=email]', admin.email);
			await page.fill('input[name=password]', admin.password);
			await page.fill('input[name=passwordConfirm]', admin.password);
			const status = await submit(page);
			expect(status, 'a same-origin form POST over plain http must not be refused').not.toBe(403);
			await page.waitForURL((u) => u.pathname === '/admin');
			expect(await page.locator('header').innerText()).toContain(admin.name);

			const cookie = await sessionCookie(page);
			expect(cookie?.name).toBe('malkarta_session');
			expect(cookie?.secure).toBe(false);
			expect(cookie?.httpOnly).toBe(true);

			expect(await submitSignOut(page)).not.toBe(403);
			await page.waitForURL((u) => u.pathname === '/logga-in');
			expect(await sessionCookie(page)).toBeUndefined();
		} finally {
			await context.close();
		}
	});

	it('JavaScript on: the sign-in form posts and signs in; signing out works', async () => {
		const context = await newContext(browser, { javaScript: true });
		const page = await context.newPage();
		try {
			await page.goto(base + '/logga-in', { waitUntil: 'networkidle' });
			await page.fill('input[name=email]', admin.email);
			await page.fill('input[name=password]', admin.password);
			expect(await submit(page)).not.toBe(403);
			await page.waitForURL((u) => u.pathname !== '/logga-in');
			await page.locator('header', { hasText: admin.name }).waitFor();
			expect((await sessionCookie(page))?.secure).toBe(false);

			expect(await submitSignOut(page)).not.toBe(403);
			await page.waitForURL((u) => u.pathname === '/logga-in');
			expect(await sessionCookie(page)).toBeUndefined();
		} finally {
			await context.close();
		}
	});

	it.each([true, false])('the language switch keeps its cookie over plain http (JavaScript %s)', async (javaScript) => {
		const context = await newContext(browser, { javaScript });
		const page = await context.newPage();
		try {
			await page.goto(base + '/logga-in', { waitUntil: javaScript ? 'networkidle' : 'load' });
			expect(await page.getAttribute('html', 'lang')).toBe('sv');
			await page.getByRole('link', { name: 'In English' }).click();
			await page.locator('a[hreflang=sv]', { hasText: 'På svenska' }).waitFor({ timeout: 10_000 });
			expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
			expect((await context.cookies(base)).find((c) => c.name === 'malkarta_lang')?.value).toBe('en');
			await page.reload();
			expect(await page.getAttribute('html', 'lang')).toBe('en');
		} finally {
			await context.close();
		}
	});

	it('refuses a cross-site form POST with 403, also when the client claims https', async () => {
		const post = (origin: string, extra: Record<string, string> = {}) =>
			fetch(base + '/logga-in', {
				method: 'POST',
				redirect: 'manual',
				headers: { origin, 'content-type': 'application/x-www-form-urlencoded', ...extra },
				body: new URLSearchParams({ email: admin.email, password: 'fel lösenord här' })
			});

		const crossSite = await post('http://evil.example');
		expect(crossSite.status).toBe(403);
		expect(await crossSite.text()).toMatch(/Cross-site/i);

		// The wrapper overwrites X-Forwarded-Proto when no TLS proxy is trusted, so this cannot pass the check.
		const spoofed = await post(`https://${lanAddress()}:${app.port}`, { 'x-forwarded-proto': 'https' });
		expect(spoofed.status).toBe(403);

		// Control: the same POST from the page's own origin reaches the action (wrong password → 400).
		const sameOrigin = await post(base);
		expect(sameOrigin.status).toBe(400);
	});

	async function submitSignOut(page: Page): Promise<number> {
		const [response] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			page.locator('form[action="/logga-ut"] button[type=submit]').click()
		]);
		return response.status();
	}
});
