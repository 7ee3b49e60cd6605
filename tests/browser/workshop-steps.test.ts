// The workshop's activities step with three browser contexts: the facilitator (console, and the projector
// view in a second window), a participant on a phone with JavaScript, and one with JavaScript off. The
// participant accepts a suggestion chip, the one without JavaScript accepts it too through the plain form,
// the console counts both, the facilitator settles the agreed contribution, and the unit's mapping shows it;
// axe on every screen, no names on the wall.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app.js';
import { browserUnavailable, expectAxeClean } from '../helpers/browser.js';
import { useAppAndBrowser, usePage } from '../helpers/hooks.js';
import { follow, login, open, pathOf, submit, type Account } from '../helpers/flows.js';
import { orgIdsIn, parseDemoLogins } from '../isolation/http-client.js';

const skip = browserUnavailable();
const phone = { width: 320, height: 740 };
const ACTIVITY = 'Ta fram klimatanpassningsplan.';

describe.skipIf(skip)('the workshop steps after the ratings', () => {
	let browser: Browser;
	let app: RunningApp;
	let lead: Page;
	let wall: Page;
	let p1: Page;
	let p2: Page;
	let orgId: string;
	let consolePath: string;
	let code: string;
	let target: string;

	useAppAndBrowser({ demo: true }, (started) => ({ app, browser } = started));
	usePage(() => browser, {}, (opened) => ({ page: lead } = opened));
	usePage(() => browser, { viewport: phone }, (opened) => ({ page: p1 } = opened));
	usePage(() => browser, { viewport: phone, javaScript: false }, (opened) => ({ page: p2 } = opened));
	beforeAll(async () => {
		const l = parseDemoLogins(app.output()).find((x) => x.role === 'samordnare' && x.organisation === 'Alingsås');
		if (!l) throw new Error('no demo samordnare');
		const samordnare: Account = { email: l.email, password: l.password, name: 'Sara Samordnare' };
		await login(lead, app.url, samordnare);
		orgId = orgIdsIn(await lead.content())[0]!;
		wall = await lead.context().newPage();
	});

	const card = (page: Page) => page.locator('li.card', { has: page.locator('h2', { hasText: ACTIVITY }) });

	it('the facilitator opens a workshop on Kommunstyrelsen and both participants join', async () => {
		await open(lead, `${app.url}/org/${orgId}/workshop`);
		const form = lead.locator('form[action="?/create"]');
		await form.getByLabel('Namn på workshoppen').fill('Kommunstyrelsen steg');
		await form.getByLabel('Kartläggningsomgång').selectOption({ label: 'Kartläggning hösten 2026' });
		await form.getByRole('checkbox', { name: 'Kommunstyrelsen', exact: true }).check();
		await submit(lead, form.getByRole('button', { name: 'Skapa workshop' }));
		consolePath = pathOf(lead);
		await submit(lead, lead.getByRole('button', { name: 'Öppna workshoppen' }));
		code = ((await lead.getByTestId('join-code').textContent()) ?? '').replace(/\s/g, '');
		for (const [page, name] of [
			[p1, 'Kim'],
			[p2, 'Ali']
		] as const) {
			await open(page, `${app.url}/delta`);
			await page.getByLabel('Kod').fill(code);
			await submit(page, page.getByRole('button', { name: 'Gå med' }));
			await page.getByLabel('Vad heter du?').fill(name);
			await submit(page, page.getByRole('button', { name: 'Gå med' }));
		}
		await open(wall, `${app.url}${consolePath}/projektor`);
		await submit(lead, lead.getByRole('button', { name: 'Aktiviteter och bidrag' }));
		await p1.locator('h1', { hasText: 'Aktiviteter och bidrag' }).waitFor({ timeout: 10_000 });
		await expectAxeClean(p1);
		await expectAxeClean(lead);
	});

	it('a participant accepts a suggestion chip; it is saved and listed as their own proposal', async () => {
		const chip = card(p1).locator('li.chip[data-target]').first();
		target = (await chip.getAttribute('data-target'))!;
		expect(target).toMatch(/^\d+\.\w+$/);
		await chip.getByRole('button', { name: /^Ja, bidrar/ }).click();
		await p1.getByTestId('save-status').filter({ hasText: 'Sparat ✓' }).waitFor({ timeout: 10_000 });
		await card(p1).locator('fieldset legend', { hasText: new RegExp(`Delmål ${target.replace('.', '\\.')}\\b`) }).waitFor({ timeout: 10_000 });
		expect(await card(p1).locator(`li.chip[data-target="${target}"]`).count()).toBe(0);
		await expectAxeClean(p1);
	});

	it('without JavaScript the same chip is a plain form', async () => {
		await open(p2, p2.url());
		await submit(p2, card(p2).locator(`li.chip[data-target="${target}"]`).getByRole('button', { name: /^Ja, bidrar/ }));
		expect(await p2.getByTestId('save-status').textContent()).toContain('Sparat ✓');
		expect(await card(p2).locator(`li.chip[data-target="${target}"]`).count()).toBe(0);
		await expectAxeClean(p2);
	});

	it('the console counts both proposals, the facilitator settles it, and the unit’s mapping shows the contribution', async () => {
		await open(lead, app.url + consolePath);
		const row = lead.locator('li[data-activity]', { hasText: ACTIVITY }).locator(`li[data-target="${target}"]`);
		expect(await row.getByTestId('proposal-counts').textContent()).toContain('2 bidrar · 0 motverkar · 0 nej');
		expect(await wall.content()).not.toMatch(/\bKim\b|\bAli\b/);
		await submit(lead, row.getByRole('button', { name: /^Sätt gemensam bedömning/ }));
		expect(await lead.getByRole('status').first().textContent()).toBeTruthy();
		await row.locator('.agreed').waitFor();
		await expectAxeClean(lead);
		// The participant's screen follows: the agreed link is shown on the card.
		await card(p1).locator('h3', { hasText: 'Gemensam bedömning' }).waitFor({ timeout: 10_000 });

		const link = lead.getByRole('link', { name: 'Visa kartläggningen för Kommunstyrelsen' });
		await follow(lead, link, new URL((await link.getAttribute('href'))!, app.url).pathname);
		const contribution = lead
			.locator('[id^="activity-"]', { hasText: ACTIVITY })
			.locator('li.contribution', { has: lead.locator('.code', { hasText: new RegExp(`^${target.replace('.', '\\.')}$`) }) });
		expect(await contribution.count()).toBe(1);
		expect(await contribution.locator('.how').textContent()).toMatch(/bidrar/i);
	});

	it('in the challenges step a participant’s note appears on the wall live, without a name', async () => {
		await open(lead, app.url + consolePath);
		await submit(lead, lead.getByRole('button', { name: 'Utmaningar och möjligheter' }));
		await p1.locator('h1', { hasText: 'Utmaningar och möjligheter' }).waitFor({ timeout: 10_000 });
		await wall.locator('h2', { hasText: 'Utmaningar och möjligheter' }).waitFor({ timeout: 10_000 });
		const form = p1.locator('form', { has: p1.locator('h2', { hasText: 'Ny lapp: Ekologisk' }) });
		await form.getByLabel('Möjlighet').check();
		await form.getByLabel('Beskrivning').fill('Gröna tak på förskolorna');
		await form.getByRole('button', { name: /^Lägg till lappen/ }).click();
		await p1.getByTestId('save-status').filter({ hasText: 'Sparat ✓' }).waitFor({ timeout: 10_000 });
		await wall.locator('[data-dimension="ekologisk"] .note', { hasText: 'Gröna tak på förskolorna' }).waitFor({ timeout: 10_000 });
		expect(await wall.content()).not.toMatch(/\bKim\b|\bAli\b/);
		await expectAxeClean(p1);
		await expectAxeClean(wall);
	});
});
