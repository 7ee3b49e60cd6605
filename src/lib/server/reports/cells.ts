// The one place spreadsheet files are written: CSV for Swedish Excel with csv-stringify (UTF-8 BOM, `;`,
// RFC 4180 quoting, CRLF, decimal comma) and XLSX sheets with exceljs (real numbers and dates, frozen
// header, widths; streamed). Both neutralise text a spreadsheet would run as a formula (=, +, -, @, tab, CR) with a
// leading apostrophe; the council, action-plan and report exports all come through here.
import { stringify } from 'csv-stringify/sync';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

export type SheetCell = string | number | Date | null;

const FORMULA_START = /^[=+\-@\t\r]/;
/** Text from a user as a spreadsheet may show it: never run as a formula. */
export const guardText = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s);

/** Dates as Swedish wall-clock time ("2026-11-23 16:05"), whatever the server's zone. */
export function stockholmTime(d: Date): string {
	return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(d);
}

/** The same wall-clock time as a Date whose UTC fields show it (spreadsheets have no time zones). */
export function asLocalDate(d: Date): Date {
	const p = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Stockholm' })
			.formatToParts(d)
			.map((x) => [x.type, Number(x.value)])
	);
	return new Date(Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!));
}

/** A plain `-` and a decimal comma: Intl's U+2212 and grouping spaces would make Excel read text. */
const csvNumber = (n: number) => String(n).replace('.', ',');

export function csvBytes(header: readonly string[], rows: readonly (readonly SheetCell[])[]): Uint8Array {
	const text = stringify([[...header], ...rows.map((r) => [...r])], {
		delimiter: ';',
		record_delimiter: 'windows',
		bom: true,
		// a line break of either kind inside a field must be quoted, not only the CRLF between records
		quoted_match: /[\r\n]/,
		cast: {
			number: csvNumber,
			date: stockholmTime,
			string: (s) => guardText(s)
		}
	});
	return new TextEncoder().encode(text);
}

export interface Sheet {
	name: string;
	header: readonly string[];
	rows: readonly (readonly SheetCell[])[];
}

/** A sheet's column widths: wide enough for the header and the first rows' text, within 12–60 characters. */
function widths(sheet: Sheet): number[] {
	return sheet.header.map((h, i) => {
		let width = Math.max(12, h.length + 2);
		for (const r of sheet.rows.slice(0, 500)) width = Math.max(width, typeof r[i] === 'string' ? (r[i] as string).length + 2 : 12);
		return Math.min(60, width);
	});
}

/**
 * A workbook of sheets: header bold and frozen, numbers and dates as such, text guarded, columns wide
 * enough. Written with exceljs's streaming writer, row by row, and inline strings: the report's annex
 * sheets hold a hundred thousand rows, which the in-memory workbook took seconds to write.
 */
export async function xlsxBytes(sheets: readonly Sheet[], meta: { title?: string; creator?: string; created?: Date } = {}): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	const stream = new PassThrough();
	stream.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<void>((resolve, reject) => {
		stream.on('end', resolve);
		stream.on('error', reject);
	});
	// level 1: the sheets' XML is repetitive, and the strongest compression costs seconds for a few per cent
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]);
	if (meta.title) workbook.title = meta.title;
	if (meta.creator) workbook.creator = meta.creator;
	if (meta.created) workbook.created = meta.created;
	for (const sheet of sheets) {
		const ws = workbook.addWorksheet(sheet.name.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
		const dates = sheet.header.map((_, i) => sheet.rows.some((r) => r[i] instanceof Date));
		ws.columns = widths(sheet).map((width, i) => ({ width, ...(dates[i] ? { style: { numFmt: 'yyyy-mm-dd hh:mm' } } : {}) }));
		const head = ws.addRow([...sheet.header]);
		head.font = { bold: true };
		head.commit();
		for (const r of sheet.rows) ws.addRow(r.map((c) => (c instanceof Date ? asLocalDate(c) : typeof c === 'string' ? guardText(c) : c))).commit();
		ws.commit();
	}
	await workbook.commit();
	await done;
	return new Uint8Array(Buffer.concat(chunks));
}
