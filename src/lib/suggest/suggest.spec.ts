import { describe, expect, it } from 'vitest';
import { target, targets } from '#lib/sdg/catalogue.js';
import { MAX_SUGGESTIONS, suggestTargets, type Suggestion } from './suggest.js';

const codes = (text: string, lang: 'sv' | 'en' = 'sv') => suggestTargets(text, lang).map((s) => s.code);

function expectWellFormed(list: Suggestion[]) {
	expect(list.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
	expect(new Set(list.map((s) => s.code)).size).toBe(list.length);
	for (const [i, s] of list.entries()) {
		expect(target(s.code), s.code).toBeDefined();
		expect(s.score).toBeGreaterThan(0);
		expect(s.score).toBeLessThanOrEqual(1);
		if (i > 0) expect(s.score).toBeLessThanOrEqual(list[i - 1]!.score);
	}
}

describe('a target’s own official text', () => {
	it.each(['sv', 'en'] as const)('ranks that target first, for all 169 targets (%s)', (lang) => {
		expect(targets()).toHaveLength(169);
		const misses = targets()
			.map((t) => ({ code: t.code, got: codes(t.title[lang] ?? '', lang)[0] }))
			.filter((r) => r.got !== r.code);
		expect(misses).toEqual([]);
	});

	it('ranks its own Swedish heading first, for all 169 targets', () => {
		const misses = targets().filter((t) => codes(t.shortTitle.sv ?? '')[0] !== t.code).map((t) => t.code);
		expect(misses).toEqual([]);
	});
});

describe('inflected and compound Swedish words', () => {
	const sayAvfall = (code: string) => /avfall/i.test(target(code)?.title.sv ?? '');

	it.each(['avfallet', 'avfallshantering', 'Avfallshanteringen ska förbättras'])('"%s" finds the targets whose text says "avfall"', (text) => {
		const top = codes(text).slice(0, 3);
		expect(top).toContain('11.6');
		expect(top).toContain('12.5');
		expect(top.every(sayAvfall)).toBe(true);
	});

	it('gives inflected forms the same best target', () => {
		expect(codes('cykelvägarna')[0]).toBe(codes('cykelväg')[0]);
		expect(codes('kollektivtrafiken')[0]).toBe('11.2');
		expect(codes('matsvinnet i skolköken')[0]).toBe('12.3');
	});

	it('reads text typed without å, ä and ö like text with them', () => {
		expect(codes('atervinning av forpackningar')).toEqual(codes('återvinning av förpackningar'));
	});
});

describe('texts with nothing to match', () => {
	it.each([
		['sv', ''],
		['sv', '   \n\t '],
		['sv', '… – !?'],
		['sv', '2030 100 12,5'],
		['sv', 'och det att som på för med till en ett vi ska'],
		['sv', 'Det är inte så att vi har något för dem'],
		['en', 'the and of to in that it is for with as by we will'],
		['sv', 'xyzzy qwertyuiop']
	] as const)('give an empty list (%s: "%s")', (lang, text) => {
		expect(suggestTargets(text, lang)).toEqual([]);
	});
});

describe('the list', () => {
	it('is at most ten, unique, sorted best first, scores in [0, 1], codes from the catalogue', () => {
		for (const [text, lang] of [
			['Vi bygger ut cykelvägarna och förbättrar kollektivtrafiken för att minska utsläppen från trafiken.', 'sv'],
			['Förskola och skola ska ge alla barn en likvärdig utbildning.', 'sv'],
			['Safe drinking water and better wastewater treatment for all households.', 'en']
		] as const) {
			const list = suggestTargets(text, lang);
			expect(list.length).toBeGreaterThan(0);
			expectWellFormed(list);
		}
	});

	it('respects a smaller limit and never exceeds ten', () => {
		const text = 'hållbar utveckling hälsa utbildning energi klimat vatten avfall transporter jämställdhet';
		expect(suggestTargets(text, 'sv', 3)).toHaveLength(3);
		expect(suggestTargets(text, 'sv', 0)).toEqual([]);
		expect(suggestTargets(text, 'sv', 50).length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
	});

	it('scores a text that is mostly about other things lower than a focused one', () => {
		const focused = suggestTargets('återvinning av avfall', 'sv')[0]!;
		const diluted = suggestTargets('återvinning av avfall vid nya ishallen med skridskor, hockey och kiosk', 'sv')[0]!;
		expect(diluted.code).toBe(focused.code);
		expect(diluted.score).toBeLessThan(focused.score);
	});

	it('finds English targets from English activity text', () => {
		expect(codes('More people should take the bus and cycle to work.', 'en').slice(0, 3)).toContain('11.2');
		expect(codes('Install solar panels on school roofs.', 'en').slice(0, 3)).toContain('7.2');
	});
});
