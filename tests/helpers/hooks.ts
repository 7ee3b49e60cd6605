// The set-up and tear-down the browser test files share, as vitest hooks: one app and one Chromium for a
// file, and a browser context with a page for a describe block. Each helper registers its beforeAll and
// afterAll and hands what it started to `bind`, so the tests keep using plain variables.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { removeDir, startApp, tempDataDir, type RunningApp } from './app.js';
import { launchBrowser, newContext, type ContextOptions } from './browser.js';
import { createAdminViaCli, type Account } from './flows.js';

/**
 * The app and Chromium, started together before the file's tests and stopped after them. With `admins`,
 * the CLI makes them in a fresh data folder before the app starts on it (a running app locks its
 * folder); the folder is removed at the end.
 */
export function useAppAndBrowser(
	options: { admins?: Account[]; demo?: boolean },
	bind: (started: { app: RunningApp; browser: Browser }) => void
): void {
	let app: RunningApp | undefined;
	let browser: Browser | undefined;
	let dataDir: string | undefined;
	beforeAll(async () => {
		if (options.admins) {
			dataDir = tempDataDir();
			for (const admin of options.admins) await createAdminViaCli(dataDir, admin);
		}
		[app, browser] = await Promise.all([startApp({ dataDir, demo: options.demo }), launchBrowser()]);
		bind({ app, browser });
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
		removeDir(dataDir);
	});
}

/**
 * A context of `browser()` (JavaScript on or off, see newContext) and a page in it, opened before the
 * describe block's tests and closed after them.
 */
export function usePage(
	browser: () => Browser,
	options: ContextOptions,
	bind: (opened: { context: BrowserContext; page: Page }) => void
): void {
	let context: BrowserContext | undefined;
	beforeAll(async () => {
		context = await newContext(browser(), options);
		bind({ context, page: await context.newPage() });
	});
	afterAll(async () => {
		await context?.close();
	});
}
