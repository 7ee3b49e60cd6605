// The kartläggning in a browser, with JavaScript on and off, axe on every page: the demo samordnare of
// Alingsås starts a cycle, agrees a goal's relevance for Socialnämnden, is refused (409, the stored value
// shown) a save based on a stale page, adds an activity and a contribution to a target (a malformed Kolada
// id is refused next to its field first), and the unit's overview and the cycle's progress show it; the
// demo läsare sees the same mapping without any form, and a läsare's POST to an edit action answers 403.
// Socialnämnden, now mapped, cannot be deleted from the units page.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app.js';
import { browserUnavailable, expectAxeClean } from '../helpers/browser.js';
import { useAppAndBrowser, usePage } from '../helpers/hooks.js';
import { follow, login, open, pathOf, submit, visit, type Account } from '../helpers/flows.js';
import { orgIdsIn, parseDemoLogins } from '../isolation/http-client.js';

const skip = browserUnavailable();

describe.skipIf(skip)('the kartläggning', () => {
	let browser: Browser;
	let app: RunningApp;
	let samordnare: Account;
	let lasare: Account;
	let orgId: string;

	useAppAndBrowser({ demo: true }, (started) => ({ app, browser } = started));
	beforeAll(() => {
		const logins = parseDemoLogins(app.output());
		const account = (role: string, name: string): Account => {
			const l = logins.find((x) => x.role === role && x.organisation === 'Alingsås');
			if (!l) throw new Error(`no demo ${role}`);
			return { email: l.email, password: l.password, name };
		};
		samordnare = account('samordnare', 'Sara Samordnare');
		lasare = account('läsare', 'Lars Läsare');
	});

	describe.each([true, false])('with JavaScript %s', (javaScript) => {
		const tag = javaScript ? 'js' : 'utan js';
		const cycleName = `Kartläggning 2026 ${tag}`;
		const activityName = `Måltider i hemtjänsten ${tag}`;
		let page: Page;
		let unitPath: string;

		usePage(() => browser, { javaScript }, (opened) => ({ page } = opened));
		beforeAll(async () => {
			await login(page, app.url, samordnare);
			orgId = orgIdsIn(await page.content())[0]!;
		});

		const goal3 = (): Locator => page.locator('fieldset', { has: page.locator('legend', { hasText: 'God hälsa och välbefinnande' }) });
		const activity = (): Locator => page.locator('article', { has: page.getByRole('heading', { name: activityName }) });
		const status = (within: Locator) => within.locator('[role="status"]').first().textContent();

		it('the samordnare starts a cycle and lands on its page with every unit', async () => {
			const res = await visit(page, app.url, `/org/${orgId}/kartlaggning`);
			expect(res.status()).toBe(200);
			expect(await page.title()).toBe('Kartläggning – Alingsås – Målkarta');
			const form = page.locator('form[action="?/create"]');
			await form.getByLabel('Namn').fill(cycleName);
			await form.getByLabel('År', { exact: true }).fill('2026');
			expect(await form.getByRole('radio', { name: 'En tom kartläggning' }).isChecked()).toBe(true);
			const created = await submit(page, form.getByRole('button', { name: 'Starta omgången' }));
			expect(created.status()).toBe(200);
			expect(pathOf(page)).toMatch(new RegExp(`^/org/${orgId}/kartlaggning/[0-9a-f-]{36}$`));
			expect(await page.locator('h1').textContent()).toBe(cycleName);
			expect(await page.locator('tbody th a').allTextContents()).toContain('Socialnämnden');
			await expectAxeClean(page);
		});

		it('opens Socialnämnden’s mapping', async () => {
			const link = page.locator('tbody th a', { hasText: 'Socialnämnden' });
			unitPath = new URL((await link.getAttribute('href'))!, app.url).pathname;
			await follow(page, link, unitPath);
			expect(await page.locator('h1').textContent()).toBe('Socialnämnden');
			expect(await page.title()).toBe(`Socialnämnden – ${cycleName} – Alingsås – Målkarta`);
			expect(await page.locator('fieldset.radio-group legend .goal-band').count()).toBe(17);
			await expectAxeClean(page);
		});

		it('agrees the relevance of goal 3, and the page shows who agreed it', async () => {
			await goal3().getByRole('radio', { name: 'Hög' }).check();
			await goal3().getByLabel('Motivering (Mål 3)').fill('Vård och omsorg för äldre och personer med funktionsnedsättning.');
			const res = await submit(page, page.getByRole('button', { name: 'Spara bedömningen av målen' }));
			expect(res.status()).toBe(200);
			expect(await status(page.locator('section[aria-labelledby="goals"]'))).toBe('Ändringen är sparad.');
			expect(await goal3().getByRole('radio', { name: 'Hög' }).isChecked()).toBe(true);
			expect(await goal3().textContent()).toContain('Gemensam bedömning av Sara Samordnare');
			expect(await page.locator('section[aria-labelledby="goals"]').textContent()).toContain('1 av 17 bedömda');
			// Goal 3 at "hög" opens its targets for assessment.
			expect(await page.locator('details#targets-3 > summary').textContent()).toContain('0 av 13 delmål bedömda');
			await expectAxeClean(page);
		});

		it('a save based on what another tab has since changed is refused (409) showing the stored value; saving again applies it', async () => {
			const goal4 = (p: Page) => p.locator('fieldset', { has: p.locator('legend', { hasText: 'God utbildning för alla' }) });
			const save = (p: Page) => submit(p, p.getByRole('button', { name: 'Spara bedömningen av målen' }));
			await open(page, app.url + unitPath);
			const other = await page.context().newPage();
			try {
				await open(other, app.url + unitPath);
				await goal4(other).getByRole('radio', { name: 'Medel' }).check();
				expect((await save(other)).status()).toBe(200);
			} finally {
				await other.close();
			}
			await goal4(page).getByRole('radio', { name: 'Låg' }).check();
			const refused = await save(page);
			expect(refused.status()).toBe(409);
			const conflict = (await page.locator('.conflict').textContent())!.replace(/\s+/g, ' ');
			expect(conflict).toContain('Någon annan sparade först');
			expect(conflict).toContain('Mål 4');
			expect(conflict).toContain('Sparat av Sara Samordnare');
			expect(conflict).toContain('Relevans Medel');
			expect(await page.getByRole('alert').textContent()).toContain('Någon annan har hunnit ändra det här medan du redigerade.');
			// The person's own choice is still in the form, and the stored one was not overwritten.
			expect(await goal4(page).getByRole('radio', { name: 'Låg' }).isChecked()).toBe(true);
			expect(await goal4(page).textContent()).toContain('Gemensam bedömning av Sara Samordnare');
			await expectAxeClean(page);
			const again = await save(page);
			expect(again.status()).toBe(200);
			expect(await goal4(page).getByRole('radio', { name: 'Låg' }).isChecked()).toBe(true);
			expect(await page.locator('section[aria-labelledby="goals"]').textContent()).toContain('2 av 17 bedömda');
		});

		it('adds an activity', async () => {
			const form = page.locator('form[action="?/addActivity#activity-new"]');
			await form.getByLabel('Aktivitet', { exact: true }).fill(activityName);
			await form.getByLabel('Beskrivning').fill('Näringsriktiga måltider till äldre i ordinärt boende.');
			await form.getByLabel('Ansvarig').fill('Hemtjänsten');
			const res = await submit(page, form.getByRole('button', { name: 'Lägg till aktivitet' }));
			expect(res.status()).toBe(200);
			expect(await activity().count()).toBe(1);
			expect(await activity().textContent()).toContain('Ansvarig: Hemtjänsten');
			await expectAxeClean(page);
		});

		it('links the activity to a target; a malformed Kolada id is refused next to its field', async () => {
			await activity().locator('summary', { hasText: 'Lägg till delmål' }).click();
			let form = activity().locator('form[action^="?/addContribution"]');
			await form.getByLabel('Delmål', { exact: true }).fill('2.1');
			await form.getByRole('radio', { name: 'Bidrar', exact: true }).check();
			await form.getByLabel('Styrka').selectOption({ label: 'Stark' });
			await form.getByRole('radio', { name: 'Direkt', exact: true }).check();
			await form.getByLabel('Motivering och belägg').fill('Fler äldre får näringsriktig mat.');
			await form.getByLabel('Indikator som visar det').selectOption({ label: 'Nyckeltal i Kolada' });
			await form.getByLabel('Indikatorns id eller namn').fill('N1');
			const refused = await submit(page, form.getByRole('button', { name: 'Koppla delmålet' }));
			expect(refused.status()).toBe(400);
			form = activity().locator('form[action^="?/addContribution"]');
			const ref = form.getByLabel('Indikatorns id eller namn');
			expect(await ref.getAttribute('aria-invalid')).toBe('true');
			const errorId = (await ref.getAttribute('aria-describedby'))!.split(' ').find((x) => x.endsWith('-error'))!;
			expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe('Ett nyckeltal i Kolada skrivs med N eller U och fem siffror, till exempel N15436.');
			expect(await page.getByRole('alert').textContent()).toContain('Indikatorns id eller namn');
			// What was typed is still there.
			expect(await form.getByLabel('Delmål', { exact: true }).inputValue()).toBe('2.1');
			await expectAxeClean(page);

			await ref.fill('U00811');
			const res = await submit(page, form.getByRole('button', { name: 'Koppla delmålet' }));
			expect(res.status()).toBe(200);
			expect(await status(activity())).toBe('Tillagt.');
			await expectAxeClean(page);
		});

		it('the overview shows the activity’s contribution, and the cycle its progress', async () => {
			await open(page, app.url + unitPath);
			const link = activity().locator('li.contribution');
			expect(await link.count()).toBe(1);
			const text = (await link.textContent())!.replace(/\s+/g, ' ');
			expect(text).toContain('2.1');
			expect(text).toContain('Bidrar · Stark · Direkt');
			expect(text).toContain('Indikator: Nyckeltal i Kolada U00811');
			expect(text).toContain('Gemensam bedömning av Sara Samordnare');

			await follow(page, page.getByRole('link', { name: `Tillbaka till ${cycleName}` }), unitPath.replace(/\/[^/]+$/, ''));
			const row = page.locator('tbody tr', { has: page.locator('th a', { hasText: 'Socialnämnden' }) });
			expect((await row.locator('td').allTextContents()).map((c) => c.trim())).toEqual(['Nej', '2 av 17', '0', '1', '1', '0', '0']);
			await expectAxeClean(page);
		});

		it('Socialnämnden now has a mapping: the units page refuses to delete it (409, Swedish message) and keeps it', async () => {
			await visit(page, app.url, `/org/${orgId}/enheter`);
			const entry = page.locator('ul.unit-tree li').filter({ has: page.locator(':scope > .unit-name', { hasText: /^Socialnämnden$/ }) });
			await entry.locator(':scope > details > summary').click();
			const res = await submit(page, entry.getByRole('button', { name: 'Ta bort enheten (Socialnämnden)' }));
			expect(res.status()).toBe(409);
			const message = 'Enheten har en kartläggning och kan inte tas bort. Byt namn på den eller flytta den i stället.';
			await expect.poll(() => page.getByRole('alert').textContent()).toContain(message);
			expect(await page.locator('ul.unit-tree .unit-name').allTextContents()).toContain('Socialnämnden');
			await expectAxeClean(page);
		});

		describe('as a läsare', () => {
			let context: BrowserContext;
			let reader: Page;

			usePage(() => browser, { javaScript }, (opened) => ({ context, page: reader } = opened));
			beforeAll(async () => {
				await login(reader, app.url, lasare);
			});

			it('sees the same mapping without any form', async () => {
				const res = await visit(reader, app.url, unitPath);
				expect(res.status()).toBe(200);
				expect(await reader.locator('main form').count()).toBe(0);
				expect(await reader.locator('main').textContent()).toContain('Du kan läsa kartläggningen men inte ändra den.');
				const goal = reader.locator('.relevance-list li', { hasText: 'God hälsa och välbefinnande' });
				expect((await goal.textContent())!.replace(/\s+/g, ' ')).toContain('Relevans: Hög');
				expect(await goal.textContent()).toContain('Gemensam bedömning av Sara Samordnare');
				const item = reader.locator('article', { has: reader.getByRole('heading', { name: activityName }) });
				expect((await item.locator('li.contribution').textContent())!.replace(/\s+/g, ' ')).toContain('Bidrar · Stark · Direkt');
			});

			it('gets 403 when posting to an edit action anyway', async () => {
				const res = await context.request.post(`${app.url}${unitPath}?/goals`, {
					form: { section: 'goals', 'version-3': '1', 'level-3': 'låg' },
					headers: { origin: app.url, accept: 'text/html' },
					maxRedirects: 0
				});
				expect(res.status()).toBe(403);
				expect(await res.text()).toContain('Du har inte behörighet att göra det här.');
				await open(reader, app.url + unitPath);
				const goal = reader.locator('.relevance-list li', { hasText: 'God hälsa och välbefinnande' });
				expect((await goal.textContent())!.replace(/\s+/g, ' ')).toContain('Relevans: Hög');
			});
		});
	});
});
