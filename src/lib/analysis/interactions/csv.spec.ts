// Reading the SEI layout from CSV: separators, BOM, quoting, empty cells, and a precise Swedish issue for
// everything else, naming row and column as a spreadsheet shows them.
import { describe, expect, it } from 'vitest';
import { detectSeparator, parseSeiCsv, parseSeiCsvBytes, splitCsv } from './csv.js';
import type { MatrixIssue, MatrixParseResult } from './sei-layout.js';
import { formatIssues } from './sei-layout.js';
import type { InteractionMatrix } from './types.js';

const CODES = ['1.3', '1.5', '2.2', '2.4', '3.4', '3.8'];

/** A 6 × 6 CSV with every off-diagonal cell 1 except the changes given as "row code>column code": text. */
function csv(changes: Record<string, string> = {}, sep = ','): string {
	const lines = [['', ...CODES].join(sep)];
	for (const r of CODES) {
		lines.push([r, ...CODES.map((c) => changes[`${r}>${c}`] ?? (r === c ? '0' : '1'))].join(sep));
	}
	return lines.join('\n') + '\n';
}

function ok(result: MatrixParseResult): InteractionMatrix {
	if (!result.ok) throw new Error(formatIssues(result.issues));
	return result.matrix;
}

function issues(result: MatrixParseResult): readonly MatrixIssue[] {
	if (result.ok) throw new Error('expected issues, got a matrix');
	return result.issues;
}

function messages(result: MatrixParseResult): string[] {
	return issues(result).map((i) => i.message);
}

describe('reading', () => {
	const small = 'corner,1.3,1.5,2.2\n1.3,0,2,-1\n1.5,,0,3\n2.2,1,,\n';
	const expected: InteractionMatrix = {
		codes: ['1.3', '1.5', '2.2'],
		cells: [
			[null, 2, -1],
			[null, null, 3],
			[1, null, null]
		]
	};

	it('reads a comma-separated matrix; empty cells are not scored, the diagonal is never scored', () => {
		expect(ok(parseSeiCsv(small))).toEqual(expected);
	});

	it('reads semicolons as Swedish Excel writes them, with BOM and CRLF', () => {
		const swedish = '\uFEFF' + small.replaceAll(',', ';').replaceAll('\n', '\r\n');
		expect(detectSeparator(swedish.slice(1))).toBe(';');
		expect(ok(parseSeiCsv(swedish))).toEqual(expected);
		expect(ok(parseSeiCsvBytes(new TextEncoder().encode(swedish)))).toEqual(expected);
	});

	it('ignores the corner cell, whatever it says', () => {
		expect(ok(parseSeiCsv(small.replace('corner', 'påverkar\\påverkas; "x"')))).toEqual(expected);
		expect(ok(parseSeiCsv(small.replace('corner', '')))).toEqual(expected);
	});

	it('accepts quoted fields, spaces, +, the minus sign U+2212 and whole numbers with a decimal part', () => {
		const text = '"",1.3,"1.5",2.2\n 1.3 ,-0,"+2", \u22121 \n1.5,,0,"3,0"\n2.2,1.0,,\n';
		expect(ok(parseSeiCsv(text))).toEqual(expected);
		expect(ok(parseSeiCsv('x;1.3;1.5\n1.3;;\u20132\n1.5;-0;\n')).cells).toEqual([
			[null, -2],
			[0, null]
		]);
		expect(Object.is(ok(parseSeiCsv('x;1.3;1.5\n1.3;;\n1.5;-0;\n')).cells[1]![0], 0)).toBe(true);
	});

	it('skips blank lines and rows of empty cells, and trailing empty columns', () => {
		const text = 'x;1.3;1.5;;\n\n1.3;;1;;\n;;;;\n1.5;-2;;;\n\n\n';
		expect(ok(parseSeiCsv(text))).toEqual({ codes: ['1.3', '1.5'], cells: [[null, 1], [-2, null]] });
	});

	it('accepts the rows in another order and keeps the columns’ order', () => {
		const text = 'x,1.3,1.5,2.2\n2.2,1,,\n1.3,0,2,-1\n1.5,,0,3\n';
		expect(ok(parseSeiCsv(text))).toEqual(expected);
	});

	it('reads a single target, and a matrix with nothing scored', () => {
		expect(ok(parseSeiCsv('x,16.6\n16.6,\n'))).toEqual({ codes: ['16.6'], cells: [[null]] });
		expect(ok(parseSeiCsv('x;1.a;1.b\n1.a;;\n1.b;;\n'))).toEqual({ codes: ['1.a', '1.b'], cells: [[null, null], [null, null]] });
	});

	it('splits RFC 4180 quoting: separators, quotes and line breaks inside quotes', () => {
		expect(splitCsv('a,"b,c","d""e"\r\n"f\ng",h', ',')).toEqual({ ok: true, rows: [['a', 'b,c', 'd"e'], ['f\ng', 'h']] });
		expect(splitCsv('a;b\rc;d', ';')).toEqual({ ok: true, rows: [['a', 'b'], ['c', 'd']] });
	});
});

