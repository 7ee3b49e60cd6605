// Writing a table of the council's items (and the action plan's) as a file: CSV for Swedish Excel and XLSX,
// both through the shared writers in reports/cells.ts (one formula guard for every export).
import { csvBytes, stockholmTime, xlsxBytes } from '../reports/cells.js';

export { stockholmTime };

export type Cell = string | number | Date;

export interface ExportFile {
	filename: string;
	contentType: string;
	body: Uint8Array;
}

/** A table of one sheet as CSV, through the shared writer (guard, BOM, `;`, decimal comma). */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): Uint8Array {
	return csvBytes(header, rows);
}

export async function toXlsx(sheet: string, header: readonly string[], rows: readonly (readonly Cell[])[]): Promise<Uint8Array> {
	return xlsxBytes([{ name: sheet, header, rows }]);
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
