// The nulägesanalys leaving the app: DOCX, XLSX, CSV (a zip of one file per view) and PDF of one cycle's
// report, for those who may export (data.export: the samordnare). The CLI and the download routes both
// come here; a publication's files are written from its frozen model by `reportFile`.
import { translator, type Locale } from '#lib/i18n/index.js';
import { reportDocx } from '../reports/docx.js';
import { reportHtml } from '../reports/html.js';
import type { ReportModel } from '../reports/model.js';
import { htmlToPdf } from '../reports/pdf.js';
import { reportCsvZip, reportXlsx } from '../reports/spreadsheets.js';
import { requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import type { ExportFile } from './council-export.js';
import { notFound } from './errors.js';
import { getReport } from './report.service.js';

export const reportFormats = ['docx', 'xlsx', 'csv', 'pdf'] as const;
export type ReportFormat = (typeof reportFormats)[number];
export const isReportFormat = (f: string): f is ReportFormat => (reportFormats as readonly string[]).includes(f);

const types: Record<ReportFormat, string> = {
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	csv: 'application/zip',
	pdf: 'application/pdf'
};

/** The file of a model in a format; the name says what it is ("Nulägesanalys – Alingsås – Kartläggning 2026.docx"). */
export async function reportFile(model: ReportModel, format: ReportFormat): Promise<ExportFile> {
	const t = translator(model.locale);
	const body =
		format === 'docx'
			? await reportDocx(model)
			: format === 'xlsx'
				? await reportXlsx(model)
				: format === 'csv'
					? await reportCsvZip(model)
					: await htmlToPdf(reportHtml(model), { page: t('report.page'), of: t('report.pageOf') });
	const ext = format === 'csv' ? 'zip' : format;
	return { filename: `${t('report.filename', { organisation: model.organisation, cycle: model.cycle.name })}.${ext}`, contentType: types[format], body };
}

export async function exportReport(ctx: Ctx, organisationId: string, cycleId: string, format: string, locale: Locale): Promise<ExportFile> {
	await requireOrg(ctx, organisationId, 'data.export');
	if (!isReportFormat(format)) throw notFound();
	return reportFile(await getReport(ctx, organisationId, cycleId, locale), format);
}
