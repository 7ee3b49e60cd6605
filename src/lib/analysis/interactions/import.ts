// Reading an uploaded or named file in the SEI layout, whatever its name says: an XLSX workbook is a zip
// archive (it starts with "PK"), the old binary .xls format starts with D0 CF 11 E0 and is refused with a
// hint, anything else is read as CSV text.
import { parseSeiCsvBytes } from './csv.js';
import { fileIssue, fileTooLargeIssue, MAX_MATRIX_FILE_BYTES, type MatrixParseResult } from './sei-layout.js';

export type SeiFileFormat = 'xlsx' | 'xls' | 'csv';

export function sniffFormat(bytes: Uint8Array): SeiFileFormat {
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
	if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
	return 'csv';
}

/** The bytes of a CSV or XLSX file in the SEI layout → a matrix or issues. */
export async function parseSeiFile(bytes: Uint8Array): Promise<MatrixParseResult> {
	if (bytes.length > MAX_MATRIX_FILE_BYTES) return { ok: false, issues: [fileTooLargeIssue()] };
	switch (sniffFormat(bytes)) {
		case 'xlsx': {
			// exceljs takes ~0.4 s to load: only when a workbook comes.
			const { parseSeiXlsx } = await import('./xlsx.js');
			return parseSeiXlsx(bytes);
		}
		case 'xls':
			return {
				ok: false,
				issues: [fileIssue('old-xls', 'Filen är i det gamla Excel-formatet .xls. Spara den som .xlsx eller som "CSV UTF-8" och försök igen.')]
			};
		case 'csv':
			return parseSeiCsvBytes(bytes);
	}
}