describe('values refused, naming row and column', () => {
	it('out of range: the exact message', () => {
		expect(messages(parseSeiCsv(csv({ '2.2>3.8': '4' })))).toEqual(['Rad 4 (2.2), kolumn 7 (3.8): värdet "4" ligger utanför −3…3.']);
		const [issue] = issues(parseSeiCsv(csv({ '3.8>1.3': '-4' }, ';')));
		expect(issue).toEqual({
			kind: 'out-of-range',
			row: 7,
			column: 2,
			message: 'Rad 7 (3.8), kolumn 2 (1.3): värdet "-4" ligger utanför −3…3.'
		});
	});

	it('not whole numbers', () => {
		expect(messages(parseSeiCsv(csv({ '1.5>2.4': '1.5' })))).toEqual([
			'Rad 3 (1.5), kolumn 5 (2.4): värdet "1.5" är inget heltal. Skalan har bara heltal från −3 till 3.'
		]);
		expect(issues(parseSeiCsv(csv({ '1.5>2.4': '1,5' }, ';')))[0]).toMatchObject({ kind: 'not-an-integer', row: 3, column: 5 });
	});

	it('not numbers', () => {
		expect(messages(parseSeiCsv(csv({ '1.3>1.5': 'hög' })))).toEqual([
			'Rad 2 (1.3), kolumn 3 (1.5): "hög" är inget tal. Skriv ett heltal från −3 till 3 eller lämna cellen tom.'
		]);
		for (const text of ['2+', '--1', '1e1', '0x2', '.', 'NaN', 'Infinity']) {
			expect(issues(parseSeiCsv(csv({ '1.3>1.5': text })))[0]!.kind, text).toBe('not-a-number');
		}
	});

	it('a target scored against itself', () => {
		expect(messages(parseSeiCsv(csv({ '2.4>2.4': '2' })))).toEqual([
			'Rad 5 (2.4), kolumn 5 (2.4): ett delmål bedöms inte mot sig självt, så diagonalen ska vara tom eller 0, inte "2".'
		]);
		expect(ok(parseSeiCsv(csv({ '2.4>2.4': '' }))).cells[3]![3]).toBeNull();
	});

	it('reports every issue, in the order of the file', () => {
		const result = parseSeiCsv(csv({ '3.8>1.3': '9', '1.3>3.8': 'x', '2.2>2.4': '0.5' }));
		expect(issues(result).map((i) => [i.kind, i.row, i.column])).toEqual([
			['not-a-number', 2, 7],
			['not-an-integer', 4, 5],
			['out-of-range', 7, 2]
		]);
	});
});

