import { describe, expect, it } from 'vitest';
import { stemSwedish } from './stem-sv.js';
import { stemEnglish } from './stem-en.js';

describe('Swedish Snowball stemmer', () => {
	it('matches the Snowball reference output', () => {
		// Word → stem pairs from the Snowball project's Swedish test vocabulary (snowball-data/swedish).
		const reference: [string, string][] = [
			['abborrarna', 'abborr'],
			['abborrpinne', 'abborrpin'],
			['adelns', 'adeln'],
			['adelskalendern', 'adelskalend'],
			['adjunkt', 'adjunk'],
			['adligt', 'adl'],
			['adresserat', 'adresser'],
			['advokat', 'advok'],
			['affärernas', 'affär'],
			['affärsmannens', 'affärsman'],
			['affärsmässigt', 'affärsmäss'],
			['afgjordt', 'afgjord'],
			['afvoghet', 'afvog'],
			['akademien', 'akademi'],
			['aktningsfullt', 'aktningsfull'],
			['alldagligt', 'alldag'],
			['allmänhetens', 'allmän'],
			['allvarligare', 'allvar'],
			['altartavlorna', 'altartavl'],
			['amerikanskt', 'amerikansk'],
			['agnet', 'agnet']
		];
		for (const [word, stem] of reference) expect(stemSwedish(word), word).toBe(stem);
	});

	it('removes a definite "-et" after consonant + vowel, but keeps it where it belongs to the word', () => {
		expect(stemSwedish('huset')).toBe('hus');
		expect(stemSwedish('aftonbladet')).toBe('aftonblad');
		expect(stemSwedish('altarets')).toBe('altar');
		expect(stemSwedish('paket')).toBe('paket');
		expect(stemSwedish('paketet')).toBe('paket');
		expect(stemSwedish('societet')).toBe('societet');
		expect(stemSwedish('frihet')).toBe('frihet');
	});

	it('gives inflected forms of one word one stem', () => {
		const same = (...words: string[]) => expect(new Set(words.map(stemSwedish)).size, words.join(', ')).toBe(1);
		same('kommunerna', 'kommuner', 'kommun');
		same('kvinnor', 'kvinnorna');
		same('återvinning', 'återvinningen');
		same('hållbara', 'hållbarhet', 'hållbarheten');
		same('bostäder', 'bostäderna');
		same('avfallshantering', 'avfallshanteringen');
	});

	it('leaves short words alone', () => {
		expect(stemSwedish('el')).toBe('el');
		expect(stemSwedish('hav')).toBe('hav');
	});
});

describe('light English stemmer', () => {
	it('brings plurals and verb forms together', () => {
		expect(new Set(['recycling', 'recycled', 'recycles'].map(stemEnglish)).size).toBe(1);
		expect(stemEnglish('communities')).toBe(stemEnglish('community'));
		expect(stemEnglish('cities')).toBe(stemEnglish('city'));
		expect(stemEnglish('planning')).toBe(stemEnglish('plan'));
		expect(stemEnglish('transportation')).toBe(stemEnglish('transport'));
	});

	it('keeps short words and words ending in -ss, -us, -is', () => {
		expect(stemEnglish('gas')).toBe('gas');
		expect(stemEnglish('access')).toBe('access');
		expect(stemEnglish('bus')).toBe('bus');
	});
});
