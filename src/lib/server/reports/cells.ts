// The one place spreadsheet files are written: CSV for Swedish Excel with csv-stringify (UTF-8 BOM, `;`,
// RFC 4180 quoting, CRLF, decimal comma) and XLSX sheets with exceljs (real numbers and dates, frozen
// header, widths). Both neutralise text a spreadsheet would run as a formula (=, +, -, @, tab, CR) with a
// leading apostrophe; the council, action-plan and report exports all come through here.
import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';

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

/** One sheet: header bold and frozen, numbers and dates as such, text guarded, columns wide enough. */
export function addSheet(workbook: ExcelJS.Workbook, name: string, header: readonly string[], rows: readonly (readonly SheetCell[])[]) {
	const ws = workbook.addWorksheet(name.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31));
	ws.addRow([...header]).font = { bold: true };
	for (const r of rows) ws.addRow(r.map((c) => (c instanceof Date ? asLocalDate(c) : typeof c === 'string' ? guardText(c) : c)));
	header.forEach((h, i) => {
		const col = ws.getColumn(i + 1);
		let width = Math.max(12, h.length + 2);
		for (const r of rows.slice(0, 500)) width = Math.max(width, typeof r[i] === 'string' ? (r[i] as string).length + 2 : 12);
		col.width = Math.min(60, width);
		if (rows.some((r) => r[i] instanceof Date)) col.numFmt = 'yyyy-mm-dd hh:mm';
	});
	ws.views = [{ state: 'frozen', ySplit: 1 }];
	return ws;
}
