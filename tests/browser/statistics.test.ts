// The statistics page in a browser, JavaScript on and off, axe on every state: the demo samordnare of
// Alingsås opens it from the navigation, imports a recorded Kolada file (the counts, the unknown and the
// retired KPI are named), sees the KPIs stored with "Källa: Kolada", and the indicator that follows N15436 on
// the steering page shows Kolada's values for Alingsås and Riket in its table; a file that is not JSON is
// refused next to the field; the comparison is chosen by searching. A läsare sees what is stored, no forms.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app.js';
import { browserUnavailable, expectAxeClean } from '../helpers/browser.js';
import { useAppAndBrowser, usePage } from '../helpers/hooks.js';
import { follow, login, open, submit, visit, type Account } from '../helpers/flows.js';
import { demoLogin, orgIdsIn } from '../isolation/http-client.js';

const skip = browserUnavailable();
const recorded = path.resolve(import.meta.dirname, '../../src/lib/server/kolada/fixtures/recorded-envelope.json');
const notJson = path.resolve(import.meta.dirname, '../../src/lib/server/kolada/fixtures/README.md');

describe.skipIf(skip)('the statistics page', () => {
	let browser: Browser;
	let app: RunningApp;
	const account = (role: string, name: string): Account => {
		const l = demoLogin(app.output(), role, 'Alingsås');
		return { email: l.email, password: l.password, name };
	};

	useAppAndBrowser({ demo: true }, (started) => ({ app, browser } = started));

	describe.each([true, false])('with JavaScript %s', (javaScript) => {
		let page: Page;
		let orgId: string;

		usePage(() => browser, { javaScript }, (opened) => ({ page } = opened));
		beforeAll(async () => {
			await login(page, app.url, account('samordnare', 'Sara Samordnare'));
			orgId = orgIdsIn(await page.content())[0]!;
		});

		/** Sends a form: a full page load without JavaScript, the enhanced request with it. */
		async function send(button: Locator): Promise<number> {
			if (!javaScript) return (await submit(page, button)).status();
			const answer = page.waitForResponse((r) => r.request().method() === 'POST');
			await button.click();
			const status = (await answer).status();
			await page.waitForLoadState('networkidle');
			return status;
		}

		it('opens from the navigation and says where the municipality stands in Kolada', async () => {
			await visit(page, app.url, `/org/${orgId}`);
			await follow(page, page.getByRole('link', { name: 'Statistik', exact: true }), `/org/${orgId}/statistik`);
			expect(await page.title()).toBe('Statistik från Kolada – Alingsås – Målkarta');
			expect(await page.locator('[data-own]').textContent()).toBe('Alingsås (1489)');
			expect(await page.locator('[data-comparison]').getAttribute('data-comparison')).toBe('0000');
			await expectAxeClean(page);
		});

		it('refuses a file that is not JSON next to the field', async () => {
			await page.getByLabel('Fil (JSON, Koladas API version 3)').setInputFiles(notJson);
			expect(await send(page.getByRole('button', { name: 'Importera filen' }))).toBe(400);
			expect(await page.locator('#field-file-error').textContent()).toBe('Filen är inte JSON. Spara svaret från Kolada (API-version 3) som en .json-fil och försök igen.');
			await expectAxeClean(page);
		});

		it('imports a recorded file: the counts, the unknown and the retired KPI, and what is stored', async () => {
			await page.getByLabel('Fil (JSON, Koladas API version 3)').setInputFiles(recorded);
			expect(await send(page.getByRole('button', { name: 'Importera filen' }))).toBe(200);
			const result = page.locator('[data-import-result]');
			expect(await result.locator('p').first().textContent()).toMatch(/^Importen är klar: 7 värden för 3 nyckeltal sparades \(\d nya eller ändrade\); 3 rader utan värde hoppades över\.$/);
			expect(await result.locator('[data-unknown]').textContent()).toBe('Finns inte i Koladas förteckning: U99999.');
			expect(await result.locator('[data-retired]').textContent()).toBe('Utgångna nyckeltal (gammal definition): U07451.');
			await open(page, `${app.url}/org/${orgId}/statistik`);
			const stored = page.locator('table[data-table="kolada-stored"]');
			expect(await stored.locator('caption').textContent()).toBe('Källa: Kolada');
			expect(await stored.locator('tr[data-kpi="U07451"]').getAttribute('data-status')).toBe('retired');
			expect(await stored.locator('tr[data-kpi="U99999"]').getAttribute('data-status')).toBe('unknown');
			await expectAxeClean(page);
		});

		it('shows Kolada’s values beside the indicator’s own outcomes on the steering page', async () => {
			await visit(page, app.url, `/org/${orgId}/styrning`);
			const card = page.locator('article[data-indicator]', { has: page.locator('[data-source]', { hasText: 'N15436' }) });
			const row2020 = card.locator('table tr[data-year="2020"]');
			expect(await row2020.locator('td[data-kolada-own]').textContent()).toBe('90,5');
			expect(await row2020.locator('td[data-kolada-comparison]').textContent()).toBe('85,6');
			expect(await card.locator('[data-kolada-source]').textContent()).toBe('Källa: Kolada. Trend och förändring är kommunens egen beräkning, inte Koladas.');
		});

		it('chooses a region as the comparison by searching, and Riket again', async () => {
			await open(page, `${app.url}/org/${orgId}/statistik?jamfor=${encodeURIComponent('Västra Götaland')}`);
			await page.getByRole('radio', { name: /^Västra Götalandsregionen/ }).check();
			expect(await send(page.getByRole('button', { name: 'Spara jämförelsen' }))).toBe(200);
			await open(page, `${app.url}/org/${orgId}/statistik`);
			expect(await page.locator('[data-comparison]').getAttribute('data-comparison')).toBe('0014');
			await expectAxeClean(page);
			await open(page, `${app.url}/org/${orgId}/statistik?jamfor=Riket`);
			await page.getByRole('radio', { name: /^Riket/ }).check();
			expect(await send(page.getByRole('button', { name: 'Spara jämförelsen' }))).toBe(200);
			await open(page, `${app.url}/org/${orgId}/statistik`);
			expect(await page.locator('[data-comparison]').getAttribute('data-comparison')).toBe('0000');
		});
	});

	describe('a läsare', () => {
		let page: Page;
		usePage(() => browser, { javaScript: true }, (opened) => ({ page } = opened));

		it('sees what is stored, without the import and comparison forms', async () => {
			await login(page, app.url, account('läsare', 'Lars Läsare'));
			const orgId = orgIdsIn(await page.content())[0]!;
			await visit(page, app.url, `/org/${orgId}/statistik`);
			expect(await page.locator('main form[method="POST"]').count()).toBe(0);
			expect(await page.locator('table[data-table="kolada-stored"] tr[data-kpi="N15436"]').count()).toBe(1);
		});
	});
});
