// CSV in the SEI layout: UTF-8 with or without a byte-order mark, separated by `,` or `;` (Swedish Excel
// writes `;`), fields optionally in double quotes ("" inside quotes is one quote), lines ended by CRLF,
// LF or CR. The separator is the one that occurs more often on the header row (outside quotes).
import { fileIssue, fileTooLargeIssue, gridBoundsIssue, matrixFromGrid, MAX_MATRIX_FILE_BYTES, type MatrixParseResult } from './sei-layout.js';

export type CsvSeparator = ',' | ';';

/** The separator of a CSV text: `;` when the first line has more semicolons than commas, else `,`. */
export function detectSeparator(text: string): CsvSeparator {
	let commas = 0;
	let semicolons = 0;
	let quoted = false;
	for (const ch of text) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && (ch === '\n' || ch === '\r')) break;
		else if (!quoted && ch === ',') commas++;
		else if (!quoted && ch === ';') semicolons++;
	}
	return semicolons > commas ? ';' : ',';
}

export type CsvSplit = { ok: true; rows: string[][] } | { ok: false; line: number };

/** Splits CSV text into rows of fields (RFC 4180 quoting). Fails with the line of a quote never closed. */
export function splitCsv(text: string, separator: CsvSeparator): CsvSplit {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let quoteLine = 0;
	let line = 1;
	for (let k = 0; k < text.length; k++) {
		const ch = text[k]!;
		if (quoted) {
			if (ch === '"') {
				if (text[k + 1] === '"') {
					field += '"';
					k++;
				} else quoted = false;
			} else {
				if (ch === '\n' || (ch === '\r' && text[k + 1] !== '\n')) line++;
				field += ch;
			}
		} else if (ch === '"') {
			quoted = true;
			quoteLine = line;
		} else if (ch === separator) {
			row.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[k + 1] === '\n') k++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			line++;
		} else field += ch;
	}
	if (quoted) return { ok: false, line: quoteLine };
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return { ok: true, rows };
}

/** CSV text (a leading byte-order mark is dropped) in the SEI layout → a matrix or issues. */
export function parseSeiCsv(text: string): MatrixParseResult {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const split = splitCsv(body, detectSeparator(body));
	if (!split.ok) {
		return {
			ok: false,
			issues: [fileIssue('unterminated-quote', `Rad ${split.line}: ett citattecken (") öppnas men stängs aldrig.`, split.line)]
		};
	}
	const tooLarge = gridBoundsIssue(...lastUsed(split.rows));
	return tooLarge ? { ok: false, issues: [tooLarge] } : matrixFromGrid(split.rows);
}

/** The last row and column (1-based) holding anything but blanks: trailing empty fields and lines do not count. */
function lastUsed(rows: readonly string[][]): [number, number] {
	let lastRow = 0;
	let lastColumn = 0;
	rows.forEach((row, r) => {
		for (let c = row.length - 1; c >= 0; c--) {
			if (row[c]!.trim() === '') continue;
			lastRow = r + 1;
			lastColumn = Math.max(lastColumn, c + 1);
			break;
		}
	});
	return [lastRow, lastColumn];
}

/** The bytes of a CSV file, which must be UTF-8, in the SEI layout → a matrix or issues. */
export function parseSeiCsvBytes(bytes: Uint8Array): MatrixParseResult {
	if (bytes.length > MAX_MATRIX_FILE_BYTES) return { ok: false, issues: [fileTooLargeIssue()] };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const line = lineOfFirstInvalidByte(bytes);
		return {
			ok: false,
			issues: [
				fileIssue(
					'not-utf8',
					`Rad ${line}: filen är inte sparad som UTF-8. Spara den i Excel som "CSV UTF-8 (kommaavgränsad)" och försök igen.`,
					line
				)
			]
		};
	}
	return parseSeiCsv(text);
}

/** The 1-based line of the first byte sequence that is not UTF-8 (the lines before it decode). */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let start = 0;
	let line = 1;
	for (let k = 0; k <= bytes.length; k++) {
		if (k === bytes.length || bytes[k] === 0x0a) {
			try {
				decoder.decode(bytes.subarray(start, k));
			} catch {
				return line;
			}
			start = k + 1;
			line++;
		}
	}
	return line;
}
