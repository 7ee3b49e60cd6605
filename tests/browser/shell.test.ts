// The page shell in a real browser, JavaScript on and off: landmarks, one h1, a titled page, a skip link
// that is the first thing Tab reaches and moves focus to main, no horizontal scrolling at 320 px, axe clean,
// and a title of its own for every page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app.js';
import { browserUnavailable, expectAxeClean, newContext } from '../helpers/browser.js';
import { useAppAndBrowser } from '../helpers/hooks.js';

const pages = [
	{ path: '/', status: 200 },
	{ path: '/mal', status: 200 },
	{ path: '/mal/6', status: 200 },
	{ path: '/mal?q=avlopp', status: 200 },
	{ path: '/finns-inte', status: 404 }
];

describe.skipIf(browserUnavailable())('the page shell', () => {
	let app: RunningApp;
	let browser: Browser;
	// With the demo loaded there are users, so / is the home page rather than the first-run setup.
	useAppAndBrowser({ demo: true }, (started) => ({ app, browser } = started));

	async function open(page: Page, path: string, javaScript: boolean) {
		// With JavaScript on, wait for the app to hydrate before pressing keys.
		const response = await page.goto(app.url + path, { waitUntil: javaScript ? 'networkidle' : 'load' });
		return response!;
	}

	const activeElement = (page: Page) =>
		page.evaluate(
			`(() => { const e = document.activeElement; return e ? { tag: e.tagName.toLowerCase(), id: e.id, href: e.getAttribute('href'), cls: e.className } : null; })()`
		) as Promise<{ tag: string; id: string; href: string | null; cls: string } | null>;

	describe.each([
		['on', true],
		['off', false]
	])('JavaScript %s', (_label, javaScript) => {
		let context: BrowserContext;
		beforeAll(async () => {
			context = await newContext(browser, { javaScript });
		});
		afterAll(async () => {
			await context?.close();
		});

		it.each(pages)('$path: landmarks, one h1, title, skip link, axe clean', async ({ path, status }) => {
			const page = await context.newPage();
			try {
				const response = await open(page, path, javaScript);
				expect(response.status()).toBe(status);
				expect(await page.getAttribute('html', 'lang')).toBe('sv');

				expect(await page.getByRole('banner').count(), 'one <header> landmark').toBe(1);
				expect(await page.getByRole('navigation').count(), 'a <nav> landmark').toBeGreaterThanOrEqual(1);
				expect(await page.getByRole('main').count(), 'one <main> landmark').toBe(1);
				expect(await page.getByRole('contentinfo').count(), 'one <footer> landmark').toBe(1);
				expect(await page.locator('h1').count(), 'exactly one h1').toBe(1);
				expect(await page.title()).toMatch(/^\S.* – Målkarta$/);

				await page.keyboard.press('Tab');
				const first = await activeElement(page);
				expect(first, 'the skip link is the first focusable element').toMatchObject({ tag: 'a', href: '#main' });
				await page.keyboard.press('Enter');
				await page.waitForFunction('document.activeElement && document.activeElement.id === "main"', null, {
					timeout: 2_000,
					polling: javaScript ? 'raf' : 100
				}).catch(() => undefined);
				expect(await activeElement(page), 'the skip link moves focus to main').toMatchObject({ tag: 'main', id: 'main' });

				await expectAxeClean(page);

				await page.setViewportSize({ width: 320, height: 640 });
				const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
				expect(overflow, 'no horizontal scrolling at 320 px').toBeLessThanOrEqual(0);
			} finally {
				await page.close();
			}
		});
	});

	it('gives every page a title of its own', async () => {
		const context = await newContext(browser, { javaScript: false });
		try {
			const page = await context.newPage();
			const titles = new Map<string, string>();
			for (const { path } of pages) {
				if (path.includes('?')) continue; // the same page with a search
				await open(page, path, false);
				titles.set(path, await page.title());
			}
			const seen = new Map<string, string>();
			const clashes: string[] = [];
			for (const [path, title] of titles) {
				if (seen.has(title)) clashes.push(`${seen.get(title)} and ${path}: "${title}"`);
				else seen.set(title, path);
			}
			expect(clashes, 'pages sharing a title').toEqual([]);
		} finally {
			await context.close();
		}
	});
});
