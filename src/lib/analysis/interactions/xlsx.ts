// XLSX in the SEI layout: the first worksheet, from cell A1, laid out as in sei-layout.ts. Cells may hold
// numbers or numeric text; a formula counts with its cached result. Kept apart from the rest of the
// module so that only code reading spreadsheets loads exceljs.
import ExcelJS from 'exceljs';
import { fileIssue, matrixFromGrid, type MatrixParseResult, type RawCell } from './sei-layout.js';

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

/** The first worksheet's cells from A1 to its last used row and column. */
export async function readXlsxGrid(bytes: Uint8Array): Promise<RawCell[][] | 'unreadable' | 'no-worksheet'> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
	} catch {
		return 'unreadable';
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) return 'no-worksheet';
	const grid: RawCell[][] = [];
	const width = sheet.columnCount;
	for (let r = 1; r <= sheet.rowCount; r++) {
		const row = sheet.getRow(r);
		const cells: RawCell[] = [];
		for (let c = 1; c <= width; c++) cells.push(rawCell(row.getCell(c).value));
		grid.push(cells);
	}
	return grid;
}

/** The bytes of an XLSX file in the SEI layout → a matrix or issues. */
export async function parseSeiXlsx(bytes: Uint8Array): Promise<MatrixParseResult> {
	const grid = await readXlsxGrid(bytes);
	if (grid === 'unreadable') {
		return { ok: false, issues: [fileIssue('unreadable-xlsx', 'Filen går inte att läsa som en Excel-arbetsbok (.xlsx).')] };
	}
	if (grid === 'no-worksheet') return { ok: false, issues: [fileIssue('no-worksheet', 'Arbetsboken har inget kalkylblad.')] };
	return matrixFromGrid(grid);
}
