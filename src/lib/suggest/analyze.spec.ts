import { describe, expect, it } from 'vitest';
import { Analyzer, fold, stem, words } from './analyze.js';

const vocabulary = (...texts: string[]) => {
	const plain = new Analyzer('sv');
	return new Set(texts.flatMap((t) => [...plain.terms(t).keys()]));
};

describe('words', () => {
	it('drops stop words, numbers and one-letter tokens, in both languages', () => {
		expect(words('Vi ska öka andelen förnybar energi till 2030 i kommunen.', 'sv')).toEqual(['andelen', 'förnybar', 'energi']);
		expect(words('We will build the new cycle paths by 2030.', 'en')).toEqual(['build', 'new', 'cycle', 'paths']);
		expect(words('och det att som för', 'sv')).toEqual([]);
	});

	it('treats a stop word typed without diacritics as a stop word', () => {
		expect(words('for och pa', 'sv')).toEqual([]);
	});
});

describe('stem', () => {
	it('folds diacritics after stemming', () => {
		expect(stem('återvinningen', 'sv')).toBe('atervinning');
		expect(fold('Ödeshög')).toBe('odeshog');
	});

	it('adds the project rules for definite forms and -el words', () => {
		expect(stem('avfallet', 'sv')).toBe(stem('avfall', 'sv'));
		expect(stem('samhället', 'sv')).toBe(stem('samhälle', 'sv'));
		expect(stem('skolan', 'sv')).toBe(stem('skolor', 'sv'));
		expect(stem('cykel', 'sv')).toBe(stem('cyklar', 'sv'));
		expect(stem('cykeln', 'sv')).toBe(stem('cyklarna', 'sv'));
		expect(stem('plan', 'sv')).toBe('plan');
	});
});

describe('Swedish compounds', () => {
	const analyzer = new Analyzer('sv', vocabulary('hantering av kommunalt och annat avfall', 'hållbara transportsystem', 'trafik'));

	it('splits a compound into the known words it is made of, across a linking s', () => {
		expect([...analyzer.wordTerms('avfallshantering').keys()].sort()).toEqual(['avfall', 'hantering']);
		expect([...analyzer.wordTerms('avfallshanteringen').keys()].sort()).toEqual(['avfall', 'hantering']);
	});

	it('maps an inflected form the stemmer keeps to the known word', () => {
		expect([...analyzer.wordTerms('avfallet')]).toEqual([['avfall', 1]]);
	});

	it('keeps a known word whole and adds its parts with less weight', () => {
		const terms = new Analyzer('sv', vocabulary('avloppsvatten', 'avlopp', 'vatten')).wordTerms('avloppsvatten');
		expect(terms.get(stem('avloppsvatten', 'sv'))).toBe(1);
		expect(terms.get('avlopp')).toBeGreaterThan(0);
		expect(terms.get('avlopp')).toBeLessThan(1);
		expect(terms.get(stem('vatten', 'sv'))).toBeLessThan(1);
	});

	it('finds the known end of a compound whose other part is unknown', () => {
		expect([...analyzer.wordTerms('kollektivtrafiken').keys()]).toContain('trafik');
	});

	it('does not split words into prefixes and endings', () => {
		const a = new Analyzer('sv', vocabulary('förebygga bygga', 'del tag', 'hållbart art'));
		expect([...a.wordTerms('förebyggande').keys()]).not.toContain('bygg');
		expect([...a.wordTerms('deltagande').keys()]).not.toContain('tag');
		expect([...a.wordTerms('hållbart').keys()]).not.toContain('art');
	});

	it('leaves English words unsplit', () => {
		const en = new Analyzer('en', new Set(['wast', 'manag']));
		expect([...en.wordTerms('wastewater').keys()]).toEqual(['wastewat']);
	});
});
