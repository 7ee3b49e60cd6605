// A live workshop with three browser contexts (the facilitator, two participants on phones), JavaScript on,
// axe on every step: the facilitator creates a workshop and opens it with the projector view beside the
// console; both participants join by code; the projector counts them without a reload; the facilitator moves
// to the goal step and both screens follow; both rate; the projector's bars update live and mark the goal
// they disagree on; the facilitator agrees the values, the participants see them once revealed, the target step covers the
// agreed goals, and the unit's mapping shows the agreed values.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app.js';
import { browserUnavailable, expectAxeClean } from '../helpers/browser.js';
import { useAppAndBrowser, usePage } from '../helpers/hooks.js';
import { follow, login, open, pathOf, submit, type Account } from '../helpers/flows.js';
import { demoLogin, orgIdsIn } from '../isolation/http-client.js';

const skip = browserUnavailable();
const phone = { width: 360, height: 740 };

describe.skipIf(skip)('a live workshop with three browser contexts', () => {
	let browser: Browser;
	let app: RunningApp;
	let samordnare: Account;
	let lead: Page;
	let wall: Page;
	let p1: Page;
	let p2: Page;
	let orgId: string;
	let consolePath: string;
	let code: string;

	useAppAndBrowser({ demo: true }, (started) => ({ app, browser } = started));
	usePage(() => browser, {}, (opened) => ({ page: lead } = opened));
	usePage(() => browser, { viewport: phone }, (opened) => ({ page: p1 } = opened));
	usePage(() => browser, { viewport: phone }, (opened) => ({ page: p2 } = opened));
	beforeAll(async () => {
		const l = demoLogin(app.output(), 'samordnare', 'Alingsås');
		samordnare = { email: l.email, password: l.password, name: 'Sara Samordnare' };
		await login(lead, app.url, samordnare);
		orgId = orgIdsIn(await lead.content())[0]!;
		// The projector view: a second window of the facilitator's context.
		wall = await lead.context().newPage();
	});

	const card = (page: Page, label: string) => page.locator('fieldset', { has: page.locator('legend', { hasText: label }) });
	const wallRow = (subject: string) => wall.locator(`[data-subject="${subject}"]`);
	const rate = async (page: Page, label: string, level: string) => {
		await card(page, label).getByRole('radio', { name: level, exact: true }).check();
		await page.getByTestId('save-status').filter({ hasText: 'Sparat ✓' }).waitFor({ timeout: 10_000 });
	};

	it('the facilitator creates and opens a workshop, with the projector view beside the console', async () => {
		await open(lead, `${app.url}/org/${orgId}/kartlaggning`);
		const cycleForm = lead.locator('form[action="?/create"]');
		await cycleForm.getByLabel('Namn', { exact: true }).fill('Live-omgång');
		await cycleForm.getByLabel('År', { exact: true }).fill('2026');
		await submit(lead, cycleForm.getByRole('button', { name: 'Starta omgången' }));
		await open(lead, `${app.url}/org/${orgId}/workshop`);
		const form = lead.locator('form[action="?/create"]');
		await form.getByLabel('Namn på workshoppen').fill('Socialnämnden live');
		await form.getByLabel('Kartläggningsomgång').selectOption({ label: 'Live-omgång' });
		await form.getByRole('checkbox', { name: 'Socialnämnden', exact: true }).check();
		await submit(lead, form.getByRole('button', { name: 'Skapa workshop' }));
		consolePath = pathOf(lead);
		await submit(lead, lead.getByRole('button', { name: 'Öppna workshoppen' }));
		code = ((await lead.getByTestId('join-code').textContent()) ?? '').replace(/\s/g, '');
		await expectAxeClean(lead);
		await open(wall, `${app.url}${consolePath}/projektor`);
		expect((await wall.getByTestId('wall-code').textContent())?.replace(/\s/g, '')).toBe(code);
		expect(await wall.getByTestId('wall-counts').textContent()).toContain('0 har gått med');
		await expectAxeClean(wall);
	});

	it('both participants join by code, and the projector counts them without a reload', async () => {
		for (const [page, name] of [
			[p1, 'Kim'],
			[p2, 'Ali']
		] as const) {
			await open(page, `${app.url}/delta`);
			await page.getByLabel('Kod').fill(code.toLowerCase());
			await submit(page, page.getByRole('button', { name: 'Gå med' }));
			await page.getByLabel('Vad heter du?').fill(name);
			await submit(page, page.getByRole('button', { name: 'Gå med' }));
			expect(await page.getByText('Du är med! Väntar på att processledaren startar.').count()).toBe(1);
			await expectAxeClean(page);
		}
		await wall.getByTestId('wall-counts').filter({ hasText: '2 har gått med' }).waitFor({ timeout: 10_000 });
	});

	it('the facilitator moves to the goal step and both screens follow', async () => {
		await submit(lead, lead.getByRole('button', { name: 'Nästa steg' }));
		for (const page of [p1, p2, wall]) await page.locator('h1, h2', { hasText: 'Målens relevans' }).first().waitFor({ timeout: 10_000 });
		expect(await p1.getByTestId('counter').textContent()).toBe('0 av 17 besvarade');
		await expectAxeClean(p1);
		await expectAxeClean(wall);
	});

	it('both rate; the projector’s bars update live and mark the disagreement', async () => {
		await rate(p1, 'Mål 6', 'Hög');
		await rate(p2, 'Mål 6', 'Låg');
		await rate(p1, 'Mål 13', 'Medel');
		await rate(p2, 'Mål 13', 'Medel');
		expect(await p2.getByTestId('counter').textContent()).toBe('2 av 17 besvarade');
		await wallRow('13').locator('.counts', { hasText: 'Medel: 2' }).waitFor({ timeout: 10_000 });
		expect(await wallRow('6').locator('.counts').textContent()).toMatch(/Låg: 1.*Hög: 1/);
		expect(await wallRow('6').textContent()).toContain('Här tycker ni olika');
		expect(await wallRow('13').textContent()).not.toContain('Här tycker ni olika');
		expect(await wall.getByTestId('wall-counts').textContent()).toContain('2 har svarat i steget');
		expect(await wall.content()).not.toMatch(/\bKim\b|\bAli\b/);
		await expectAxeClean(wall);
		await expectAxeClean(p2);
	});

	it('the facilitator agrees the values and the participants see them', async () => {
		await open(lead, app.url + consolePath);
		const item = (n: string) => lead.locator('.items > li', { has: lead.locator('h3', { hasText: `Mål ${n}` }) });
		expect(await item('6').locator('.counts').textContent()).toMatch(/Låg: 1.*Hög: 1/);
		await submit(lead, item('6').getByRole('button', { name: /^Hög/ }));
		await submit(lead, item('13').getByRole('button', { name: /^Medel/ }));
		expect(await item('13').getByRole('button', { name: /^Medel/ }).getAttribute('aria-pressed')).toBe('true');
		await expectAxeClean(lead);
		// No anchoring: the agreed values wait for the facilitator's reveal.
		await open(p1, p1.url());
		expect(await card(p1, 'Mål 6').getByText('Gruppen kom överens om').count()).toBe(0);
		await submit(lead, lead.getByRole('button', { name: 'Visa resultat för deltagarna' }));
		await card(p1, 'Mål 6').getByText('Gruppen kom överens om: Hög').waitFor({ timeout: 10_000 });
		await card(p2, 'Mål 13').getByText('Gruppen kom överens om: Medel').waitFor({ timeout: 10_000 });
		await expectAxeClean(p1);
	});

	it('the target step covers the agreed goals, and both screens follow', async () => {
		await submit(lead, lead.getByRole('button', { name: 'Nästa steg' }));
		await p1.locator('h1', { hasText: 'Delmålens relevans' }).waitFor({ timeout: 10_000 });
		await p2.locator('h1', { hasText: 'Delmålens relevans' }).waitFor({ timeout: 10_000 });
		const legends = await p1.locator('fieldset legend').allTextContents();
		expect(legends.length).toBeGreaterThan(10);
		expect(legends.every((l) => /Delmål (6|13)\./.test(l))).toBe(true);
		await rate(p1, 'Delmål 6.1', 'Hög');
		await wallRow('6.1').locator('.counts', { hasText: 'Hög: 1' }).waitFor({ timeout: 10_000 });
		await expectAxeClean(p1);
	});

	it('a rating the server has not acknowledged is kept across a reload and sent once it can be', async () => {
		await p2.route('**/svar', (route) => route.abort());
		await card(p2, 'Delmål 6.1').getByRole('radio', { name: 'Låg', exact: true }).check();
		await p2.getByTestId('save-status').filter({ hasText: 'Inte sparat än – försöker igen' }).waitFor({ timeout: 10_000 });
		const pending = await p2.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('malkarta-outbox:')).map(([, v]) => JSON.parse(v)));
		expect(pending.flat()).toMatchObject([{ subject: '6.1', level: 'låg' }]);
		await open(p2, p2.url());
		// The page restores the unsent choice from localStorage once its script runs.
		await card(p2, 'Delmål 6.1').locator('input[value="låg"]:checked').waitFor({ timeout: 10_000 });
		await p2.getByTestId('save-status').filter({ hasText: 'Inte sparat än – försöker igen' }).waitFor({ timeout: 10_000 });
		await p2.unroute('**/svar');
		await p2.getByTestId('save-status').filter({ hasText: 'Sparat ✓' }).waitFor({ timeout: 10_000 });
		await wallRow('6.1').locator('.counts', { hasText: 'Låg: 1' }).waitFor({ timeout: 10_000 });
		expect(await wallRow('6.1').locator('.counts').textContent()).toContain('Hög: 1');
	});

	it('the unit’s mapping shows the agreed values', async () => {
		await open(lead, app.url + consolePath);
		const link = lead.getByRole('link', { name: 'Visa kartläggningen för Socialnämnden' });
		const href = new URL((await link.getAttribute('href'))!, app.url).pathname;
		await follow(lead, link, href);
		expect(await lead.locator('h1').textContent()).toBe('Socialnämnden');
		expect(await card(lead, 'Mål 6').getByRole('radio', { name: 'Hög', exact: true }).isChecked()).toBe(true);
		expect(await card(lead, 'Mål 13').getByRole('radio', { name: 'Medel', exact: true }).isChecked()).toBe(true);
		await expectAxeClean(lead);
	});
});
