// The nulägesanalys in a browser, JavaScript on and off, axe on every state: the demo samordnare of
// Alingsås opens the builder from the list of cycles (sections in order), edits the prefilled social
// conclusion (saved as you type with JavaScript, by the form without), sees the saved version with author
// and time, restores an earlier one, downloads the DOCX and the XLSX, publishes, and a signed-out visitor
// reads the published page (axe clean, the accessibility statement linked).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app.js';
import { browserUnavailable, expectAxeClean, newContext } from '../helpers/browser.js';
import { useAppAndBrowser, usePage } from '../helpers/hooks.js';
import { follow, login, open, submit, visit, type Account } from '../helpers/flows.js';
import { demoLogin, orgIdsIn } from '../isolation/http-client.js';

const skip = browserUnavailable();
const HEADINGS = [
	'1. Inledning och metod',
	'2. Kommunens styrning',
	'3. Kartläggningen',
	'4. Styrkor, luckor, synergier och målkonflikter',
	'5. Befintlig statistik',
	'6. Utmaningar och möjligheter per dimension',
	'7. Slutsatser',
	'8. Bilagor'
];

describe.skipIf(skip)('the nulägesanalys', () => {
	let browser: Browser;
	let app: RunningApp;
	let samordnare: Account;

	useAppAndBrowser({ demo: true }, (started) => ({ app, browser } = started));
	beforeAll(() => {
		const l = demoLogin(app.output(), 'samordnare', 'Alingsås');
		samordnare = { email: l.email, password: l.password, name: 'Sara Samordnare' };
	});

	describe.each([true, false])('with JavaScript %s', (javaScript) => {
		let page: Page;
		let orgId: string;
		let builder: string;
		const tag = javaScript ? 'med skript' : 'utan skript';
		const social = () => page.locator('textarea#conclusion-social');

		usePage(() => browser, { javaScript }, (opened) => ({ page } = opened));
		beforeAll(async () => {
			await login(page, app.url, samordnare);
			orgId = orgIdsIn(await page.content())[0]!;
		});

		/** Saves the social conclusion: typed and left to save itself with JavaScript, the form's button without. */
		async function saveSocial(text: string) {
			await social().fill(text);
			if (javaScript) {
				await page.locator('#conclusion-social-status').filter({ hasText: /^Sparad som version \d+\.$/ }).waitFor({ timeout: 10_000 });
				await page.locator('[data-versions="social"] li', { hasText: text }).first().waitFor({ state: 'attached' });
			} else {
				const res = await submit(page, page.locator('form[data-conclusion="social"]').getByRole('button', { name: 'Spara slutsatsen' }));
				expect(res.status()).toBe(200);
				expect(await page.getByRole('status').first().textContent()).toBe('Slutsatsen är sparad.');
			}
		}

		it('opens the builder from the list of cycles, sections in order, the conclusion prefilled', async () => {
			await visit(page, app.url, `/org/${orgId}/nulage`);
			await follow(page, page.getByRole('link', { name: 'Nulägesanalys för Kartläggning 2025', exact: true }), /\/nulage\/[0-9a-f-]{36}$/);
			builder = new URL(page.url()).pathname;
			expect(await page.locator('h1').textContent()).toBe('Nulägesanalys Agenda 2030 – Alingsås');
			expect(await page.locator('section.report-section > h2').allTextContents()).toEqual(HEADINGS);
			expect(await page.locator('[data-figure]').count()).toBe(3);
			if (javaScript) expect((await social().inputValue()).length).toBeGreaterThan(0);
			await expectAxeClean(page);
		});

		it('edits the prefilled conclusion and sees the saved version with author and time', async () => {
			await open(page, app.url + builder);
			await saveSocial(`Första slutsatsen ${tag}.`);
			await saveSocial(`Andra slutsatsen ${tag}.`);
			await open(page, app.url + builder);
			expect(await social().inputValue()).toBe(`Andra slutsatsen ${tag}.`);
			const versions = page.locator('[data-versions="social"]');
			await versions.locator('summary').click();
			const newest = versions.locator('li').first();
			expect(await newest.innerText()).toMatch(/^Version \d+ – Sara Samordnare, \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
			expect(await newest.innerText()).toContain(`Andra slutsatsen ${tag}.`);
			await expectAxeClean(page);
		});

		it('restores an earlier version as a new one', async () => {
			const versions = page.locator('[data-versions="social"]');
			const earlier = versions.locator('li', { hasText: `Första slutsatsen ${tag}.` }).first();
			const number = Number(await earlier.getAttribute('data-version'));
			const res = await submit(page, earlier.getByRole('button', { name: `Återställ version ${number}` }));
			expect(res.status()).toBe(200);
			expect(await page.getByRole('status').first().textContent()).toBe('Den tidigare versionen är återställd som en ny version.');
			expect(await social().inputValue()).toBe(`Första slutsatsen ${tag}.`);
			await page.locator('[data-versions="social"] summary').click();
			expect(await page.locator('[data-versions="social"] li').first().innerText()).toContain(`(återställd från version ${number})`);
			await expectAxeClean(page);
		});

		it('downloads the DOCX and the XLSX', async () => {
			for (const [format, ext] of [
				['docx', '.docx'],
				['xlsx', '.xlsx']
			] as const) {
				const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`a[data-export="${format}"]`).click()]);
				expect(download.suggestedFilename()).toBe(`Nulägesanalys – Alingsås – Kartläggning 2025${ext}`);
				expect(await download.failure()).toBeNull();
			}
		});

		it('publishes; a signed-out visitor reads the published page', async () => {
			const res = await submit(page, page.getByRole('button', { name: 'Publicera den här versionen' }));
			expect(res.status()).toBe(200);
			const link = page.locator('a[data-publication]').first();
			const href = (await link.getAttribute('href'))!;
			expect(href).toMatch(/^\/publicerad\/[a-z2-7]+$/);
			const visitor = await newContext(browser, { javaScript });
			try {
				const p = await visitor.newPage();
				const answer = await open(p, app.url + href);
				expect(answer.status()).toBe(200);
				expect(await p.locator('h1').textContent()).toBe('Nulägesanalys Agenda 2030 – Alingsås');
				expect(await p.locator('section.report-section > h2').allTextContents()).toEqual(HEADINGS);
				expect(await p.locator('main').innerText()).toContain(`Första slutsatsen ${tag}.`);
				expect(await p.locator('textarea').count()).toBe(0);
				expect(await p.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).getAttribute('href')).toBe('/tillganglighet');
				await expectAxeClean(p);
				await visit(p, app.url, '/tillganglighet');
			} finally {
				await visitor.close();
			}
		});
	});
});
