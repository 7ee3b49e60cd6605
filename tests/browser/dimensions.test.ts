// The dimensions page in a browser, JavaScript on and off, axe on every state: the demo samordnare of
// Alingsås opens it from the organisation page, sees the default grouping (wedding cake) ticked, moves
// goal 12 into Ekologisk too and saves (a notice; a reload shows the box ticked and the own grouping in
// use); a goal left in no dimension is refused with the Swedish error next to it and in the summary, the
// other boxes as they were sent; "Återställ standardindelningen" brings the default back. A box is ticked
// from the keyboard with the space bar; the page fits a 320 px wide screen.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app.js';
import { browserUnavailable, expectAxeClean } from '../helpers/browser.js';
import { useAppAndBrowser, usePage } from '../helpers/hooks.js';
import { follow, login, open, submit, visit, type Account } from '../helpers/flows.js';
import { demoLogin, orgIdsIn } from '../isolation/http-client.js';

const skip = browserUnavailable();

const DEFAULT = {
	ekologisk: [6, 13, 14, 15, 17],
	social: [1, 2, 3, 4, 5, 7, 11, 16, 17],
	ekonomisk: [8, 9, 10, 12, 17]
} as const;

describe.skipIf(skip)('the dimensions page', () => {
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

		usePage(() => browser, { javaScript }, (opened) => ({ page } = opened));
		beforeAll(async () => {
			await login(page, app.url, samordnare);
			orgId = orgIdsIn(await page.content())[0]!;
		});

		const box = (goal: number, dimension: 'Social' | 'Ekologisk' | 'Ekonomisk') =>
			page.locator(`fieldset[data-goal="${goal}"]`).getByRole('checkbox', { name: dimension, exact: true });

		/** Goal numbers ticked per dimension, as the page shows them. */
		async function ticked() {
			const out: Record<string, number[]> = {};
			for (const d of ['social', 'ekologisk', 'ekonomisk']) {
				out[d] = await page.locator(`input[type="checkbox"][name="${d}"]:checked`).evaluateAll((els) => els.map((e) => Number((e as HTMLInputElement).value)));
			}
			return out;
		}

		it('opens from the organisation page with the default grouping ticked', async () => {
			await visit(page, app.url, `/org/${orgId}`);
			await follow(page, page.getByRole('link', { name: 'Hållbarhetsdimensioner', exact: true }), `/org/${orgId}/dimensioner`);
			expect(await page.title()).toBe('Hållbarhetsdimensioner – Alingsås – Målkarta');
			expect(await page.locator('h1').textContent()).toBe('Hållbarhetsdimensioner');
			expect(await page.locator('fieldset[data-goal]').count()).toBe(17);
			expect(await page.locator('fieldset[data-goal="12"] legend').innerText()).toMatch(/^Mål 12\s+Hållbar konsumtion och produktion$/);
			expect(await ticked()).toEqual(DEFAULT);
			expect(await page.locator('[data-grouping]').getAttribute('data-grouping')).toBe('default');
			expect(await page.locator('main').innerText()).toContain('Stockholm Resilience Centres ”bröllopstårta”');
			await expectAxeClean(page);
		});

		it('saves goal 12 in Ekologisk too, by keyboard; a reload shows it', async () => {
			await box(12, 'Ekologisk').focus();
			await page.keyboard.press('Space');
			expect(await box(12, 'Ekologisk').isChecked()).toBe(true);
			const res = await submit(page, page.getByRole('button', { name: 'Spara indelningen' }));
			expect(res.status()).toBe(200);
			expect(await page.getByRole('status').textContent()).toBe('Indelningen är sparad. Rådsvyn räknar dimensionerna efter den.');
			await expectAxeClean(page);
			await open(page, `${app.url}/org/${orgId}/dimensioner`);
			expect(await ticked()).toEqual({ ...DEFAULT, ekologisk: [6, 12, 13, 14, 15, 17] });
			expect(await page.locator('[data-grouping]').getAttribute('data-grouping')).toBe('own');
		});

		it('the council view counts goal 12 in Ekologisk too, and links back to the grouping', async () => {
			await visit(page, app.url, `/org/${orgId}/rad`);
			await page.getByRole('link', { name: 'Kartläggning 2025', exact: true }).click();
			await page.locator('h1', { hasText: 'Kartläggning 2025' }).waitFor();
			const row = page.locator('table[data-table="dimensions"] tr[data-dimension="ekologisk"]');
			expect(await row.locator('td[data-goals]').getAttribute('data-goals')).toBe('6,12,13,14,15,17');
			// The targets of goals 6, 12, 13, 14, 15 and 17: 8 + 11 + 5 + 10 + 12 + 19.
			expect(await row.locator('td[data-total]').getAttribute('data-total')).toBe('65');
			expect(await page.locator('table[data-table="dimensions"] tr[data-dimension="ekonomisk"] td[data-goals]').getAttribute('data-goals')).toBe('8,9,10,12,17');
			await follow(page, page.getByRole('link', { name: 'Ändra indelningen', exact: true }), `/org/${orgId}/dimensioner`);
		});

		it('refuses a goal in no dimension with the Swedish error, keeping what was ticked', async () => {
			await box(3, 'Social').uncheck();
			await box(12, 'Ekonomisk').uncheck();
			const res = await submit(page, page.getByRole('button', { name: 'Spara indelningen' }));
			expect(res.status()).toBe(400);
			const goal3 = page.locator('fieldset[data-goal="3"]');
			expect(await goal3.locator('.field-error').textContent()).toBe('Välj minst en dimension för det här målet.');
			expect(await goal3.getAttribute('aria-describedby')).toBe('dim-goal-3-error');
			expect(await page.locator('fieldset[data-goal="12"] .field-error').count()).toBe(0);
			const summary = page.getByRole('alert');
			expect(await summary.innerText()).toContain('Varje globalt mål måste höra till minst en dimension: Social, Ekologisk eller Ekonomisk.');
			const link = summary.getByRole('link', { name: /^Mål 3 God hälsa och välbefinnande: Välj minst en dimension/ });
			expect(await link.getAttribute('href')).toBe('#dim-goal-3');
			expect(await ticked()).toEqual({ social: DEFAULT.social.filter((g) => g !== 3), ekologisk: [6, 12, 13, 14, 15, 17], ekonomisk: [8, 9, 10, 17] });
			await expectAxeClean(page);
			// nothing was stored
			await open(page, `${app.url}/org/${orgId}/dimensioner`);
			expect(await ticked()).toEqual({ ...DEFAULT, ekologisk: [6, 12, 13, 14, 15, 17] });
		});

		it('restores the default grouping', async () => {
			await page.getByRole('button', { name: 'Återställ standardindelningen' }).focus();
			const res = await submit(page, page.getByRole('button', { name: 'Återställ standardindelningen' }));
			expect(res.status()).toBe(200);
			expect(await page.getByRole('status').textContent()).toBe('Standardindelningen gäller igen.');
			expect(await ticked()).toEqual(DEFAULT);
			expect(await page.locator('[data-grouping]').getAttribute('data-grouping')).toBe('default');
			await expectAxeClean(page);
		});

		it('fits a 320 px wide screen', async () => {
			await page.setViewportSize({ width: 320, height: 800 });
			await open(page, `${app.url}/org/${orgId}/dimensioner`);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
			await expectAxeClean(page);
			await page.setViewportSize({ width: 1280, height: 800 });
		});
	});
});
