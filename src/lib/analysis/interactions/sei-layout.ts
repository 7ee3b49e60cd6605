// The SEI layout of an interaction matrix, as analysts keep it in Excel: the first row and the first column
// hold target codes, the corner cell is ignored, row = influencing target, column = influenced target,
// each cell an integer −3 … 3 or empty (not scored). This module turns a grid of raw cells (from a CSV file
// or the first worksheet of an XLSX file) into an InteractionMatrix, or into a list of issues that each
// name the row and column the way a spreadsheet shows them (both counted from 1, the header row is row 1).
//
// Decisions:
// - Rows and columns must hold the same set of targets; the rows may come in another order. The matrix
//   keeps the columns' order (the reference files have the same order in both).
// - A target twice among the columns or twice among the rows is refused.
// - Codes must be targets of the SDG catalogue ("6.3", "6.b"); goals and indicators are refused.
// - The diagonal (a target on itself) must be empty or 0 and is stored as not scored.
// - Numbers may carry a leading + or minus sign (also U+2212 or an en dash) and a decimal comma or point, but must be
//   whole: "2" and "2,0" are 2, "1,5" is refused.
// - Rows that are empty all the way along are skipped; a row shorter than the header row is refused.
import { isTargetCode } from '#lib/domain/sdg-codes.js';
import { target } from '#lib/sdg/catalogue.js';
import type { InteractionMatrix, InteractionScore } from './types.js';
import { SCORE_MAX, SCORE_MIN } from './types.js';

/** A cell as read from a file: text, a number (XLSX), empty, or something that cannot be a score or a
 * code, described in Swedish ("ett datum"). */
export type RawCell = string | number | null | { readonly unsupported: string };

export type MatrixIssueKind =
	| 'empty-file'
	| 'too-large'
	| 'not-utf8'
	| 'unterminated-quote'
	| 'unreadable-xlsx'
	| 'old-xls'
	| 'no-worksheet'
	| 'no-targets'
	| 'no-rows'
	| 'missing-code'
	| 'malformed-code'
	| 'unknown-code'
	| 'duplicate-code'
	| 'row-not-in-columns'
	| 'column-not-in-rows'
	| 'missing-cell'
	| 'outside-matrix'
	| 'unsupported-cell'
	| 'not-a-number'
	| 'not-an-integer'
	| 'out-of-range'
	| 'diagonal';

/** One thing wrong with an imported matrix. `message` is a whole Swedish sentence that starts with the
 * position ("Rad 4 (2.2), kolumn 7 (3.8): …"); `row` and `column` are 1-based, null when the issue is
 * about the whole file or a whole row. */
export interface MatrixIssue {
	readonly kind: MatrixIssueKind;
	readonly row: number | null;
	readonly column: number | null;
	readonly message: string;
}

export type MatrixParseResult =
	| { readonly ok: true; readonly matrix: InteractionMatrix }
	| { readonly ok: false; readonly issues: readonly MatrixIssue[] };

export function fileIssue(kind: MatrixIssueKind, message: string, row: number | null = null): MatrixIssue {
	return { kind, row, column: null, message };
}

/** Bounds on every imported matrix file, checked before a grid is built: the catalogue's 169 targets fit
 * with room for labels, and anything larger is refused at once instead of being walked cell by cell. */
export const MAX_MATRIX_FILE_BYTES = 500_000;
export const MAX_MATRIX_ROWS = 200;
export const MAX_MATRIX_COLUMNS = 200;

export function fileTooLargeIssue(): MatrixIssue {
	return fileIssue('too-large', `Filen är för stor: en matris får vara högst ${MAX_MATRIX_FILE_BYTES / 1000} kB.`);
}

/** The issue for a grid that reaches past the bounds (`rows`, `columns` the last used, 1-based), or null. */
export function gridBoundsIssue(rows: number, columns: number): MatrixIssue | null {
	if (rows <= MAX_MATRIX_ROWS && columns <= MAX_MATRIX_COLUMNS) return null;
	return fileIssue(
		'too-large',
		`Filen är för stor: en matris får ha högst ${MAX_MATRIX_ROWS} rader och ${MAX_MATRIX_COLUMNS} kolumner, men filen har värden på rad ${rows} och i kolumn ${columns}.`
	);
}

/** The issues as lines for a person, at most `max` of them and a count of the rest. */
export function formatIssues(issues: readonly MatrixIssue[], max = 20): string {
	const lines = issues.slice(0, max).map((i) => i.message);
	if (issues.length > max) lines.push(`… och ${issues.length - max} fel till.`);
	return lines.join('\n');
}

const MINUS = '\u2212';
const RANGE = `${MINUS}3…3`;
const SCALE = `${MINUS}3 till 3`;
/** Looks like a target code but may not be one ("1.9", "18.1"): refused as unknown rather than malformed. */
const CODE_LIKE = /^\d+\.(?:\d+|[a-z])$/i;

