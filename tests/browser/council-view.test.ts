// The council view in a browser, JavaScript on and off, axe on every page: the demo rådsledamot of
// Alingsås picks the finished "Kartläggning 2025" and reads the three questions answered in Swedish
// sentences, each with links to the inputs behind it and "Ta upp i rådet" (which opens the finding's
// council item), the rest of a long list behind "Visa alla"; every chart's table holds the same numbers as
// the chart (the SVG's data attributes against the table's cells); "Visa som tabell" opens and closes by
// keyboard; the cycle picker (a GET form) opens the autumn 2026 cycle, compared with 2025 in a table.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app.js';
import { browserUnavailable, expectAxeClean } from '../helpers/browser.js';
import { useAppAndBrowser, usePage } from '../helpers/hooks.js';
import { follow, login, open, pathOf, submit, visit, type Account } from '../helpers/flows.js';
import { demoLogin, orgIdsIn } from '../isolation/http-client.js';

const skip = browserUnavailable();

/** data-* attributes of the matching elements as "key=value" strings, sorted, keyed by `keys`. */
async function marks(scope: Locator, selector: string, keys: string[], value: string): Promise<string[]> {
	return (
		await scope.locator(selector).evaluateAll(
			(els, [ks, v]) => els.map((e) => `${(ks as string[]).map((k) => e.getAttribute(`data-${k}`)).join('|')}=${e.getAttribute(`data-${v as string}`)}`),
			[keys, value] as const
		)
	).sort();
}

