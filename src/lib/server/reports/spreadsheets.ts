// The report's views as files: XLSX with one sheet per view (exceljs), and CSV for Swedish Excel with one
// file per view in a zip — both through the shared writers and formula guard in cells.ts.
import JSZip from 'jszip';
import { csvBytes, xlsxBytes, type SheetCell } from './cells.js';
import type { ReportModel, View } from './model.js';

/** A view's rows with its date columns as real dates again (the model keeps them as ISO text). */
export function viewRows(v: View): SheetCell[][] {
	return v.rows.map((r) => r.map((c, i) => (v.types[i] === 'date' && typeof c === 'string' ? new Date(c) : c)));
}

export async function reportXlsx(model: ReportModel): Promise<Uint8Array> {
	return xlsxBytes(
		model.views.map((v) => ({ name: v.name, header: v.header, rows: viewRows(v) })),
		{ title: model.title, creator: model.organisation, created: new Date(model.generatedAt) }
	);
}

/** One CSV file per view: { 'kartlaggning.csv': bytes, … }. */
export function reportCsvFiles(model: ReportModel): Record<string, Uint8Array> {
	return Object.fromEntries(model.views.map((v) => [`${v.id}.csv`, csvBytes(v.header, viewRows(v))]));
}

export async function reportCsvZip(model: ReportModel): Promise<Uint8Array> {
	const zip = new JSZip();
	for (const [name, bytes] of Object.entries(reportCsvFiles(model))) zip.file(name, bytes);
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