describe('codes refused', () => {
	it('a code that is no target of the catalogue, in the header or the first column', () => {
		const header = csv().replace(',1.5,', ',1.9,');
		expect(messages(parseSeiCsv(header))).toContain('Rad 1, kolumn 3: delmålet 1.9 finns inte bland FN:s 169 delmål.');
		const first = csv().replace('\n3.4,', '\n18.1,');
		expect(messages(parseSeiCsv(first))).toContain('Rad 6, kolumn 1: delmålet 18.1 finns inte bland FN:s 169 delmål.');
	});

	it('something that is not a target code at all: a goal, an indicator, a word', () => {
		for (const code of ['6', '6.3.1', 'Mål 6', '6,3']) {
			const text = `x;1.3;${code}\n1.3;;1\n`;
			expect(issues(parseSeiCsv(text))[0], code).toMatchObject({
				kind: 'malformed-code',
				row: 1,
				column: 3,
				message: `Rad 1, kolumn 3: "${code}" är ingen delmålskod. Skriv delmålets nummer, till exempel 6.3 eller 6.b.`
			});
		}
	});

	it('a missing code', () => {
		expect(messages(parseSeiCsv('x,1.3,,1.5\n1.3,,1,1\n1.5,1,1,\n'))).toContain('Rad 1, kolumn 3: delmålskoden saknas i rubrikraden.');
		expect(messages(parseSeiCsv('x,1.3\n1.3,\n,1\n'))).toContain('Rad 3, kolumn 1: delmålskoden saknas i första kolumnen.');
	});

	it('duplicates among the columns or among the rows', () => {
		expect(messages(parseSeiCsv('x,1.3,1.5,1.3\n1.3,,1,\n1.5,1,,1\n'))).toEqual([
			'Rad 1, kolumn 4 (1.3): delmålet 1.3 står redan i kolumn 2.'
		]);
		expect(messages(parseSeiCsv('x,1.3,1.5\n1.3,,1\n1.5,1,\n1.3,,2\n'))).toEqual(['Rad 4, kolumn 1 (1.3): delmålet 1.3 står redan på rad 2.']);
	});

	it('rows and columns with different targets', () => {
		const result = parseSeiCsv('x,1.3,1.5\n1.3,,1\n2.2,1,\n');
		expect(messages(result)).toEqual([
			'Rad 1, kolumn 3 (1.5): delmålet 1.5 finns bland kolumnerna men inte bland raderna. Raderna och kolumnerna ska ha samma delmål.',
			'Rad 3, kolumn 1 (2.2): delmålet 2.2 finns bland raderna men inte bland kolumnerna. Raderna och kolumnerna ska ha samma delmål.'
		]);
		// one row too few
		expect(issues(parseSeiCsv('x,1.3,1.5\n1.3,,1\n'))).toEqual([
			expect.objectContaining({ kind: 'column-not-in-rows', row: 1, column: 3 })
		]);
	});
});

describe('shape refused', () => {
	it('a row shorter than the header, and a value beyond the last column', () => {
		expect(messages(parseSeiCsv('x,1.3,1.5,2.2\n1.3,,1\n1.5,1,,1\n2.2,1,1,\n'))).toEqual([
			'Rad 2 (1.3), kolumn 4 (2.2): cellen saknas. Raden har 3 celler men rubrikraden har 4.'
		]);
		expect(messages(parseSeiCsv('x,1.3,1.5\n1.3,,1,,2\n1.5,1,,\n'))).toEqual([
			'Rad 2 (1.3), kolumn 5: värdet "2" står utanför matrisen, där rubrikraden inte har något delmål.'
		]);
	});

	it('an empty file, a header alone, a header without separators', () => {
		expect(messages(parseSeiCsv(''))).toEqual(['Filen är tom.']);
		expect(messages(parseSeiCsv('\uFEFF;;\r\n;;\r\n\r\n'))).toEqual(['Filen är tom.']);
		expect(messages(parseSeiCsv('x,1.3,1.5\n'))).toEqual(['Filen har bara en rubrikrad: raderna med delmål och bedömningar saknas.']);
		expect(issues(parseSeiCsv('x\t1.3\t1.5\n1.3\t\t1\n'))[0]).toMatchObject({ kind: 'no-targets', row: 1 });
	});

	it('a quote never closed', () => {
		expect(messages(parseSeiCsv('x,1.3,1.5\n1.3,,1\n1.5,"1,\n'))).toEqual(['Rad 3: ett citattecken (") öppnas men stängs aldrig.']);
	});

	it('a file that is not UTF-8, naming the line', () => {
		const latin1 = Uint8Array.from([...new TextEncoder().encode('x;1.3\n1.3;\n'), 0x70, 0xe5, 0x0a]);
		expect(issues(parseSeiCsvBytes(latin1))).toEqual([
			{
				kind: 'not-utf8',
				row: 3,
				column: null,
				message: 'Rad 3: filen är inte sparad som UTF-8. Spara den i Excel som "CSV UTF-8 (kommaavgränsad)" och försök igen.'
			}
		]);
	});

	it('shortens a long list of issues for people', () => {
		const many = csv(Object.fromEntries(CODES.flatMap((r) => CODES.filter((c) => c !== r).map((c) => [`${r}>${c}`, '7']))));
		const all = issues(parseSeiCsv(many));
		expect(all).toHaveLength(30);
		const text = formatIssues(all, 20).split('\n');
		expect(text).toHaveLength(21);
		expect(text[20]).toBe('… och 10 fel till.');
	});
});
