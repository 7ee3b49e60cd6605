// Reading the SEI layout from XLSX: workbooks written here with exceljs, the reference matrix among them
// (read from ../shared/data/reference/sweden-weitz-2018; that test skips, and says so, when it is absent).
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseSeiCsv } from './csv.js';
import { REFERENCE_MATRIX, referenceAvailable } from './fixtures.js';
import { parseSeiFile, sniffFormat } from './import.js';
import { targetMetrics } from './metrics.js';
import type { MatrixParseResult } from './sei-layout.js';
import type { InteractionMatrix } from './types.js';
import { parseSeiXlsx } from './xlsx.js';

const available = referenceAvailable();

/** A workbook whose first worksheet holds `rows` from A1; `more` may add worksheets after it. */
async function workbook(rows: ExcelJS.CellValue[][], more?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	const sheet = wb.addWorksheet('Matris');
	rows.forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
	more?.(wb);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

function messages(result: MatrixParseResult): string[] {
	if (result.ok) throw new Error('expected issues, got a matrix');
	return result.issues.map((i) => i.message);
}

describe('XLSX in the SEI layout', () => {
	it('reads numbers, numeric text, rich text, formulas by their result, and empty cells', async () => {
		const bytes = await workbook([
			['påverkar\\påverkas', '1.3', { richText: [{ text: '1.' }, { text: '5', font: { bold: true } }] }, '2.2'],
			['1.3', 0, 2, '-1'],
			['1.5', null, '', { formula: '1+2', result: 3 }],
			['2.2', 1, null, null]
		]);
		expect(sniffFormat(bytes)).toBe('xlsx');
		const expected: InteractionMatrix = {
			codes: ['1.3', '1.5', '2.2'],
			cells: [
				[null, 2, -1],
				[null, null, 3],
				[1, null, null]
			]
		};
		expect(await parseSeiXlsx(bytes)).toEqual({ ok: true, matrix: expected });
		expect(await parseSeiFile(bytes)).toEqual({ ok: true, matrix: expected });
	});

	it('reads the first worksheet only', async () => {
		const bytes = await workbook([['', '1.3', '1.5'], ['1.3', null, 1], ['1.5', -1, null]], (wb) => {
			const notes = wb.addWorksheet('Anteckningar');
			notes.getCell('A1').value = 'inte en matris';
			notes.getCell('B2').value = 99;
		});
		const result = await parseSeiXlsx(bytes);
		expect(result.ok && result.matrix.cells).toEqual([
			[null, 1],
			[-1, null]
		]);
	});

	it('refuses a bad cell naming row and column', async () => {
		const bytes = await workbook([
			['', '1.3', '1.5', '2.2', '2.4', '3.4', '3.8'],
			['1.3', 0, 1, 1, 1, 1, 1],
			['1.5', 1, 0, 1, 1, 1, 1],
			['2.2', 1, 1, 0, 1, 1, 4],
			['2.4', 1, 1, 1, 0, 1.5, 1],
			['3.4', 1, new Date(Date.UTC(2018, 0, 1)), 1, true, 0, 1],
			['3.8', 1, 1, { formula: '1/0', result: { error: '#DIV/0!' } }, 1, 'x', 0]
		]);
		expect(messages(await parseSeiXlsx(bytes))).toEqual([
			'Rad 4 (2.2), kolumn 7 (3.8): värdet "4" ligger utanför −3…3.',
			'Rad 5 (2.4), kolumn 6 (3.4): värdet "1.5" är inget heltal. Skalan har bara heltal från −3 till 3.',
			'Rad 6 (3.4), kolumn 3 (1.5): cellen innehåller ett datum, inte ett heltal från −3 till 3.',
			'Rad 6 (3.4), kolumn 5 (2.4): cellen innehåller ett sanningsvärde (SANT), inte ett heltal från −3 till 3.',
			'Rad 7 (3.8), kolumn 4 (2.2): cellen innehåller ett felvärde (#DIV/0!), inte ett heltal från −3 till 3.',
			'Rad 7 (3.8), kolumn 6 (3.4): "x" är inget tal. Skriv ett heltal från −3 till 3 eller lämna cellen tom.'
		]);
	});

	it('refuses a header cell that Excel turned into a date', async () => {
		const bytes = await workbook([['', '1.3', new Date(Date.UTC(2026, 4, 1))], ['1.3', null, 1]]);
		expect(messages(await parseSeiXlsx(bytes))).toContain(
			'Rad 1, kolumn 3: cellen innehåller ett datum, inte en delmålskod. Formatera delmålskoderna som text.'
		);
	});

	it('refuses what is not a workbook, and the old .xls format', async () => {
		expect(messages(await parseSeiFile(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toEqual([
			'Filen går inte att läsa som en Excel-arbetsbok (.xlsx).'
		]);
		const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
		expect(sniffFormat(xls)).toBe('xls');
		expect(messages(await parseSeiFile(xls))).toEqual([
			'Filen är i det gamla Excel-formatet .xls. Spara den som .xlsx eller som "CSV UTF-8" och försök igen.'
		]);
	});

	it('hands anything else to the CSV reader', async () => {
		const bytes = new TextEncoder().encode('x;1.3;1.5\n1.3;;2\n1.5;;\n');
		expect(sniffFormat(bytes)).toBe('csv');
		expect(await parseSeiFile(bytes)).toEqual({ ok: true, matrix: { codes: ['1.3', '1.5'], cells: [[null, 2], [null, null]] } });
	});
});

describe.skipIf(!available)('the reference matrix as XLSX (SEI, Weitz et al. 2018, read from ../shared/data/reference/sweden-weitz-2018)', () => {
	it('gives the same matrix and metrics as the CSV: 16.6 first with 51, 17.11 last with −9', async () => {
		const csv = parseSeiCsv(readFileSync(REFERENCE_MATRIX, 'utf8'));
		if (!csv.ok) throw new Error('the reference CSV does not parse');
		const { codes, cells } = csv.matrix;
		// codes as text (as they must be in Excel), scores as numbers, the diagonal as 0 like the CSV
		const bytes = await workbook([['influencing\\influenced', ...codes], ...codes.map((code, i) => [code, ...cells[i]!.map((a, j) => (i === j ? 0 : a))])]);
		const xlsx = await parseSeiXlsx(bytes);
		expect(xlsx).toEqual(csv);
		const metrics = xlsx.ok ? targetMetrics(xlsx.matrix) : [];
		const first = metrics.find((m) => m.rankOutSum === 1)!;
		const last = metrics.find((m) => m.rankOutSum === 34)!;
		expect([first.code, first.outSum, first.secondOrder]).toEqual(['16.6', 51, 516]);
		expect([last.code, last.outSum]).toEqual(['17.11', -9]);
	});
});

describe('oversized matrix files (issue 21: one cell at row 6000, column 6000 took the server down)', () => {
	it('refuses a tiny workbook with one value at row 6000 × column 6000 at once, with a Swedish message', async () => {
		const wb = new ExcelJS.Workbook();
		wb.addWorksheet('Matris').getCell(6000, 6000).value = 1;
		const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
		expect(bytes.length).toBeLessThan(10_000);
		const heapBefore = process.memoryUsage().heapUsed;
		const started = performance.now();
		const result = await parseSeiFile(bytes);
		// A generous bound: the old reader walked 36 million cells for a minute and ran out of memory.
		expect(performance.now() - started).toBeLessThan(5000);
		expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200_000_000);
		expect(messages(result)).toEqual([
			'Filen är för stor: en matris får ha högst 200 rader och 200 kolumner, men filen har värden på rad 6000 och i kolumn 6000.'
		]);
	});

	it('reads a matrix whose sheet declares a huge dimension but holds only the matrix', async () => {
		const wb = new ExcelJS.Workbook();
		const sheet = wb.addWorksheet('Matris');
		[['', '1.3', '2.2'], ['1.3', 0, 2], ['2.2', -1, null]].forEach((row, r) => row.forEach((v, c) => (sheet.getCell(r + 1, c + 1).value = v)));
		// A styled but empty cell far out widens the sheet's dimension; it holds no value.
		sheet.getCell(5000, 5000).style = { font: { bold: true } };
		const result = await parseSeiFile(new Uint8Array(await wb.xlsx.writeBuffer()));
		expect(result.ok && result.matrix.codes).toEqual(['1.3', '2.2']);
	});

	it('refuses a file over 500 kB and an archive that unpacks to more than 20 MB before reading it', async () => {
		expect(messages(await parseSeiFile(new Uint8Array(500_001).fill(0x3b)))).toEqual(['Filen är för stor: en matris får vara högst 500 kB.']);
		const zip = new JSZip();
		zip.file('[Content_Types].xml', '<Types/>');
		zip.file('xl/worksheets/sheet1.xml', ' '.repeat(30_000_000));
		const bomb = new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
		expect(bomb.length).toBeLessThan(500_000);
		expect(messages(await parseSeiFile(bomb))).toEqual(['Filen är för stor: arbetsboken packas upp till mer än 20 MB.']);
	});

	it('refuses a CSV reaching past 200 columns or 200 rows, ignoring trailing blanks', async () => {
		const wide = `x${';'.repeat(300)}1\n`;
		expect(messages(parseSeiCsv(wide))[0]).toMatch(/^Filen är för stor: .* rad 1 och i kolumn 301\.$/);
		const tall = `${'\n'.repeat(250)}1\n`;
		expect(messages(parseSeiCsv(tall))[0]).toMatch(/rad 251 och i kolumn 1\.$/);
		expect(parseSeiCsv(`;1.3\n1.3;0${';'.repeat(400)}\n${'\n'.repeat(400)}`).ok).toBe(true);
	});
});
