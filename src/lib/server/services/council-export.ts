// Writing a table of the council's items as a file: CSV for Swedish Excel (UTF-8 with a BOM, `;` between
// fields, RFC 4180 quoting, CRLF) and XLSX with exceljs (real numbers and dates). Cells a spreadsheet would
// run as a formula get a leading apostrophe.
import ExcelJS from 'exceljs';

export type Cell = string | number | Date;

export interface ExportFile {
	filename: string;
	contentType: string;
	body: Uint8Array;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const safe = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s);

/** Dates as Swedish wall-clock time ("2026-11-23 16:05"), whatever the server's zone. */
export function stockholmTime(d: Date): string {
	return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(d);
}

function csvField(cell: Cell): string {
	const s = cell instanceof Date ? stockholmTime(cell) : typeof cell === 'number' ? String(cell).replace('.', ',') : safe(cell);
	return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): Uint8Array {
	const lines = [header, ...rows].map((r) => r.map(csvField).join(';'));
	return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** The same wall-clock time as a Date whose UTC fields show it (spreadsheets have no time zones). */
function asLocalDate(d: Date): Date {
	const p = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Stockholm' })
			.formatToParts(d)
			.map((x) => [x.type, Number(x.value)])
	);
	return new Date(Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!));
}

export async function toXlsx(sheet: string, header: readonly string[], rows: readonly (readonly Cell[])[]): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const ws = workbook.addWorksheet(sheet.slice(0, 31));
	ws.addRow([...header]).font = { bold: true };
	for (const r of rows) ws.addRow(r.map((c) => (c instanceof Date ? asLocalDate(c) : typeof c === 'string' ? safe(c) : c)));
	ws.columns.forEach((col, i) => {
		col.width = Math.min(60, Math.max(12, header[i]!.length + 2, ...rows.map((r) => (typeof r[i] === 'string' ? (r[i] as string).length : 16))));
		if (rows.some((r) => r[i] instanceof Date)) col.numFmt = 'yyyy-mm-dd hh:mm';
	});
	ws.views = [{ state: 'frozen', ySplit: 1 }];
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A Content-Disposition for a download named in Swedish: an ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDisposition(filename: string): string {
	const ascii = filename
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[–—]/g, '-')
		.replace(/[^\x20-\x7e]|["\\]/g, '_');
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
