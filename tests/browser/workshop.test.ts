// A workshop in the browser, JavaScript on and off, axe on every page: the demo samordnare of Alingsås
// starts a cycle and creates a workshop for Socialnämnden, opens it and reads the join code; a participant
// joins on /delta with the code typed in lower case with a space, gives a name and waits; the facilitator
// moves to the goal step and the participant's page follows (live with JavaScript, by reload without); the
// participant rates goal 6 and sees it saved; the console and the projector view count the answer, and
// the facilitator agrees the value. A wrong code is refused with a Swedish message.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app.js';
import { browserUnavailable, expectAxeClean } from '../helpers/browser.js';
import { useAppAndBrowser, usePage } from '../helpers/hooks.js';
import { login, open, pathOf, submit, visit, type Account } from '../helpers/flows.js';
import { demoLogin, orgIdsIn } from '../isolation/http-client.js';

const skip = browserUnavailable();

describe.skipIf(skip)('a workshop', () => {
	let browser: Browser;
	let app: RunningApp;
	let samordnare: Account;

	useAppAndBrowser({ demo: true }, (started) => ({ app, browser } = started));
	beforeAll(() => {
		const l = demoLogin(app.output(), 'samordnare', 'Alingsås');
		samordnare = { email: l.email, password: l.password, name: 'Sara Samordnare' };
	});

	describe.each([true, false])('with JavaScript %s', (javaScript) => {
		const tag = javaScript ? 'js' : 'utan js';
		let lead: Page;
		let guest: Page;
		let orgId: string;
		let consolePath: string;
		let code: string;

		usePage(() => browser, { javaScript }, (opened) => ({ page: lead } = opened));
		usePage(() => browser, { javaScript, viewport: { width: 360, height: 740 } }, (opened) => ({ page: guest } = opened));
		beforeAll(async () => {
			await login(lead, app.url, samordnare);
			orgId = orgIdsIn(await lead.content())[0]!;
		});

		it('the facilitator creates a workshop for Socialnämnden in a new cycle and opens it', async () => {
			await open(lead, `${app.url}/org/${orgId}/kartlaggning`);
			const cycleForm = lead.locator('form[action="?/create"]');
			await cycleForm.getByLabel('Namn', { exact: true }).fill(`Workshopomgång ${tag}`);
			await cycleForm.getByLabel('År', { exact: true }).fill('2026');
			await submit(lead, cycleForm.getByRole('button', { name: 'Starta omgången' }));

			const res = await visit(lead, app.url, `/org/${orgId}/workshop`);
			expect(res.status()).toBe(200);
			expect(await lead.title()).toBe('Workshoppar – Alingsås – Målkarta');
			const form = lead.locator('form[action="?/create"]');
			// Without a unit the form is refused next to the field.
			await form.getByLabel('Namn på workshoppen').fill(`Socialnämnden ${tag}`);
			await form.getByLabel('Kartläggningsomgång').selectOption({ label: `Workshopomgång ${tag}` });
			const refused = await submit(lead, form.getByRole('button', { name: 'Skapa workshop' }));
			expect(refused.status()).toBe(400);
			expect(await lead.locator('.field-error').allTextContents()).toContain('Välj minst en enhet.');
			await expectAxeClean(lead);
			await form.getByLabel('Namn på workshoppen').fill(`Socialnämnden ${tag}`);
			await form.getByLabel('Kartläggningsomgång').selectOption({ label: `Workshopomgång ${tag}` });
			await form.getByRole('checkbox', { name: 'Socialnämnden', exact: true }).check();
			await submit(lead, form.getByRole('button', { name: 'Skapa workshop' }));
			consolePath = pathOf(lead);
			expect(consolePath).toMatch(new RegExp(`^/org/${orgId}/workshop/[0-9a-f-]{36}$`));
			expect(await lead.locator('h1').textContent()).toBe(`Socialnämnden ${tag}`);
			await submit(lead, lead.getByRole('button', { name: 'Öppna workshoppen' }));
			code = ((await lead.getByTestId('join-code').textContent()) ?? '').replace(/\s/g, '');
			expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
			expect(await lead.getByRole('link', { name: new RegExp(`/delta\\?kod=${code}$`) }).count()).toBe(1);
			expect(await lead.getByRole('img', { name: /^QR-kod till http/ }).count()).toBe(1);
			expect(await lead.getByText('Appen nås bara från den här datorn').count()).toBe(1);
			await expectAxeClean(lead);
		});

		it('a wrong code is refused; the right one, typed loosely, asks for a name and joins', async () => {
			await visit(guest, app.url, '/delta');
			expect(await guest.locator('h1').textContent()).toBe('Ange kod');
			await guest.getByLabel('Kod').fill('ZZZ ZZZ');
			const wrong = await submit(guest, guest.getByRole('button', { name: 'Gå med' }));
			expect(wrong.status()).toBe(400);
			expect(await guest.locator('.field-error').textContent()).toContain('Koden stämmer inte');
			await expectAxeClean(guest);
			await guest.getByLabel('Kod').fill(` ${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
			await submit(guest, guest.getByRole('button', { name: 'Gå med' }));
			expect(await guest.locator('h1').textContent()).toBe('Vad heter du?');
			await expectAxeClean(guest);
			await guest.getByLabel('Vad heter du?').fill(`Kim ${tag}`);
			await submit(guest, guest.getByRole('button', { name: 'Gå med' }));
			expect(pathOf(guest)).toBe(`/delta/${consolePath.split('/').at(-1)}`);
			expect(await guest.locator('h1').textContent()).toBe('Introduktion till målen');
			expect(await guest.getByText('Du är med! Väntar på att processledaren startar.').count()).toBe(1);
			expect(await guest.getByTestId('unit').textContent()).toBe('Enhet: Socialnämnden');
			await expectAxeClean(guest);
		});

		it('the facilitator moves to the goal step and the participant’s screen follows', async () => {
			await open(lead, app.url + consolePath);
			expect(await lead.getByTestId('counts').textContent()).toContain('1 har gått med');
			await submit(lead, lead.getByRole('button', { name: 'Nästa steg' }));
			expect(await lead.locator('h2', { hasText: 'Målens relevans' }).count()).toBe(1);
			if (javaScript) await guest.locator('h1', { hasText: 'Målens relevans' }).waitFor({ timeout: 10_000 });
			else await open(guest, guest.url());
			expect(await guest.locator('h1').textContent()).toBe('Målens relevans');
			expect(await guest.getByTestId('counter').textContent()).toBe('0 av 17 besvarade');
			await expectAxeClean(guest);
		});

		it('the participant rates goal 6 high and sees it saved', async () => {
			const goal6 = guest.locator('fieldset', { has: guest.locator('legend', { hasText: 'Mål 6' }) });
			await goal6.getByRole('radio', { name: 'Hög' }).check();
			if (!javaScript) await submit(guest, guest.getByRole('button', { name: 'Spara svar' }));
			await guest.getByTestId('save-status').filter({ hasText: 'Sparat ✓' }).waitFor({ timeout: 10_000 });
			expect(await guest.getByTestId('counter').textContent()).toBe('1 av 17 besvarade');
			if (!javaScript) expect(await goal6.getByRole('radio', { name: 'Hög' }).isChecked()).toBe(true);
			await expectAxeClean(guest);
		});

		it('the console and the projector count the answer, and the facilitator agrees the value', async () => {
			await open(lead, app.url + consolePath);
			expect(await lead.getByTestId('counts').textContent()).toContain('1 har svarat i steget');
			const item = lead.locator('.items > li', { has: lead.locator('h3', { hasText: 'Mål 6' }) });
			expect(await item.locator('.counts').textContent()).toContain('Hög: 1');
			await expectAxeClean(lead);
			const res = await visit(lead, app.url, `${consolePath}/projektor`);
			expect(res.status()).toBe(200);
			expect((await lead.getByTestId('wall-code').textContent())?.replace(/\s/g, '')).toBe(code);
			expect(await lead.locator('[data-subject="6"] .counts').textContent()).toContain('Hög: 1');
			expect(await lead.content()).not.toContain(`Kim ${tag}`);
			await open(lead, app.url + consolePath);
			const agree = lead.locator('.items > li', { has: lead.locator('h3', { hasText: 'Mål 6' }) }).locator('form.agree');
			await submit(lead, agree.getByRole('button', { name: /^Hög/ }));
			expect(await lead.locator('.notice.ok').textContent()).toBe('Det överenskomna värdet är sparat.');
			expect(await lead.locator('.items > li', { has: lead.locator('h3', { hasText: 'Mål 6' }) }).getByRole('button', { name: /^Hög/ }).getAttribute('aria-pressed')).toBe('true');
			await expectAxeClean(lead);
		});
	});
});
