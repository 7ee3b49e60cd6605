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
import { demoLogin, orgIdsIn } from '../isolation/http-client.js';

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
		const l = demoLogin(app.output(), 'samordnare', 'Alingsås');
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

	it('in the documents step both propose a steering document; the console counts and adopts it, the wall shows it without names', async () => {
		await open(lead, app.url + consolePath);
		await submit(lead, lead.getByRole('button', { name: 'Styrdokument och processer' }));
		await p1.locator('h1', { hasText: 'Styrdokument och processer' }).waitFor({ timeout: 10_000 });
		const form = p1.locator('form', { has: p1.locator('h2', { hasText: 'Föreslå ett nytt styrdokument' }) });
		await form.getByLabel('Namn').fill('Grönplan för skolgårdar');
		await form.getByLabel('Typ av styrdokument').selectOption('plan');
		await form.getByLabel('Delmål (frivilligt)').fill('15.1, 11.7');
		await form.getByRole('button', { name: 'Föreslå styrdokumentet' }).click();
		await p1.getByTestId('save-status').filter({ hasText: 'Sparat ✓' }).waitFor({ timeout: 10_000 });
		await p1.locator('.mine li', { hasText: 'Grönplan för skolgårdar' }).waitFor({ timeout: 10_000 });
		await expectAxeClean(p1);

		await open(p2, p2.url());
		const plain = p2.locator('form', { has: p2.locator('h2', { hasText: 'Föreslå ett nytt styrdokument' }) });
		// A bad link is a Swedish field error, and nothing is stored.
		await plain.getByLabel('Namn').fill('grönplan för skolgårdar');
		await plain.getByLabel(/^Länk/).fill('ftp://x');
		await submit(p2, plain.getByRole('button', { name: 'Föreslå styrdokumentet' }));
		expect(await p2.locator('#field-url-error').textContent()).toBeTruthy();
		await expectAxeClean(p2);
		await p2.getByLabel(/^Länk/).fill('');
		await p2.getByLabel('Delmål (frivilligt)').fill('15.1');
		await submit(p2, p2.getByRole('button', { name: 'Föreslå styrdokumentet' }));
		expect(await p2.getByTestId('save-status').textContent()).toContain('Sparat ✓');

		const group = wall.locator('li[data-document="Grönplan för skolgårdar"]');
		await group.getByTestId('document-count').filter({ hasText: '2 förslag' }).waitFor({ timeout: 10_000 });
		expect(await wall.content()).not.toMatch(/\bKim\b|\bAli\b/);
		await expectAxeClean(wall);
		await open(lead, app.url + consolePath);
		const row = lead.locator('li[data-document="Grönplan för skolgårdar"]');
		expect(await row.textContent()).toContain('Delmål 15.1 (2)');
		await submit(lead, row.getByRole('button', { name: /^Anta/ }));
		await lead.locator('li[data-document="Grönplan för skolgårdar"] .adopted').waitFor();
		await expectAxeClean(lead);
		await group.locator('.adopted').waitFor({ timeout: 10_000 });
	});

	it('in the summary step a participant sees what they contributed and what the group agreed; the wall shows the unit’s map', async () => {
		await open(lead, app.url + consolePath);
		await submit(lead, lead.getByRole('button', { name: 'Sammanfattning' }));
		await p1.locator('h1', { hasText: 'Sammanfattning' }).waitFor({ timeout: 10_000 });
		const mine = p1.getByTestId('summary-mine');
		expect(await mine.textContent()).toMatch(/Ekologisk, möjlighet: Gröna tak på förskolorna/i);
		expect(await mine.textContent()).toContain('Styrdokument: Grönplan för skolgårdar (Plan)');
		expect(await mine.textContent()).toMatch(new RegExp(`delmål ${target.replace('.', '\\.')}: bidrar`, 'i'));
		const agreed = p1.getByTestId('summary-agreed');
		expect(await agreed.textContent()).toContain('Grönplan för skolgårdar');
		await expectAxeClean(p1);

		const goal = target.split('.')[0]!;
		await wall.locator('#unit-map').waitFor({ timeout: 10_000 });
		const card = wall.locator(`li[data-goal="${goal}"]`);
		expect(await card.locator(`li[data-target="${target}"]`).textContent()).toContain('bidrar');
		expect(await card.locator('.goal-band').textContent()).toContain(goal);
		expect(await wall.content()).not.toMatch(/\bKim\b|\bAli\b/);
		await expectAxeClean(wall);
		await open(p2, p2.url());
		expect(await p2.getByTestId('summary-mine').textContent()).toMatch(/Styrdokument: grönplan för skolgårdar/i);
		await expectAxeClean(p2);
	});
});
