// XLSX in the SEI layout: the first worksheet, from cell A1, laid out as in sei-layout.ts. Cells may hold
// numbers or numeric text; a formula counts with its cached result. Kept apart from the rest of the
// module so that only code reading spreadsheets loads exceljs.
import ExcelJS from 'exceljs';
import { fileIssue, gridBoundsIssue, matrixFromGrid, MAX_MATRIX_COLUMNS, MAX_MATRIX_ROWS, type MatrixIssue, type MatrixParseResult, type RawCell } from './sei-layout.js';

/** What the archive may unpack to: a 169-target workbook is well under 2 MB of XML; a zip bomb is not. */
const MAX_UNPACKED_BYTES = 20_000_000;

type ExcelValue = ExcelJS.CellValue | ExcelJS.CellFormulaValue['result'];

function rawCell(value: ExcelValue): RawCell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number' || typeof value === 'string') return value;
	if (typeof value === 'boolean') return { unsupported: `ett sanningsvärde (${value ? 'SANT' : 'FALSKT'})` };
	if (value instanceof Date) return { unsupported: 'ett datum' };
	if ('error' in value) return { unsupported: `ett felvärde (${value.error})` };
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	if ('formula' in value || 'sharedFormula' in value) {
		return value.result === undefined ? { unsupported: 'en formel utan beräknat värde' } : rawCell(value.result);
	}
	if ('hyperlink' in value) return value.text;
	return { unsupported: 'ett värde som inte går att läsa' };
}

/** The sum of the sizes the zip archive's central directory declares, or null when it cannot be found. */
export function declaredUnpackedSize(bytes: Uint8Array): number | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = -1;
	for (let k = bytes.length - 22; k >= Math.max(0, bytes.length - 65_557); k--) {
		if (view.getUint32(k, true) === 0x06054b50) {
			end = k;
			break;
		}
	}
	if (end < 0) return null;
	const entries = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	let total = 0;
	for (let n = 0; n < entries; n++) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
		total += view.getUint32(at + 24, true);
		at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
	}
	return total;
}

/** The first worksheet's cells from A1 to its last used row and column. Only the cells the file holds are
 * visited (never the sheet's declared dimension), and a sheet reaching past the bounds is refused. */
export async function readXlsxGrid(bytes: Uint8Array): Promise<RawCell[][] | 'unreadable' | 'no-worksheet' | MatrixIssue> {
	const unpacked = declaredUnpackedSize(bytes);
	if (unpacked !== null && unpacked > MAX_UNPACKED_BYTES) {
		return fileIssue('too-large', `Filen är för stor: arbetsboken packas upp till mer än ${MAX_UNPACKED_BYTES / 1_000_000} MB.`);
	}
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
	} catch {
		return 'unreadable';
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) return 'no-worksheet';
	const used: { r: number; c: number; value: RawCell }[] = [];
	let lastRow = 0;
	let lastColumn = 0;
	sheet.eachRow({ includeEmpty: false }, (row, r) => {
		row.eachCell({ includeEmpty: false }, (cell, c) => {
			const value = rawCell(cell.value);
			if (value === null) return;
			lastRow = Math.max(lastRow, r);
			lastColumn = Math.max(lastColumn, c);
			if (lastRow <= MAX_MATRIX_ROWS && lastColumn <= MAX_MATRIX_COLUMNS) used.push({ r, c, value });
		});
	});
	const tooLarge = gridBoundsIssue(lastRow, lastColumn);
	if (tooLarge) return tooLarge;
	const grid: RawCell[][] = Array.from({ length: lastRow }, () => new Array<RawCell>(lastColumn).fill(null));
	for (const { r, c, value } of used) grid[r - 1]![c - 1] = value;
	return grid;
}

/** The bytes of an XLSX file in the SEI layout → a matrix or issues. */
export async function parseSeiXlsx(bytes: Uint8Array): Promise<MatrixParseResult> {
	const grid = await readXlsxGrid(bytes);
	if (grid === 'unreadable') {
		return { ok: false, issues: [fileIssue('unreadable-xlsx', 'Filen går inte att läsa som en Excel-arbetsbok (.xlsx).')] };
	}
	if (grid === 'no-worksheet') return { ok: false, issues: [fileIssue('no-worksheet', 'Arbetsboken har inget kalkylblad.')] };
	if (!Array.isArray(grid)) return { ok: false, issues: [grid] };
	return matrixFromGrid(grid);
}
