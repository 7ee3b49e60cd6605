// What someone types before the page's script has started is kept: on a slow phone the form shows before
// the app hydrates, and hydration must not wipe a name or an e-mail already typed (it did when inputs were
// rendered with a `value` the script wrote back). The script is held back on purpose, the field filled,
// then the script let through; the field must still hold the text, and the form must go through with it.
import { describe, expect, it } from 'vitest';
import type { Browser, Route } from 'playwright-core';
import type { RunningApp } from '../helpers/app.js';
import { browserUnavailable, newContext } from '../helpers/browser.js';
import { useAppAndBrowser } from '../helpers/hooks.js';
import { ready } from '../helpers/flows.js';

describe.skipIf(browserUnavailable())('typing before the page has hydrated', () => {
	let app: RunningApp;
	let browser: Browser;
	useAppAndBrowser({ demo: true }, (started) => ({ app, browser } = started));

	for (const { path, label, text } of [
		{ path: '/logga-in', label: 'E-postadress', text: 'sara@kommun.se' },
		{ path: '/delta', label: 'Kod', text: 'XYZ 234' },
		{ path: '/delta?kod=ABCDEF', label: 'Vad heter du?', text: 'Kim' }
	]) {
		it(`keeps what was typed on ${path} once the script runs`, async () => {
			const context = await newContext(browser, { javaScript: true });
			try {
				const page = await context.newPage();
				const held: Route[] = [];
				let release = false;
				await page.route('**/_app/immutable/**', (route) => (release ? route.continue() : void held.push(route)));
				// Module scripts hold up DOMContentLoaded, so wait for the field itself rather than a load event.
				await page.goto(app.url + path, { waitUntil: 'commit' });
				const field = page.getByLabel(label, { exact: true });
				await field.waitFor();
				await field.fill(text);
				release = true;
				for (const route of held.splice(0)) await route.continue();
				await ready(page);
				expect(await field.inputValue()).toBe(text);
			} finally {
				await context.close();
			}
		});
	}
});
