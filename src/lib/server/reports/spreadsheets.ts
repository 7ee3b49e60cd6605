// The report's views as files: XLSX with one sheet per view (exceljs), and CSV for Swedish Excel with one
// file per view in a zip — both through the shared writers and formula guard in cells.ts.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { addSheet, csvBytes, type SheetCell } from './cells.js';
import type { ReportModel, View } from './model.js';

/** A view's rows with its date columns as real dates again (the model keeps them as ISO text). */
export function viewRows(v: View): SheetCell[][] {
	return v.rows.map((r) => r.map((c, i) => (v.types[i] === 'date' && typeof c === 'string' ? new Date(c) : c)));
}

export async function reportXlsx(model: ReportModel): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.title = model.title;
	workbook.creator = model.organisation;
	workbook.created = new Date(model.generatedAt);
	for (const v of model.views) addSheet(workbook, v.name, v.header, viewRows(v));
	return new Uint8Array(await workbook.xlsx.writeBuffer());
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
