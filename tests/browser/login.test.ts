// Signing in and out in a browser, the session cookie's flags over plain http, the lock-out after
// repeated failures, and a password reset through the link the server logs. One app for the file;
// its administrators are created with the CLI before it starts (a running app locks its data folder).
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app.js';
import { browserUnavailable, expectAxeClean } from '../helpers/browser.js';
import { useAppAndBrowser, usePage } from '../helpers/hooks.js';
import { follow, login, open, pathOf, sessionCookie, SESSION_COOKIE, submit, submitLogin, visit, type Account } from '../helpers/flows.js';

const skip = browserUnavailable();

const variants = [true, false] as const;
const label = (js: boolean) => (js ? 'js' : 'nojs');
/** Per variant: one account to sign in, out and reset, and one to lock out. */
const accounts = Object.fromEntries(
	variants.map((js) => [
		label(js),
		{
			user: { email: `anna-${label(js)}@example.se`, password: 'första lösenordet är långt', name: `Anna ${label(js)}` },
			locked: { email: `lars-${label(js)}@example.se`, password: 'lars lösenord är också långt', name: `Lars ${label(js)}` }
		}
	])
) as Record<string, { user: Account; locked: Account }>;

describe.skipIf(skip)('signing in', () => {
	let browser: Browser;
	let app: RunningApp;
	const admins = Object.values(accounts).flatMap((set) => [set.user, set.locked]);
	useAppAndBrowser({ admins }, (started) => ({ app, browser } = started));

	describe.each(variants)('with JavaScript %s', (javaScript) => {
		const { user, locked } = accounts[label(javaScript)]!;
		let context: BrowserContext;
		let page: Page;
		usePage(() => browser, { javaScript }, (opened) => ({ context, page } = opened));

		it('shows the sign-in page without a setup redirect (the CLI made the administrator)', async () => {
			const res = await visit(page, app.url, '/logga-in');
			expect(res.status()).toBe(200);
			expect(pathOf(page)).toBe('/logga-in');
			expect(await page.title()).toBe('Logga in – Målkarta');
		});

		it('refuses a wrong password with the Swedish message and no session', async () => {
			const res = await submitLogin(page, app.url, user.email, 'fel lösenord helt enkelt');
			expect(res.status()).toBe(400);
			expect(pathOf(page)).toBe('/logga-in');
			await expect.poll(() => page.getByRole('alert').textContent()).toContain('Fel e-postadress eller lösenord.');
			// The address typed is kept; the password is not sent back.
			expect(await page.getByLabel('E-postadress').inputValue()).toBe(user.email);
			expect(await page.getByLabel('Lösenord', { exact: true }).inputValue()).toBe('');
			expect(await sessionCookie(context)).toBeUndefined();
			await expectAxeClean(page);
		});

		it('signs in with the right password: the header names the user and offers "Logga ut"', async () => {
			await login(page, app.url, user);
			expect(pathOf(page)).toBe('/');
			expect(await page.getByRole('button', { name: 'Logga ut' }).isVisible()).toBe(true);
			expect(await page.getByRole('navigation').getByRole('link', { name: 'Logga in' }).count()).toBe(0);
			await expectAxeClean(page);
		});

		it('sets the session cookie HttpOnly, SameSite=Lax, Path=/ and not Secure over plain http', async () => {
			const cookie = await sessionCookie(context);
			expect(cookie, `cookies: ${JSON.stringify(await context.cookies())}`).toBeDefined();
			expect(cookie!.httpOnly).toBe(true);
			expect(cookie!.sameSite).toBe('Lax');
			expect(cookie!.path).toBe('/');
			expect(cookie!.secure).toBe(false);
			expect(cookie!.value.length).toBeGreaterThanOrEqual(20);
			// A session cookie that outlives the browser, with an expiry in the future.
			expect(cookie!.expires * 1000).toBeGreaterThan(Date.now());
			if (javaScript) expect(await page.evaluate('document.cookie')).not.toContain(SESSION_COOKIE);
		});

		it('keeps the session on the next page load', async () => {
			await visit(page, app.url, '/mal');
			await expect.poll(() => page.locator('.signed-in').textContent()).toBe(`Inloggad som ${user.name}`);
		});

		it('signs out: the cookie is gone and the page says "Du är utloggad."', async () => {
			const res = await submit(page, page.getByRole('button', { name: 'Logga ut' }));
			expect(res.status()).toBe(200);
			expect(pathOf(page)).toBe('/logga-in?utloggad');
			await expect.poll(() => page.getByRole('status').textContent()).toBe('Du är utloggad.');
			expect(await sessionCookie(context)).toBeUndefined();
			expect(await page.locator('.signed-in').count()).toBe(0);
			await expectAxeClean(page);
			// The old session is over on the server too: a page load shows no one signed in.
			await visit(page, app.url, '/');
			expect(await page.locator('.signed-in').count()).toBe(0);
		});

		it('holds back an account and address pair after 5 failed attempts: 429 with the Swedish message, also for the right password from that address', async () => {
			for (let i = 1; i <= 5; i++) {
				const res = await submitLogin(page, app.url, locked.email, `fel lösenord nummer ${i}`);
				expect(res.status(), `attempt ${i}`).toBe(400);
			}
			const res = await submitLogin(page, app.url, locked.email, locked.password);
			expect(res.status()).toBe(429);
			await expect
				.poll(() => page.getByRole('alert').textContent())
				.toContain('För många försök på kort tid. Vänta några minuter och försök igen.');
			expect(await sessionCookie(context)).toBeUndefined();
			expect(await page.locator('.signed-in').count()).toBe(0);
			await expectAxeClean(page);
		});

		it('resets a forgotten password through the link in the server log', async () => {
			const newPassword = 'ett helt nytt och långt lösenord';

			await visit(page, app.url, '/logga-in');
			await follow(page, page.getByRole('link', { name: 'Glömt lösenordet?' }), '/aterstall-losenord');
			await expect.poll(() => page.locator('h1').textContent()).toBe('Återställ lösenord');
			await expectAxeClean(page);
			await page.getByLabel('E-postadress').fill(user.email);
			const sent = await submit(page, page.getByRole('button', { name: 'Skicka länk' }));
			expect(sent.status()).toBe(200);
			await expect.poll(() => page.getByRole('status').textContent()).toContain('Om adressen finns hos oss har en länk skapats.');
			await expectAxeClean(page);

			const escaped = user.email.replace(/[.+]/g, '\\$&');
			const line = await app.waitForLine(new RegExp(`"email":"${escaped}".*aterstall-losenord/`));
			const link = /"link":"([^"]+)"/.exec(line)![1]!;
			expect(link.startsWith(`${app.url}/aterstall-losenord/`)).toBe(true);

			const opened = await visit(page, link, '');
			expect(opened.status()).toBe(200);
			expect(await page.locator('h1').textContent()).toBe('Välj nytt lösenord');

			// Two different passwords: a Swedish error on the second field, and the link still works.
			await page.getByLabel('Nytt lösenord').fill(newPassword);
			await page.getByLabel('Upprepa lösenordet').fill(newPassword + ' men annorlunda');
			const mismatch = await submit(page, page.getByRole('button', { name: 'Spara nytt lösenord' }));
			expect(mismatch.status()).toBe(400);
			await expect.poll(() => page.locator('#field-passwordConfirm-error').textContent()).toBe('Lösenorden stämmer inte överens.');
			expect(await page.locator('#field-passwordConfirm').getAttribute('aria-invalid')).toBe('true');
			await expectAxeClean(page);

			await page.getByLabel('Nytt lösenord').fill(newPassword);
			await page.getByLabel('Upprepa lösenordet').fill(newPassword);
			const saved = await submit(page, page.getByRole('button', { name: 'Spara nytt lösenord' }));
			expect(saved.status()).toBe(200);
			expect(pathOf(page)).toBe('/logga-in?reset');
			await expect.poll(() => page.getByRole('status').textContent()).toBe('Lösenordet är bytt. Logga in med det nya lösenordet.');
			await expectAxeClean(page);

			// The link is used up.
			const again = await open(page, link);
			expect(again.status()).toBe(404);
			await expect.poll(() => page.locator('main').textContent()).toContain('Länken är ogiltig, redan använd eller för gammal.');
			await expectAxeClean(page);

			// The old password no longer works; the new one does.
			const old = await submitLogin(page, app.url, user.email, user.password);
			expect(old.status()).toBe(400);
			await login(page, app.url, { ...user, password: newPassword });
			expect(await sessionCookie(context)).toBeDefined();
		});
	});
});
