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
 * Clicks a submit button (or a link that leaves the page) and waits for the full page load it causes,
 * returning the response of the page finally shown (after any redirects). The forms here are plain
 * HTML forms, so this is a real navigation whether JavaScript is on or off.
 */
export async function submit(page: Page, button: Locator): Promise<Response> {
	const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
	if (!response) throw new Error(`No navigation after clicking ${button}`);
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
	const response = await page.goto(baseUrl + pathname, { waitUntil: 'load' });
	if (!response) throw new Error(`No response for ${pathname}`);
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
		await page.goto(baseUrl + '/logga-in', { waitUntil: 'load' });
	}
	await page.getByLabel('E-postadress').fill(email);
	await page.getByLabel('Lösenord', { exact: true }).fill(password);
	return submit(page, page.locator('main').getByRole('button', { name: 'Logga in' }));
}

/** Signs in with the form and checks that it worked: the header names the user. */
export async function login(page: Page, baseUrl: string, account: Account): Promise<Response> {
	const response = await submitLogin(page, baseUrl, account.email, account.password);
	expect(response.status()).toBe(200);
	await expect.poll(() => page.locator('.signed-in').textContent()).toBe(`Inloggad som ${account.name}`);
	return response;
}

export async function sessionCookie(context: BrowserContext): Promise<Cookie | undefined> {
	return (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
}

/** A unique address for one account of one test run. */
export function uniqueEmail(prefix: string): string {
	return `${prefix}-${Math.random().toString(36).slice(2, 8)}@example.se`;
}
