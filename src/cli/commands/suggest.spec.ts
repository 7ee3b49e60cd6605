// End to end: the `suggest` command run the way a script runs it, as a child process of tsx.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { target } from '#lib/sdg/catalogue.js';

interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

const root = path.resolve(import.meta.dirname, '../../..');
// A data folder that must stay untouched and a server nobody listens on: the command needs neither.
const scratch = mkdtempSync(path.join(tmpdir(), 'malkarta-suggest-'));
const dataDir = path.join(scratch, 'pglite');

function cli(...args: string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile(
			path.join(root, 'node_modules/.bin/tsx'),
			['src/cli/index.ts', 'suggest', ...args],
			{ cwd: root, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none' } },
			(error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
		);
	});
}

const runs: Record<string, Run> = {};
const cases: Record<string, string[]> = {
	sv: ['--lang', 'sv', '--json', 'Vi bygger ut cykelvägarna och kollektivtrafiken.'],
	en: ['--lang', 'en', '--json', 'Recycling and less waste from households'],
	stopWords: ['--lang', 'sv', '--json', 'och det att som för'],
	people: ['--lang', 'sv', 'Vi minskar matsvinnet i skolköken.'],
	noText: ['--lang', 'sv', '--json'],
	blankText: ['--json', '   '],
	badLang: ['--lang', 'de', '--json', 'Abfall'],
	unknownFlag: ['--lang', 'sv', '--verbose', 'avfall']
};

beforeAll(async () => {
	const results = await Promise.all(Object.values(cases).map((args) => cli(...args)));
	Object.keys(cases).forEach((name, i) => (runs[name] = results[i]!));
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function parseOneLine(run: Run) {
	expect(run.code).toBe(0);
	expect(run.stdout.endsWith('\n')).toBe(true);
	const lines = run.stdout.split('\n');
	expect(lines).toHaveLength(2);
	expect(lines[1]).toBe('');
	return JSON.parse(lines[0]!) as { lang: string; suggestions: { code: string; score: number }[] };
}

describe('suggest --json', () => {
	it.each(['sv', 'en'])('prints exactly one line of JSON in the documented shape (%s)', (lang) => {
		const out = parseOneLine(runs[lang]!);
		expect(Object.keys(out)).toEqual(['lang', 'suggestions']);
		expect(out.lang).toBe(lang);
		expect(out.suggestions.length).toBeGreaterThan(0);
		expect(out.suggestions.length).toBeLessThanOrEqual(10);
		for (const [i, s] of out.suggestions.entries()) {
			expect(Object.keys(s)).toEqual(['code', 'score']);
			expect(target(s.code), s.code).toBeDefined();
			expect(s.score).toBeGreaterThanOrEqual(0);
			expect(s.score).toBeLessThanOrEqual(1);
			expect(Math.round(s.score * 10_000) / 10_000).toBe(s.score);
			if (i > 0) expect(s.score).toBeLessThanOrEqual(out.suggestions[i - 1]!.score);
		}
	});

	it('puts the right targets first', () => {
		expect(parseOneLine(runs.sv!).suggestions[0]!.code).toBe('11.2');
		expect(parseOneLine(runs.en!).suggestions.slice(0, 3).map((s) => s.code)).toContain('12.5');
	});

	it('prints an empty list and exits 0 when nothing matches', () => {
		expect(runs.stopWords!.stdout).toBe('{"lang":"sv","suggestions":[]}\n');
		expect(runs.stopWords!.code).toBe(0);
	});

	it('needs no database: the data folder is never created', () => {
		expect(existsSync(dataDir)).toBe(false);
	});
});

describe('suggest for people', () => {
	it('writes the list to stderr and nothing to stdout', () => {
		expect(runs.people!.code).toBe(0);
		expect(runs.people!.stdout).toBe('');
		expect(runs.people!.stderr).toMatch(/^12\.3\s+0\.\d{4}\s+Halvera matsvinnet/m);
	});
});

describe('usage errors', () => {
	it.each([
		['noText', /Ange texten/],
		['blankText', /Ange texten/],
		['badLang', /Okänt språk: de/],
		['unknownFlag', /Okänd flagga: --verbose/]
	])('%s exits 2 with a Swedish message on stderr and nothing on stdout', (name, message) => {
		const run = runs[name]!;
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(message);
		expect(run.stderr).toMatch(/Användning: npm run cli/);
	});
});
