// Invitations in a browser: the system administrator creates an organisation with its first samordnare
// and gets the invitation link on screen; the samordnare opens it in another browser, creates an
// account and lands in the organisation; the samordnare then invites a deltagare the same way.
// One app for the file, with the administrator made by the CLI; each variant makes its own organisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app.js';
import { browserUnavailable, expectAxeClean, newContext } from '../helpers/browser.js';
import { useAppAndBrowser } from '../helpers/hooks.js';
import {
	createOrganisation,
	invite,
	login,
	open,
	orgIdOf,
	pathOf,
	sessionCookie,
	submit,
	visit,
	type Account
} from '../helpers/flows.js';

const skip = browserUnavailable();

const admin: Account = { email: 'admin@example.se', password: 'administratörens långa lösenord', name: 'Ada Admin' };

describe.skipIf(skip)('invitations', () => {
	let browser: Browser;
	let app: RunningApp;
	useAppAndBrowser({ admins: [admin] }, (started) => ({ app, browser } = started));

	describe.each([true, false])('with JavaScript %s', (javaScript) => {
		const tag = javaScript ? 'js' : 'utan js';
		const orgName = `Testköping ${tag}`;
		const samordnare = { email: `sam-${javaScript ? 'js' : 'nojs'}@example.se`, name: `Sam Samordnare ${tag}`, password: 'samordnarens långa lösenord' };
		const deltagare = { email: `dag-${javaScript ? 'js' : 'nojs'}@example.se`, name: `Dag Deltagare ${tag}`, password: 'deltagarens långa lösenord' };
		const contexts: BrowserContext[] = [];
		let adminPage: Page;
		let samPage: Page;
		let samLink: string;
		let orgId: string;
		let dagLink: string;

		async function freshPage(): Promise<Page> {
			const context = await newContext(browser, { javaScript });
			contexts.push(context);
			return context.newPage();
		}

		beforeAll(async () => {
			adminPage = await freshPage();
			samPage = await freshPage();
		});
		afterAll(async () => {
			for (const c of contexts) await c.close();
		});

		it('the administrator creates the organisation and sees the samordnare invitation link on screen', async () => {
			await login(adminPage, app.url, admin);
			samLink = await createOrganisation(adminPage, app.url, { name: orgName, samordnareEmail: samordnare.email });
			expect(samLink.startsWith(`${app.url}/inbjudan/`)).toBe(true);
			expect(await adminPage.getByRole('status').first().textContent()).toContain(`Skicka länken till ${samordnare.email}.`);
			// The new organisation is listed.
			expect(await adminPage.locator('main li', { hasText: orgName }).count()).toBe(1);
			await expectAxeClean(adminPage);
			// The link is also written to the server log (there is no mail yet).
			const token = samLink.split('/').pop()!;
			await app.waitForLine(new RegExp(`inbjudan/${token}`));
		});

		it('refuses an organisation without a name or a valid e-mail (400, Swedish field errors)', async () => {
			const form = adminPage.locator('form[action="?/create"]');
			await form.getByLabel('Namn').fill('');
			await form.getByLabel('E-postadress till första samordnaren').fill('inte en adress');
			const res = await submit(adminPage, form.getByRole('button', { name: 'Skapa organisation' }));
			expect(res.status()).toBe(400);
			await expect.poll(() => adminPage.locator('#create-name-error').textContent()).toBe('Fältet måste fyllas i.');
			expect(await adminPage.locator('#create-samordnareEmail-error').textContent()).toBe('Ange en giltig e-postadress.');
			expect(await adminPage.locator('#create-name').getAttribute('aria-invalid')).toBe('true');
			await expectAxeClean(adminPage);
		});

		it('the invitation page names the organisation and the role, and asks for an account', async () => {
			const res = await open(samPage, samLink);
			expect(res.status()).toBe(200);
			expect(await samPage.locator('h1').textContent()).toBe(`Inbjudan till ${orgName}`);
			expect(await samPage.locator('main').textContent()).toContain('Du är inbjuden som samordnare.');
			// The address is the invitation's, read-only.
			expect(await samPage.getByLabel('E-postadress').inputValue()).toBe(samordnare.email);
			expect(await samPage.getByLabel('E-postadress').getAttribute('readonly')).not.toBeNull();
			await expectAxeClean(samPage);
		});

		it('refuses mismatched passwords with a Swedish error and keeps the name', async () => {
			await samPage.getByLabel('Ditt namn').fill(samordnare.name);
			await samPage.getByLabel('Lösenord', { exact: true }).fill(samordnare.password);
			await samPage.getByLabel('Upprepa lösenordet').fill(samordnare.password + 'x');
			const res = await submit(samPage, samPage.getByRole('button', { name: 'Skapa konto och gå med' }));
			expect(res.status()).toBe(400);
			await expect.poll(() => samPage.locator('#reg-passwordConfirm-error').textContent()).toBe('Lösenorden stämmer inte överens.');
			expect(await samPage.getByLabel('Ditt namn').inputValue()).toBe(samordnare.name);
			expect(await sessionCookie(samPage.context())).toBeUndefined();
			await expectAxeClean(samPage);
		});

		it('creates the samordnare account and lands signed in on the organisation page', async () => {
			await samPage.getByLabel('Ditt namn').fill(samordnare.name);
			await samPage.getByLabel('Lösenord', { exact: true }).fill(samordnare.password);
			await samPage.getByLabel('Upprepa lösenordet').fill(samordnare.password);
			const res = await submit(samPage, samPage.getByRole('button', { name: 'Skapa konto och gå med' }));
			expect(res.status()).toBe(200);
			orgId = orgIdOf(samPage)!;
			expect(pathOf(samPage)).toBe(`/org/${orgId}`);
			await expect.poll(() => samPage.locator('.signed-in').textContent()).toBe(`Inloggad som ${samordnare.name}`);
			expect(await samPage.locator('h1').textContent()).toBe(orgName);
			expect(await samPage.locator('dt:has-text("Din roll") + dd').textContent()).toBe('samordnare');
			// A samordnare manages the organisation: the members page is offered and the edit form is there.
			expect(await samPage.getByRole('navigation', { name: `Organisationen ${orgName}` }).getByRole('link', { name: 'Medlemmar' }).count()).toBe(1);
			expect(await samPage.getByRole('heading', { name: 'Ändra organisationens uppgifter' }).count()).toBe(1);
			await expectAxeClean(samPage);
			// The start page lists the organisation.
			await visit(samPage, app.url, '/');
			expect(await samPage.getByRole('link', { name: orgName }).getAttribute('href')).toBe(`/org/${orgId}`);
		});

		it('the link works only once', async () => {
			const page = await freshPage();
			const res = await open(page, samLink);
			expect(res.status()).toBe(410);
			expect(await page.locator('h1').textContent()).toBe('Inbjudan kan inte användas');
			expect(await page.locator('main').textContent()).toContain('Inbjudan har redan använts.');
			await expectAxeClean(page);
		});

		it('the administrator does not see inside the organisation (not a member: 404)', async () => {
			const res = await open(adminPage, `${app.url}/org/${orgId}`);
			expect(res.status()).toBe(404);
			expect(await adminPage.locator('main').textContent()).not.toContain('Din roll');
			await expectAxeClean(adminPage);
		});

		it('the samordnare invites a deltagare and sees the link and the pending invitation', async () => {
			dagLink = await invite(samPage, app.url, orgId, { email: deltagare.email, role: 'deltagare' });
			expect(dagLink.startsWith(`${app.url}/inbjudan/`)).toBe(true);
			const pending = samPage.locator('table tr', { hasText: deltagare.email });
			expect(await pending.count()).toBe(1);
			expect(await pending.locator('td').nth(1).textContent()).toBe('deltagare');
			await expectAxeClean(samPage);
		});

		it('refuses to invite someone who is already a member (Swedish error on the e-mail field)', async () => {
			const form = samPage.locator('form[action="?/invite"]');
			await form.getByLabel('E-postadress').fill(samordnare.email);
			const res = await submit(samPage, form.getByRole('button', { name: 'Skapa inbjudan' }));
			expect(res.status()).toBe(409);
			await expect.poll(() => samPage.locator('#invite-email-error').textContent()).toBe('Personen med den e-postadressen är redan medlem.');
			await expectAxeClean(samPage);
		});

		it('the deltagare creates an account with the link and lands in the organisation as deltagare', async () => {
			const page = await freshPage();
			await open(page, dagLink);
			expect(await page.locator('main').textContent()).toContain('Du är inbjuden som deltagare.');
			await expectAxeClean(page);
			await page.getByLabel('Ditt namn').fill(deltagare.name);
			await page.getByLabel('Lösenord', { exact: true }).fill(deltagare.password);
			await page.getByLabel('Upprepa lösenordet').fill(deltagare.password);
			const res = await submit(page, page.getByRole('button', { name: 'Skapa konto och gå med' }));
			expect(res.status()).toBe(200);
			expect(pathOf(page)).toBe(`/org/${orgId}`);
			await expect.poll(() => page.locator('.signed-in').textContent()).toBe(`Inloggad som ${deltagare.name}`);
			expect(await page.locator('dt:has-text("Din roll") + dd').textContent()).toBe('deltagare');
			// A deltagare neither manages the organisation nor sees the member list.
			expect(await page.getByRole('heading', { name: 'Ändra organisationens uppgifter' }).count()).toBe(0);
			expect(await page.getByRole('link', { name: 'Medlemmar' }).count()).toBe(0);
			await expectAxeClean(page);
			const members = await open(page, `${app.url}/org/${orgId}/medlemmar`);
			expect(members.status()).toBe(403);
			await expectAxeClean(page);
		});

		it('the samordnare now sees the deltagare among the members, and no pending invitation', async () => {
			await visit(samPage, app.url, `/org/${orgId}/medlemmar`);
			const entry = samPage.locator('ul.members > li', { hasText: deltagare.name });
			expect(await entry.count()).toBe(1);
			expect(await entry.locator('dt:has-text("Roll") + dd').textContent()).toBe('deltagare');
			expect(await samPage.locator('table tr', { hasText: deltagare.email }).count()).toBe(0);
			expect(await samPage.locator('main').textContent()).toContain('Inga väntande inbjudningar.');
		});
	});
});
