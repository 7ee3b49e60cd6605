// Shared steps for the browser tests: creating an administrator with the CLI before the app starts,
// submitting a form and waiting for the page it leads to, signing in, and reading the session cookie.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { BrowserContext, Cookie, Locator, Page, Response } from 'playwright-core';
import { expect } from 'vitest';
import { expectAxeClean } from './browser.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/** The session cookie's name over plain http (over https it is `__Host-malkarta_session`). */
export const SESSION_COOKIE = 'malkarta_session';

export interface Account {
	email: string;
	password: string;
	name: string;
}

/**
 * Runs `create-admin` of the CLI against an embedded data folder, the password on standard input.
 * Must run before the app starts on that folder: the running app holds its lock.
 */
export function createAdminViaCli(dataDir: string, account: Account): Promise<void> {
	const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production', DEMO: '0' };
	delete env.DATABASE_URL;
	const child = spawn(
		path.join(root, 'node_modules', '.bin', 'tsx'),
		['src/cli/index.ts', 'create-admin', '--email', account.email, '--name', account.name],
		{ cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] }
	);
	let out = '';
	child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
	child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
	child.stdin.end(account.password + '\n');
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code) => {
			if (code === 0) resolve();
			else reject(new Error(`create-admin ${account.email} exited with ${code}:\n${out}`));
		});
	});
}

/**
 * With JavaScript on, waits until SvelteKit has started its client router on the page (its first step
 * sets history.scrollRestoration to "manual"), so that a click goes through the app's own handlers as
 * a user's would, not through the plain HTML that is there before. With JavaScript off it returns at once.
 */
export async function ready(page: Page): Promise<void> {
	const app = await page.evaluate(() => Object.keys(globalThis).some((k) => k.startsWith('__sveltekit')));
	if (app) await page.waitForFunction(() => history.scrollRestoration === 'manual', undefined, { timeout: 10_000 });
}

/** Opens an address in a full page load and waits until the page is ready; returns the answer. */
export async function open(page: Page, url: string): Promise<Response> {
	const response = await page.goto(url, { waitUntil: 'load' });
	if (!response) throw new Error(`No response for ${url}`);
	await ready(page);
	return response;
}

/**
 * Clicks a submit button (or a link that leaves the page) and waits for the full page load it causes,
 * returning the response of the page finally shown (after any redirects). The forms here are plain
 * HTML forms, so this is a real navigation whether JavaScript is on or off.
 */
export async function submit(page: Page, button: Locator): Promise<Response> {
	const deadline = Date.now() + 30_000;
	const next = () => page.waitForNavigation({ waitUntil: 'load', timeout: Math.max(1, deadline - Date.now()) });
	const pending = next();
	await button.click();
	let response = await pending;
	// A same-document history update (the client router's own bookkeeping) resolves with null: keep waiting.
	while (!response) response = await next();
	await ready(page);
	return response;
}

/**
 * Follows a link and waits until the page shows `pathname`. With JavaScript on, SvelteKit's router
 * handles the click inside the page (no new document), so this waits for the address and the network
 * to settle rather than for a load event.
 */
export async function follow(page: Page, link: Locator, pathname: string | RegExp): Promise<void> {
	await link.click();
	await page.waitForURL((u) => (typeof pathname === 'string' ? u.pathname === pathname : pathname.test(u.pathname + u.search)));
	await page.waitForLoadState('networkidle');
}

/** Opens a path of the app in a full page load and checks it with axe. */
export async function visit(page: Page, baseUrl: string, pathname: string): Promise<Response> {
	const response = await open(page, baseUrl + pathname);
	await expectAxeClean(page);
	return response;
}

/** The pathname (and query) the page shows now. */
export function pathOf(page: Page): string {
	const u = new URL(page.url());
	return u.pathname + u.search;
}

