import { describe, expect, it } from 'vitest';
import { targets } from './catalogue.js';
import { foldForSearch, MAX_QUERY_LENGTH, searchTargets } from './search.js';

const codes = (query: string, locale: 'sv' | 'en' = 'sv') => searchTargets(targets(), query, locale).map((h) => h.target.code);

describe('searching targets by code', () => {
	it('puts the exact code first', () => {
		const hits = searchTargets(targets(), '6.3', 'sv');
		expect(hits).toHaveLength(1);
		expect(hits[0]).toMatchObject({ match: 'code', target: { code: '6.3' } });
		expect(codes('6.A')).toEqual(['6.a']);
		expect(codes(' 6,3 ')).toEqual(['6.3']);
	});

	it('lists a goal\'s targets for "6." or "11", in SDG order', () => {
		expect(codes('6.')).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.a', '6.b']);
		const eleven = codes('11');
		expect(eleven).toHaveLength(10);
		expect(eleven.every((c) => c.startsWith('11.'))).toBe(true);
		expect(codes('1')).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.a', '1.b']);
	});

	it('offers longer codes after the exact one, and maps an indicator code to its target', () => {
		expect(codes('17.1')).toEqual(['17.1', '17.10', '17.11', '17.12', '17.13', '17.14', '17.15', '17.16', '17.17', '17.18', '17.19']);
		expect(codes('6.3.2')).toEqual(['6.3']);
	});

	it('finds nothing for codes that do not exist', () => {
		expect(codes('18')).toEqual([]);
		expect(codes('6.9')).toEqual([]);
		expect(codes('0.1')).toEqual([]);
	});
});

describe('searching targets by words', () => {
	it('finds Swedish words inside compounds, short-title matches first', () => {
		const hits = searchTargets(targets(), 'avlopp', 'sv');
		expect(hits.map((h) => [h.target.code, h.match])).toEqual([
			['6.3', 'shortTitle'],
			['6.a', 'text']
		]);
		expect(codes('avloppsvatten')).toEqual(['6.3', '6.a']);
		expect(codes('vatten')).toContain('6.3');
		expect(codes('vatten')[0]!.startsWith('6.')).toBe(true);
	});

	it('ranks every short-title match before every full-text match', () => {
		const hits = searchTargets(targets(), 'vatten', 'sv');
		const kinds = hits.map((h) => h.match);
		expect(kinds.lastIndexOf('shortTitle')).toBeLessThan(kinds.indexOf('text'));
		expect(kinds.includes('shortTitle') && kinds.includes('text')).toBe(true);
	});

	it('ignores case and diacritics', () => {
		expect(codes('AVLOPPSVATTEN')).toEqual(['6.3', '6.a']);
		expect(codes('ATERANVANDNING')[0]).toBe('6.3');
		expect(codes('ateranvandning')).toEqual(codes('återanvändning'));
		expect(codes('Återvinning')).toEqual(codes('atervinning'));
		expect(codes('återvinning').length).toBeGreaterThan(0);
		expect(foldForSearch('Ägg Öl Åsa Café')).toBe('agg ol asa cafe');
	});

	it('searches the current language: English words in English, not in Swedish', () => {
		const water = codes('Water', 'en');
		expect(water).toContain('6.1');
		expect(water).toContain('6.3');
		expect(codes('wastewater', 'en')).toEqual(['6.3', '6.a']);
		expect(codes('avlopp', 'en')).toEqual([]);
		expect(codes('wastewater', 'sv')).toEqual([]);
	});

	it('needs every word to match', () => {
		const both = codes('vatten sanitet');
		expect(both.length).toBeGreaterThan(0);
		expect(both.length).toBeLessThan(codes('vatten').length);
		expect(codes('avlopp zebra')).toEqual([]);
	});

	it('finds nothing for an empty or punctuation-only query and cuts long queries', () => {
		expect(codes('')).toEqual([]);
		expect(codes('   ')).toEqual([]);
		expect(codes('%%%')).toEqual([]);
		expect(codes('avlopp' + ' '.repeat(MAX_QUERY_LENGTH) + 'zebra')).toEqual(['6.3', '6.a']);
	});
});
