// Debian's Chromium driven by playwright-core (`npx playwright install` cannot work here), contexts with
// JavaScript on or off, and an axe-core check that fails listing every WCAG 2.1 A/AA violation.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a closed network (it floods it otherwise) and working as root. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/**
 * True when Chromium is missing and the browser tests should skip (with a message). Under CI=true a
 * missing Chromium is an error instead: nothing may skip there.
 */
export function browserUnavailable(): boolean {
	if (fs.existsSync(chromiumPath)) return false;
	const message = `Chromium is not installed at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
	if (process.env.CI === 'true') throw new Error(`${message}; under CI the browser tests may not skip.`);
	console.warn(`SKIPPED browser tests: ${message}.`);
	return true;
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

export interface ContextOptions extends BrowserContextOptions {
	/** JavaScript on (the default) or off: every page must work both ways. */
	javaScript?: boolean;
}

const scriptsEnabled = new WeakMap<BrowserContext, boolean>();

export async function newContext(browser: Browser, { javaScript = true, ...rest }: ContextOptions = {}): Promise<BrowserContext> {
	const context = await browser.newContext({ javaScriptEnabled: javaScript, locale: 'sv-SE', ...rest });
	scriptsEnabled.set(context, javaScript);
	return context;
}

/** Whether the page runs timers, i.e. JavaScript is on (asks the page when the context was not made here). */
async function scriptsRun(page: Page): Promise<boolean> {
	const known = scriptsEnabled.get(page.context());
	if (known !== undefined) return known;
	const probe = page.evaluate('new Promise((r) => setTimeout(() => r(true), 0))').catch(() => false);
	return Boolean(await Promise.race([probe, new Promise((r) => setTimeout(() => r(false), 500))]));
}

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

let axeSource: string | null = null;

const microtaskTimers = `(() => {
	let next = 1;
	const cancelled = new Set();
	window.setTimeout = (fn, _ms, ...args) => {
		const id = next++;
		Promise.resolve().then(() => { if (!cancelled.delete(id) && typeof fn === 'function') fn(...args); });
		return id;
	};
	window.clearTimeout = (id) => { cancelled.add(id); };
})()`;

interface AxeFinding {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string; html: string; summary: string }[];
}

/** Runs axe-core in the page (works with JavaScript off too) and returns the violations. */
export async function axeViolations(page: Page, tags: string[] = axeTags): Promise<AxeFinding[]> {
	axeSource ??= fs.readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
	// Evaluated as source text, not a script tag: a tag would not run with JavaScript off or under a CSP.
	if (!(await page.evaluate('typeof window.axe === "object"'))) {
		// With JavaScript off, Chromium never fires the page's timers (promises still settle), and axe waits on
		// setTimeout: give such a page microtask-based timers. A page with JavaScript on keeps its own.
		if (!(await scriptsRun(page))) await page.evaluate(microtaskTimers);
		await page.evaluate(axeSource);
	}
	const run = `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(tags)} }, resultTypes: ['violations'] })
		.then((r) => r.violations.map((v) => ({
			id: v.id, impact: v.impact, help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 200), summary: n.failureSummary || '' }))
		})))`;
	return (await page.evaluate(run)) as AxeFinding[];
}

/** Fails the test listing every axe violation on the page. */
export async function expectAxeClean(page: Page, tags: string[] = axeTags): Promise<void> {
	const violations = await axeViolations(page, tags);
	const report = violations
		.map(
			(v) =>
				`- ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
				v.nodes.map((n) => `    at ${n.target}: ${n.html}\n      ${n.summary.replace(/\n/g, '\n      ')}`).join('\n')
		)
		.join('\n');
	expect(violations.length, `axe found violations on ${page.url()}:\n${report}`).toBe(0);
}