/** Fills the sign-in form at /logga-in and submits it; returns the answer (not checked). */
export async function submitLogin(page: Page, baseUrl: string, email: string, password: string): Promise<Response> {
	if (new URL(page.url()).pathname !== '/logga-in' || !page.url().startsWith(baseUrl)) {
		await open(page, baseUrl + '/logga-in');
	}
	await page.getByLabel('E-postadress').fill(email);
	await page.getByLabel('Lösenord', { exact: true }).fill(password);
	return submit(page, page.locator('main').getByRole('button', { name: 'Logga in' }));
}

/** Signs in with the form and checks that it worked: the header names the user. */
export async function login(page: Page, baseUrl: string, account: Account): Promise<Response> {
	const response = await submitLogin(page, baseUrl, account.email, account.password);
	expect(response.status()).toBe(200);
	await page.locator('.signed-in').waitFor({ timeout: 5_000 });
	expect(await page.locator('.signed-in').textContent()).toBe(`Inloggad som ${account.name}`);
	return response;
}

export async function sessionCookie(context: BrowserContext): Promise<Cookie | undefined> {
	return (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
}

/** A unique address for one account of one test run. */
export function uniqueEmail(prefix: string): string {
	return `${prefix}-${Math.random().toString(36).slice(2, 8)}@example.se`;
}

/** The organisation id in an address like /org/<id>/…, or null. */
export function orgIdOf(page: Page): string | null {
	return /\/org\/([0-9a-f-]{36})/.exec(new URL(page.url()).pathname)?.[1] ?? null;
}

/** The invitation link shown once after creating an invitation (a read-only field). */
export async function shownInvitationLink(page: Page): Promise<string> {
	const link = await page.getByLabel('Inbjudningslänk').inputValue();
	expect(link).toMatch(/\/inbjudan\/[a-z2-7]{32}$/);
	return link;
}

/**
 * As the signed-in system administrator: creates an organisation with its first samordnare at /admin
 * and returns the invitation link shown on screen.
 */
export async function createOrganisation(page: Page, baseUrl: string, org: { name: string; samordnareEmail: string }): Promise<string> {
	await visit(page, baseUrl, '/admin');
	const form = page.locator('form[action="?/create"]');
	await form.getByLabel('Namn').fill(org.name);
	await form.getByLabel('E-postadress till första samordnaren').fill(org.samordnareEmail);
	const res = await submit(page, form.getByRole('button', { name: 'Skapa organisation' }));
	expect(res.status()).toBe(200);
	expect(await page.getByRole('status').first().textContent({ timeout: 5_000 })).toContain(`Organisationen ${org.name} är skapad.`);
	return shownInvitationLink(page);
}

/** Opens an invitation link without an account, creates the account and returns the organisation id it lands in. */
export async function registerWithInvitation(page: Page, link: string, account: { name: string; password: string }): Promise<string> {
	await open(page, link);
	await page.getByLabel('Ditt namn').fill(account.name);
	await page.getByLabel('Lösenord', { exact: true }).fill(account.password);
	await page.getByLabel('Upprepa lösenordet').fill(account.password);
	const res = await submit(page, page.getByRole('button', { name: 'Skapa konto och gå med' }));
	expect(res.status()).toBe(200);
	const orgId = orgIdOf(page);
	expect(orgId, `landed on ${page.url()}`).not.toBeNull();
	return orgId!;
}

/** As a samordnare: invites someone at /org/<id>/medlemmar and returns the link shown on screen. */
export async function invite(page: Page, baseUrl: string, orgId: string, who: { email: string; role: string }): Promise<string> {
	await visit(page, baseUrl, `/org/${orgId}/medlemmar`);
	const form = page.locator('form[action="?/invite"]');
	await form.getByLabel('E-postadress').fill(who.email);
	await form.getByLabel('Roll').selectOption({ label: who.role });
	const res = await submit(page, form.getByRole('button', { name: 'Skapa inbjudan' }));
	expect(res.status()).toBe(200);
	expect(await page.getByRole('status').first().textContent({ timeout: 5_000 })).toContain(`Inbjudan till ${who.email} är skapad.`);
	return shownInvitationLink(page);
}
