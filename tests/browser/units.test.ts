// The unit tree in a browser: the samordnare adds units, a child unit, renames, moves, is refused a move
// under the unit's own child (Swedish error), deletes a leaf; a läsare sees the tree without edit forms
// and a läsare's POST to an edit action answers 403. One app and one organisation for the file (set
// up through the invitation pages); each variant works on its own units.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app.js';
import { browserUnavailable, expectAxeClean, newContext } from '../helpers/browser.js';
import { useAppAndBrowser, usePage } from '../helpers/hooks.js';
import {
	createOrganisation,
	invite,
	login,
	registerWithInvitation,
	submit,
	visit,
	type Account
} from '../helpers/flows.js';

const skip = browserUnavailable();

const admin: Account = { email: 'admin@example.se', password: 'administratörens långa lösenord', name: 'Ada Admin' };
const samordnare: Account = { email: 'sam@example.se', password: 'samordnarens långa lösenord', name: 'Sam Samordnare' };
const lasare: Account = { email: 'lisa@example.se', password: 'läsarens långa lösenord', name: 'Lisa Läsare' };

describe.skipIf(skip)('the unit tree', () => {
	let browser: Browser;
	let app: RunningApp;
	let orgId: string;

	useAppAndBrowser({ admins: [admin] }, (started) => ({ app, browser } = started));
	beforeAll(async () => {
		// The organisation, its samordnare and a läsare, made through the pages.
		const setup = await newContext(browser);
		try {
			const page = await setup.newPage();
			await login(page, app.url, admin);
			const samLink = await createOrganisation(page, app.url, { name: 'Enhetsköping', samordnareEmail: samordnare.email });
			await setup.clearCookies();
			orgId = await registerWithInvitation(page, samLink, samordnare);
			const lasLink = await invite(page, app.url, orgId, { email: lasare.email, role: 'läsare' });
			await setup.clearCookies();
			await registerWithInvitation(page, lasLink, lasare);
		} finally {
			await setup.close();
		}
	});

	describe.each([true, false])('with JavaScript %s', (javaScript) => {
		const tag = javaScript ? 'js' : 'utan js';
		const names = {
			board: `Kommunstyrelsen ${tag}`,
			office: `Kommunledningsförvaltningen ${tag}`,
			renamed: `Kommunledningskontoret ${tag}`,
			social: `Socialnämnden ${tag}`
		};
		let samContext: BrowserContext;
		let page: Page;
		const unitsPath = () => `/org/${orgId}/enheter`;

		usePage(() => browser, { javaScript }, (opened) => ({ context: samContext, page } = opened));
		beforeAll(async () => {
			await login(page, app.url, samordnare);
		});

		/** The tree entry (li) of a unit, by its exact name. */
		const entry = (name: string): Locator =>
			page.locator('ul.unit-tree li').filter({ has: page.locator(':scope > .unit-name', { hasText: new RegExp(`^${name}$`) }) });
		/** The id of a unit, read from the hidden field of its edit panel. */
		const idOf = (name: string) => entry(name).locator(':scope > details input[name="unitId"]').first().inputValue();
		/** Opens a unit's edit panel ("Ändra <name>"); a plain <details>, so it works without JavaScript. */
		async function openPanel(name: string): Promise<Locator> {
			const details = entry(name).locator(':scope > details');
			if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
			return details;
		}
		async function addUnit(name: string, type: string, parent: string | null) {
			const form = page.locator('form[action="?/create"]');
			await form.getByLabel('Enhetens namn').fill(name);
			await form.getByLabel('Typ av enhet').selectOption({ label: type });
			if (parent) await form.getByLabel('Ligger under').selectOption({ label: parent });
			const res = await submit(page, form.getByRole('button', { name: 'Lägg till enhet' }));
			expect(res.status()).toBe(200);
			await expect.poll(() => page.getByRole('status').textContent()).toBe('Enheten är tillagd.');
		}
		/** The names of the units directly under a unit. */
		const childrenOf = (name: string) => entry(name).locator(':scope > ul.unit-tree > li > .unit-name').allTextContents();

		it('shows the units page to the samordnare with the form to add a unit', async () => {
			const res = await visit(page, app.url, unitsPath());
			expect(res.status()).toBe(200);
			expect(await page.locator('h1').textContent()).toBe('Enheter');
			expect(await page.title()).toBe('Enheter – Enhetsköping – Målkarta');
			expect(await page.getByRole('heading', { name: 'Lägg till enhet' }).count()).toBe(1);
		});

		it('adds a top-level unit', async () => {
			await addUnit(names.board, 'nämnd', null);
			expect(await entry(names.board).count()).toBe(1);
			expect(await entry(names.board).locator(':scope > .unit-type').textContent()).toBe('nämnd');
			await expectAxeClean(page);
		});

		it('adds a child unit under it', async () => {
			await addUnit(names.office, 'förvaltning', names.board);
			expect(await childrenOf(names.board)).toEqual([names.office]);
			await expectAxeClean(page);
		});

		it('refuses a unit without a name (400, Swedish error next to the field)', async () => {
			const form = page.locator('form[action="?/create"]');
			await form.getByLabel('Enhetens namn').fill('   ');
			const res = await submit(page, form.getByRole('button', { name: 'Lägg till enhet' }));
			expect(res.status()).toBe(400);
			await expect.poll(() => page.locator('#add-name-error').textContent()).toBe('Fältet måste fyllas i.');
			expect(await page.locator('#add-name').getAttribute('aria-invalid')).toBe('true');
			await expectAxeClean(page);
		});

		it('renames the child unit', async () => {
			await visit(page, app.url, unitsPath());
			const panel = await openPanel(names.office);
			const form = panel.locator('form[action="?/update"]');
			await form.getByLabel('Enhetens namn').fill(names.renamed);
			const res = await submit(page, form.getByRole('button', { name: 'Spara' }));
			expect(res.status()).toBe(200);
			await expect.poll(() => page.getByRole('status').textContent()).toBe('Enheten är sparad.');
			expect(await entry(names.office).count()).toBe(0);
			expect(await childrenOf(names.board)).toEqual([names.renamed]);
			await expectAxeClean(page);
		});

		it('moves the child unit under another unit', async () => {
			await addUnit(names.social, 'nämnd', null);
			const panel = await openPanel(names.renamed);
			const form = panel.locator('form[action="?/move"]');
			await form.getByLabel('Ligger under').selectOption({ label: names.social });
			const res = await submit(page, form.getByRole('button', { name: 'Flytta' }));
			expect(res.status()).toBe(200);
			await expect.poll(() => page.getByRole('status').textContent()).toBe('Enheten är flyttad.');
			expect(await childrenOf(names.social)).toEqual([names.renamed]);
			expect(await childrenOf(names.board)).toEqual([]);
			await expectAxeClean(page);
		});

		it('offers no way to move a unit under its own child, and the server refuses it with a Swedish error', async () => {
			const childId = await idOf(names.renamed);
			const panel = await openPanel(names.social);
			const select = panel.locator('form[action="?/move"]').getByLabel('Ligger under');
			// The form only lists allowed parents: neither the unit itself nor its subtree.
			const offered = await select.locator('option').allTextContents();
			expect(offered.some((o) => o.includes(names.renamed))).toBe(false);
			expect(offered.some((o) => o.includes(names.social))).toBe(false);
			// A tampered (or stale) form still sends it: add the child as an option and submit.
			await select.evaluate((el, id) => {
				const option = document.createElement('option');
				option.value = id;
				option.textContent = 'manipulerad';
				el.appendChild(option);
				(el as HTMLSelectElement).value = id;
			}, childId);
			const res = await submit(page, panel.locator('form[action="?/move"]').getByRole('button', { name: 'Flytta' }));
			expect(res.status()).toBe(409);
			const message = 'En enhet kan inte läggas under sig själv eller under någon av sina egna underenheter.';
			const socialId = await idOf(names.social);
			await expect.poll(() => page.locator(`#u-${socialId}-parentId-error`).textContent()).toBe(message);
			expect(await page.getByRole('alert').textContent()).toContain(message);
			// Nothing moved.
			expect(await childrenOf(names.social)).toEqual([names.renamed]);
			await expectAxeClean(page);
		});

		it('deletes a leaf unit; a unit with children offers no delete', async () => {
			await visit(page, app.url, unitsPath());
			const parentPanel = await openPanel(names.social);
			expect(await parentPanel.locator('form[action="?/delete"]').count()).toBe(0);
			expect(await parentPanel.textContent()).toContain('En enhet med underenheter kan inte tas bort.');

			const panel = await openPanel(names.renamed);
			const res = await submit(page, panel.getByRole('button', { name: `Ta bort enheten (${names.renamed})` }));
			expect(res.status()).toBe(200);
			await expect.poll(() => page.getByRole('status').textContent()).toBe('Enheten är borttagen.');
			expect(await entry(names.renamed).count()).toBe(0);
			expect(await childrenOf(names.social)).toEqual([]);
			expect(await entry(names.board).count()).toBe(1);
			await expectAxeClean(page);
		});

		describe('as a läsare', () => {
			let context: BrowserContext;
			let reader: Page;

			usePage(() => browser, { javaScript }, (opened) => ({ context, page: reader } = opened));
			beforeAll(async () => {
				await login(reader, app.url, lasare);
			});

			it('sees the tree without any edit forms', async () => {
				const res = await visit(reader, app.url, unitsPath());
				expect(res.status()).toBe(200);
				const shown = await reader.locator('ul.unit-tree .unit-name').allTextContents();
				expect(shown).toContain(names.board);
				expect(shown).toContain(names.social);
				expect(await reader.locator('main form').count()).toBe(0);
				expect(await reader.locator('main details').count()).toBe(0);
				expect(await reader.getByRole('heading', { name: 'Lägg till enhet' }).count()).toBe(0);
			});

			it('gets 403 when posting to an edit action anyway, and nothing changes', async () => {
				// The läsare's page has no edit forms to take an id from: take it from the samordnare's page.
				expect(await reader.locator('input[name="unitId"]').count()).toBe(0);
				await visit(page, app.url, unitsPath());
				const id = await idOf(names.board);
				const post = (action: string, form: Record<string, string>) =>
					context.request.post(`${app.url}${unitsPath()}?/${action}`, {
						form,
						headers: { origin: app.url, accept: 'text/html' },
						maxRedirects: 0
					});
				const created = await post('create', { name: 'Läsarens enhet', type: 'nämnd', parentId: '' });
				expect(created.status()).toBe(403);
				// Refused for the role, not by the cross-site check (which would also answer 403).
				expect(await created.text()).toContain('Du har inte behörighet att göra det här.');
				const renamed = await post('update', { unitId: id, name: 'Omdöpt av läsaren', type: 'nämnd' });
				expect(renamed.status()).toBe(403);
				const deleted = await post('delete', { unitId: id });
				expect(deleted.status()).toBe(403);
				const moved = await post('move', { unitId: id, parentId: '' });
				expect(moved.status()).toBe(403);

				// The same request from the samordnare's browser is accepted.
				const control = await samContext.request.post(`${app.url}${unitsPath()}?/create`, {
					form: { name: `Samordnarens enhet ${tag}`, type: 'nämnd', parentId: '' },
					headers: { origin: app.url, accept: 'text/html' },
					maxRedirects: 0
				});
				expect(control.status()).toBe(200);

				await visit(reader, app.url, unitsPath());
				const shown = await reader.locator('ul.unit-tree .unit-name').allTextContents();
				expect(shown).toContain(names.board);
				expect(shown).toContain(`Samordnarens enhet ${tag}`);
				expect(shown).not.toContain('Läsarens enhet');
				expect(shown).not.toContain('Omdöpt av läsaren');
			});
		});
	});
});