describe.skipIf(skip)('the council view', () => {
	let browser: Browser;
	let app: RunningApp;
	let member: Account;

	useAppAndBrowser({ demo: true }, (started) => ({ app, browser } = started));
	beforeAll(() => {
		const l = demoLogin(app.output(), 'rådsledamot', 'Alingsås');
		member = { email: l.email, password: l.password, name: 'Rut Rådsledamot' };
	});

	describe.each([true, false])('with JavaScript %s', (javaScript) => {
		let page: Page;
		let orgId: string;

		usePage(() => browser, { javaScript }, (opened) => ({ page } = opened));
		beforeAll(async () => {
			await login(page, app.url, member);
			orgId = orgIdsIn(await page.content())[0]!;
		});

		const frame = (chart: string) => page.locator(`[data-chart="${chart}"]`);

		it('the council’s page lists the cycles; the member opens Kartläggning 2025', async () => {
			const res = await visit(page, app.url, `/org/${orgId}/rad`);
			expect(res.status()).toBe(200);
			expect(await page.title()).toBe('Hållbarhetsrådet – Alingsås – Målkarta');
			const link = page.getByRole('link', { name: 'Kartläggning 2025', exact: true });
			await follow(page, link, new RegExp(`^/org/${orgId}/rad/[0-9a-f-]{36}$`));
			expect(await page.locator('h1').textContent(), app.output().slice(-3000)).toBe('Hållbarhetsrådet – Kartläggning 2025');
			expect(await page.title()).toBe('Hållbarhetsrådet – Kartläggning 2025 – Alingsås – Målkarta');
			await expectAxeClean(page);
		});

		it('answers the three questions with Swedish sentences, links to the inputs and “Ta upp i rådet”', async () => {
			for (const [heading, list] of [
				['Var är vi starka?', 'strengths'],
				['Var finns luckorna?', 'gaps'],
				['Var drar vi åt olika håll?', 'conflicts'],
				['Synergier – här kan enheter samarbeta', 'synergies']
			] as const) {
				const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });
				const items = section.locator(`ol[data-list="${list}"] > li`);
				const count = await items.count();
				expect(count, heading).toBeGreaterThan(0);
				expect(count, heading).toBeLessThanOrEqual(6);
				for (const sentence of await items.locator('.sentence').allTextContents()) {
					expect(sentence).toMatch(/^[A-ZÅÄÖ].*[a-zåäö].*\.$/s);
					expect(sentence).not.toMatch(/[{}]|finding\.|undefined/);
				}
				const first = items.first();
				const hrefs = await first.locator('.inputs a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
				expect(hrefs.length, heading).toBeGreaterThan(0);
				for (const h of hrefs) expect(h).toMatch(new RegExp(`^(/org/${orgId}/kartlaggning/[0-9a-f-]{36}/[0-9a-f-]{36}|/mal/\\d+(#\\d+\\.\\w+)?)$`));
				const form = first.locator('form');
				if (list === 'strengths') {
					// a strength is no council item (synergi, målkonflikt, lucka): nothing to take up
					expect(await form.count(), heading).toBe(0);
					continue;
				}
				expect(await form.getAttribute('action')).toMatch(new RegExp(`^/org/${orgId}/rad/[0-9a-f-]{36}/arenden\\?/open$`));
				expect(await form.locator('input[name="findingKey"]').inputValue()).toBe(await first.getAttribute('data-finding'));
				expect(await first.getByRole('button', { name: 'Ta upp i rådet' }).count()).toBe(1);
			}
			// the activity that counteracts a target shows up as a goal conflict, naming the activity
			const conflicts = await page.locator('ol[data-list="conflicts"] .sentence').allTextContents();
			expect(conflicts.some((s) => /motverkar/.test(s))).toBe(true);
		});

		it('shows the rest of a long list behind “Visa alla”', async () => {
			const gaps = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Var finns luckorna?' }) });
			const rest = gaps.locator('ol[data-list="gaps-rest"] > li');
			const total = 6 + (await rest.count());
			expect(total).toBeGreaterThan(6);
			const summary = gaps.locator('details.more summary');
			expect(await summary.textContent()).toBe(`Visa alla (${total})`);
			expect(await rest.first().isVisible()).toBe(false);
			await summary.focus();
			await page.keyboard.press('Enter');
			expect(await rest.first().isVisible()).toBe(true);
			expect(await gaps.locator('ol[data-list="gaps-rest"]').getAttribute('start')).toBe('7');
			expect((await rest.first().locator('.sentence').textContent())!.length).toBeGreaterThan(20);
		});

		it('the heatmap’s table holds the same numbers as its cells, for every unit and goal', async () => {
			const chart = await marks(frame('heatmap'), 'svg a[data-unit]', ['unit', 'goal'], 'value');
			const table = await marks(frame('heatmap'), 'table td[data-unit]', ['unit', 'goal'], 'value');
			const units = await frame('heatmap').locator('table tbody tr').count();
			expect(units).toBeGreaterThanOrEqual(5);
			expect(chart.length).toBe(17 * units);
			expect(table).toEqual(chart);
			expect(chart.some((m) => !m.endsWith('=0'))).toBe(true);
			// the counteracting weight too (the demo has one counteracting contribution)
			const negative = await marks(frame('heatmap'), 'svg a[data-unit]', ['unit', 'goal'], 'negative');
			expect(await marks(frame('heatmap'), 'table td[data-unit]', ['unit', 'goal'], 'negative')).toEqual(negative);
			expect(negative.some((m) => !m.endsWith('=0'))).toBe(true);
			const against = frame('heatmap').locator('svg a[data-unit]:not([data-negative="0"])').first();
			expect(await against.getAttribute('aria-label')).toMatch(/, motverkar \d+, relevans /);
			// the number written in a cell and its name agree with the table's text
			const cell = frame('heatmap').locator('svg a[data-unit]:not([data-value="0"])').first();
			const [unit, goal, value] = await cell.evaluate((a) => ['unit', 'goal', 'value'].map((k) => a.getAttribute(`data-${k}`)!));
			expect(await cell.getAttribute('aria-label')).toContain(`bidrag ${value}`);
			expect(await cell.locator('text').first().textContent()).toBe(value);
			expect(await frame('heatmap').locator(`td[data-unit="${unit}"][data-goal="${goal}"]`).textContent()).toMatch(new RegExp(`^${value} `));
		});

		it('the wheel’s table holds the same covered / total as its 17 segments', async () => {
			const covered = await marks(frame('wheel'), 'svg a[data-goal]', ['goal'], 'covered');
			expect(covered).toHaveLength(17);
			expect(await marks(frame('wheel'), 'table tr[data-goal]', ['goal'], 'goal')).toHaveLength(17);
			const tableCovered = await frame('wheel').locator('table tr[data-goal]').evaluateAll((rows) =>
				rows.map((r) => `${r.getAttribute('data-goal')}=${r.querySelector('td[data-covered]')!.getAttribute('data-covered')}`).sort()
			);
			expect(tableCovered).toEqual(covered);
			const totals = await frame('wheel').locator('table tr[data-goal]').evaluateAll((rows) =>
				rows.map((r) => `${r.getAttribute('data-goal')}=${r.querySelector('td[data-total]')!.textContent}`).sort()
			);
			expect(totals).toEqual(await marks(frame('wheel'), 'svg a[data-goal]', ['goal'], 'total'));
			expect(covered.some((m) => !m.endsWith('=0'))).toBe(true);
			const three = frame('wheel').locator('svg a[data-goal="3"]');
			expect(await three.getAttribute('aria-label')).toMatch(/^Mål 3 God hälsa och välbefinnande: \d+ av 13 delmål har bidrag \(\d+ %\)$/);
		});

		it('the unit-to-unit matrix and its table hold the same weights', async () => {
			const chart = await marks(frame('synergy'), 'svg a[data-row]', ['row', 'col'], 'weight');
			const units = await frame('synergy').locator('table tbody tr').count();
			expect(units).toBeGreaterThanOrEqual(5);
			expect(chart.length).toBe(units * (units - 1));
			expect(await marks(frame('synergy'), 'table td[data-row]', ['row', 'col'], 'weight')).toEqual(chart);
			expect(chart.some((m) => !m.endsWith('=0'))).toBe(true);
		});

		it('the network: the same edges and metrics in picture and tables, or the way to score when nothing is', async () => {
			const nodes = await marks(frame('network'), 'svg a[data-code]', ['code'], 'out');
			const edges = await marks(frame('network'), 'svg path[data-from]', ['from', 'to'], 'score');
			expect(await marks(frame('network'), 'table tr[data-code]', ['code'], 'out')).toEqual(nodes);
			expect(await marks(frame('network'), 'table tr[data-from]', ['from', 'to'], 'score')).toEqual(edges);
			// a conflict is dashed and a synergy solid: colour is not the only cue
			const dashes = await frame('network').locator('svg path[data-score]').evaluateAll((ps) =>
				ps.map((p) => [Number(p.getAttribute('data-score')) < 0, p.hasAttribute('stroke-dasharray'), p.querySelector('title')?.textContent ?? ''] as const)
			);
			for (const [negative, dashed, title] of dashes) {
				expect(dashed).toBe(negative);
				expect(title).toMatch(negative ? /påverkar .*: −\d \(målkonflikt\)$/ : /påverkar .*: \+\d \(synergi\)$/);
			}
			if (nodes.length === 0) {
				const empty = frame('network').locator('.notice');
				expect(await empty.textContent()).toContain('Inga samspel mellan delmål har bedömts');
				expect(await empty.getByRole('link', { name: 'Bedöm samspel mellan delmål' }).getAttribute('href')).toMatch(new RegExp(`^/org/${orgId}/samspel/[0-9a-f-]{36}$`));
			}
		});

		it('“Visa som tabell” opens and closes each table by keyboard', async () => {
			for (const chart of ['heatmap', 'wheel', 'network', 'synergy']) {
				const table = frame(chart).locator('table').first();
				if (javaScript) {
					const button = frame(chart).getByRole('button', { name: 'Visa som tabell' });
					expect(await button.getAttribute('aria-expanded')).toBe('false');
					expect(await button.getAttribute('aria-controls')).toBe(`${chart}-table`);
					expect(await table.isVisible()).toBe(false);
					await button.focus();
					await page.keyboard.press('Enter');
					const hide = frame(chart).getByRole('button', { name: 'Dölj tabellen' });
					expect(await hide.getAttribute('aria-expanded')).toBe('true');
					expect(await table.isVisible()).toBe(true);
					await page.keyboard.press('Space');
					expect(await button.getAttribute('aria-expanded')).toBe('false');
					expect(await table.isVisible()).toBe(false);
					await page.keyboard.press('Enter');
				} else {
					expect(await frame(chart).locator('button').count()).toBe(0);
					const summary = frame(chart).locator('summary', { hasText: 'Visa som tabell' });
					expect(await table.isVisible()).toBe(false);
					await summary.focus();
					await page.keyboard.press('Enter');
					expect(await frame(chart).locator('details').getAttribute('open')).not.toBeNull();
				}
				expect(await table.isVisible(), chart).toBe(true);
				expect(await table.locator('caption').count()).toBe(1);
				expect(await table.locator('th[scope="col"]').count()).toBeGreaterThan(1);
			}
			// the chart marks themselves are reachable by keyboard and named
			const cell = frame('heatmap').locator('svg a[data-unit]').first();
			await cell.focus();
			expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Kommunstyrelsen, mål 1 Ingen fattigdom: bidrag \d+, relevans /);
			// with every table open, the page is still axe clean, also 320 px wide (wide tables scroll in their box)
			await expectAxeClean(page);
			const viewport = page.viewportSize();
			await page.setViewportSize({ width: 320, height: 800 });
			await expectAxeClean(page);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
			if (viewport) await page.setViewportSize(viewport);
		});

		it('“Ta upp i rådet” opens the council item of the finding, and the way back leads to the view', async () => {
			const first = page.locator('ol[data-list="conflicts"] > li').first();
			const sentence = (await first.locator('.sentence').textContent())!;
			const view = pathOf(page);
			const res = await submit(page, first.getByRole('button', { name: 'Ta upp i rådet' }));
			expect(res.status()).toBe(200);
			expect(pathOf(page)).toMatch(new RegExp(`^${view}/arenden/[0-9a-f-]{36}$`));
			expect(await page.locator('h1').textContent()).toBe(sentence);
			await open(page, app.url + view);
			expect(await page.locator('h1').textContent()).toBe('Hållbarhetsrådet – Kartläggning 2025');
		});

		it('the cycle picker opens Kartläggning hösten 2026, compared with 2025 in a table', async () => {
			await page.getByLabel('Kartläggningsomgång').selectOption({ label: 'Kartläggning hösten 2026' });
			const button = page.getByRole('button', { name: 'Visa omgången' });
			if (javaScript) {
				// the client router follows a GET form (and the redirect from ?cycle=…) inside the page
				const from = pathOf(page);
				await button.click();
				await page.waitForURL((u) => u.pathname !== from && /\/rad\/[0-9a-f-]{36}$/.test(u.pathname));
				await page.waitForLoadState('networkidle');
			} else {
				expect((await submit(page, button)).status()).toBe(200);
			}
			expect(pathOf(page)).toMatch(new RegExp(`^/org/${orgId}/rad/[0-9a-f-]{36}$`));
			expect(await page.locator('h1').textContent()).toBe('Hållbarhetsrådet – Kartläggning hösten 2026');
			const compare = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Jämfört med Kartläggning 2025' }) });
			expect(await compare.locator('table[data-table="compare"] tbody tr').count()).toBe(17);
			expect(await compare.locator('caption').textContent()).toBe('Täckning per globalt mål i Kartläggning 2025 och Kartläggning hösten 2026');
			await expectAxeClean(page);
		});
	});
});
