// The council export's file writers: RFC 4180 quoting with `;`, a BOM and CRLF for Swedish Excel, cells a
// spreadsheet would run as formulas defused, decimal commas, and a download name with an ASCII fallback.
import { describe, expect, it } from 'vitest';
import { contentDisposition, stockholmTime, toCsv } from './council-export.js';

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('toCsv', () => {
	it('starts with a BOM, separates with ; and ends lines with CRLF', () => {
		expect(text(toCsv(['Typ', 'Antal'], [['Lucka', 2]]))).toBe('\uFEFFTyp;Antal\r\nLucka;2\r\n');
	});

	it('quotes fields holding ;, quotes or line breaks, doubling the quotes', () => {
		expect(text(toCsv(['A'], [['x;y'], ['säg "hej"'], ['rad 1\nrad 2']]))).toBe('\uFEFFA\r\n"x;y"\r\n"säg ""hej"""\r\n"rad 1\nrad 2"\r\n');
	});

	it('defuses text a spreadsheet would run as a formula', () => {
		expect(text(toCsv(['A'], [['=HYPERLINK("x")'], ['+1'], ['-2'], ['@SUM(A1)']]))).toBe('\uFEFFA\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\n');
	});

	it('writes numbers with a decimal comma and dates in Swedish time', () => {
		const at = new Date('2026-07-01T10:05:00Z');
		expect(text(toCsv(['A', 'B'], [[1.5, at]]))).toBe('\uFEFFA;B\r\n1,5;2026-07-01 12:05\r\n');
		expect(stockholmTime(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16 00:30');
	});
});

describe('contentDisposition', () => {
	it('names the file in UTF-8 with an ASCII fallback', () => {
		const d = contentDisposition('Rådets ärenden – Alingsås – Kartläggning 2025.csv');
		expect(d).toBe(
			`attachment; filename="Radets arenden - Alingsas - Kartlaggning 2025.csv"; filename*=UTF-8''${encodeURIComponent('Rådets ärenden – Alingsås – Kartläggning 2025.csv')}`
		);
	});

	it('leaves no quote or backslash to break out of the fallback', () => {
		expect(contentDisposition('a"b\\c.csv')).toMatch(/^attachment; filename="a_b_c\.csv"; /);
	});
});