function isEmpty(cell: RawCell | undefined): boolean {
	return cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** The cell as it would read in the file, for messages. */
function shown(cell: RawCell): string {
	if (typeof cell === 'number') return String(cell);
	if (typeof cell === 'string') return cell.trim();
	return '';
}

function codeText(cell: RawCell | undefined): string | null {
	if (typeof cell === 'string') return cell.trim() || null;
	if (typeof cell === 'number') return String(cell);
	return null;
}

type ScoreParse =
	| { ok: true; value: number | null }
	| { ok: false; kind: 'unsupported-cell' | 'not-a-number' | 'not-an-integer'; text: string };

const NUMBER_TEXT = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

function parseNumber(cell: RawCell): ScoreParse {
	if (cell === null) return { ok: true, value: null };
	if (typeof cell === 'number') {
		if (!Number.isFinite(cell)) return { ok: false, kind: 'not-a-number', text: String(cell) };
		return Number.isInteger(cell) ? { ok: true, value: cell } : { ok: false, kind: 'not-an-integer', text: String(cell) };
	}
	if (typeof cell !== 'string') return { ok: false, kind: 'unsupported-cell', text: cell.unsupported };
	const text = cell.trim();
	if (text === '') return { ok: true, value: null };
	const normal = text.replace(/^[\u2212\u2013]/, '-');
	if (!NUMBER_TEXT.test(normal)) return { ok: false, kind: 'not-a-number', text };
	const value = Number(normal.replace(',', '.')) + 0; // + 0 turns "-0" into 0
	return Number.isInteger(value) ? { ok: true, value } : { ok: false, kind: 'not-an-integer', text };
}

/** Whole-file issues first, then by row, then by column (a stable sort keeps each cell's own order). */
function byPosition(a: MatrixIssue, b: MatrixIssue): number {
	return (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

interface Axis {
	/** code → 0-based index in the grid (row index or column index) */
	readonly index: Map<string, number>;
	/** valid codes in the grid's order, with their 0-based grid index */
	readonly codes: { code: string; at: number }[];
}

/** Turns a grid of raw cells, `grid[row][column]` from the top-left cell A1, into a matrix or issues. */
export function matrixFromGrid(grid: readonly (readonly RawCell[])[]): MatrixParseResult {
	const issues: MatrixIssue[] = [];
	// Rows with nothing in them are skipped (also trailing blank lines).
	const rows: number[] = [];
	grid.forEach((row, r) => {
		if (r === 0 || row.some((c) => !isEmpty(c))) rows.push(r);
	});
	if (grid.every((row) => row.every((c) => isEmpty(c)))) return { ok: false, issues: [fileIssue('empty-file', 'Filen är tom.')] };

	// The header row: column codes after the corner, trailing empty cells ignored.
	const header = grid[0] ?? [];
	let width = header.length;
	while (width > 1 && isEmpty(header[width - 1])) width--;
	if (width <= 1) {
		return {
			ok: false,
			issues: [
				fileIssue(
					'no-targets',
					'Rad 1: rubrikraden har inga delmålskoder efter hörncellen. Den första raden och den första kolumnen ska ha delmålskoder, avgränsade med komma eller semikolon.',
					1
				)
			]
		};
	}

	const colLabel = (c: number) => {
		const code = codeText(header[c]);
		return code ? `kolumn ${c + 1} (${code})` : `kolumn ${c + 1}`;
	};
	const rowLabel = (r: number) => {
		const code = codeText(grid[r]![0]);
		return code ? `Rad ${r + 1} (${code})` : `Rad ${r + 1}`;
	};

	function readCode(cell: RawCell | undefined, r: number, c: number, where: 'column' | 'row'): string | null {
		const at = where === 'column' ? `Rad 1, kolumn ${c + 1}` : `Rad ${r + 1}, kolumn 1`;
		const push = (kind: MatrixIssueKind, message: string) => issues.push({ kind, row: r + 1, column: c + 1, message: `${at}: ${message}` });
		if (cell !== undefined && cell !== null && typeof cell === 'object') {
			push('unsupported-cell', `cellen innehåller ${cell.unsupported}, inte en delmålskod. Formatera delmålskoderna som text.`);
			return null;
		}
		const code = codeText(cell);
		if (code === null) {
			push('missing-code', where === 'column' ? 'delmålskoden saknas i rubrikraden.' : 'delmålskoden saknas i första kolumnen.');
			return null;
		}
		if (!isTargetCode(code) && !CODE_LIKE.test(code)) {
			push('malformed-code', `"${code}" är ingen delmålskod. Skriv delmålets nummer, till exempel 6.3 eller 6.b.`);
			return null;
		}
		if (!target(code)) {
			push('unknown-code', `delmålet ${code} finns inte bland FN:s 169 delmål.`);
			return null;
		}
		return code;
	}

	function axis(cells: { cell: RawCell | undefined; r: number; c: number }[], where: 'column' | 'row'): Axis {
		const index = new Map<string, number>();
		const codes: { code: string; at: number }[] = [];
		for (const { cell, r, c } of cells) {
			const code = readCode(cell, r, c, where);
			if (code === null) continue;
			const at = where === 'column' ? c : r;
			const earlier = index.get(code);
			if (earlier !== undefined) {
				issues.push({
					kind: 'duplicate-code',
					row: r + 1,
					column: c + 1,
					message:
						where === 'column'
							? `Rad 1, kolumn ${c + 1} (${code}): delmålet ${code} står redan i kolumn ${earlier + 1}.`
							: `Rad ${r + 1}, kolumn 1 (${code}): delmålet ${code} står redan på rad ${earlier + 1}.`
				});
				continue;
			}
			index.set(code, at);
			codes.push({ code, at });
		}
		return { index, codes };
	}

	const columns = axis(
		Array.from({ length: width - 1 }, (_, k) => ({ cell: header[k + 1], r: 0, c: k + 1 })),
		'column'
	);
	const dataRows = rows.filter((r) => r > 0);
	if (dataRows.length === 0) {
		issues.push(fileIssue('no-rows', 'Filen har bara en rubrikrad: raderna med delmål och bedömningar saknas.'));
		return { ok: false, issues: issues.sort(byPosition) };
	}
	const rowAxis = axis(
		dataRows.map((r) => ({ cell: grid[r]![0], r, c: 0 })),
		'row'
	);

	for (const { code, at } of rowAxis.codes) {
		if (!columns.index.has(code)) {
			issues.push({
				kind: 'row-not-in-columns',
				row: at + 1,
				column: 1,
				message: `Rad ${at + 1}, kolumn 1 (${code}): delmålet ${code} finns bland raderna men inte bland kolumnerna. Raderna och kolumnerna ska ha samma delmål.`
			});
		}
	}
	for (const { code, at } of columns.codes) {
		if (!rowAxis.index.has(code)) {
			issues.push({
				kind: 'column-not-in-rows',
				row: 1,
				column: at + 1,
				message: `Rad 1, kolumn ${at + 1} (${code}): delmålet ${code} finns bland kolumnerna men inte bland raderna. Raderna och kolumnerna ska ha samma delmål.`
			});
		}
	}

	// The cells. Positions in the matrix follow the columns' order.
	const codes = columns.codes.map((c) => c.code);
	const position = new Map(codes.map((code, i) => [code, i]));
	const cells: (InteractionScore | null)[][] = codes.map(() => codes.map(() => null));
	for (const r of dataRows) {
		const row = grid[r]!;
		const rowCode = codeText(row[0]);
		const i = rowCode !== null && rowAxis.index.get(rowCode) === r ? position.get(rowCode) : undefined;
		if (row.length < width) {
			issues.push({
				kind: 'missing-cell',
				row: r + 1,
				column: row.length + 1,
				message: `${rowLabel(r)}, ${colLabel(row.length)}: cellen saknas. Raden har ${row.length} celler men rubrikraden har ${width}.`
			});
		}
		for (let c = width; c < row.length; c++) {
			if (isEmpty(row[c])) continue;
			issues.push({
				kind: 'outside-matrix',
				row: r + 1,
				column: c + 1,
				message: `${rowLabel(r)}, kolumn ${c + 1}: värdet "${shown(row[c]!)}" står utanför matrisen, där rubrikraden inte har något delmål.`
			});
		}
		for (let c = 1; c < Math.min(width, row.length); c++) {
			const cell = row[c] ?? null;
			const at = `${rowLabel(r)}, ${colLabel(c)}`;
			const push = (kind: MatrixIssueKind, message: string) => issues.push({ kind, row: r + 1, column: c + 1, message: `${at}: ${message}` });
			const parsed = parseNumber(cell);
			if (!parsed.ok) {
				if (parsed.kind === 'unsupported-cell') push(parsed.kind, `cellen innehåller ${parsed.text}, inte ett heltal från ${SCALE}.`);
				else if (parsed.kind === 'not-a-number') push(parsed.kind, `"${parsed.text}" är inget tal. Skriv ett heltal från ${SCALE} eller lämna cellen tom.`);
				else push(parsed.kind, `värdet "${parsed.text}" är inget heltal. Skalan har bara heltal från ${SCALE}.`);
				continue;
			}
			const value = parsed.value;
			const colCode = codeText(header[c]);
			const j = colCode !== null && columns.index.get(colCode) === c ? position.get(colCode) : undefined;
			const diagonal = rowCode !== null && rowCode === colCode;
			if (value === null) continue;
			if (value < SCORE_MIN || value > SCORE_MAX) {
				push('out-of-range', `värdet "${shown(cell)}" ligger utanför ${RANGE}.`);
				continue;
			}
			if (diagonal) {
				if (value !== 0) push('diagonal', `ett delmål bedöms inte mot sig självt, så diagonalen ska vara tom eller 0, inte "${shown(cell)}".`);
				continue;
			}
			if (i !== undefined && j !== undefined) cells[i]![j] = value as InteractionScore;
		}
	}

	if (issues.length > 0) return { ok: false, issues: issues.sort(byPosition) };
	return { ok: true, matrix: { codes, cells } };
}
