import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { translator, type Locale } from '#lib/i18n/index.js';
import { db } from '#lib/server/runtime.js';
import { guard } from '#lib/server/http/respond.js';
import { contentDisposition } from '#lib/server/services/council-export.js';
import { reportFile } from '#lib/server/services/report-export.service.js';
import { getPublishedReport } from '#lib/server/services/report-publication.service.js';
import { PdfUnavailableError } from '#lib/server/reports/pdf.js';
import { pdfMissingPage } from '#lib/server/reports/pdf-missing.js';

/** A live publication's PDF or DOCX, for anyone; unpublished or another format → 404. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const locale = locals.locale as Locale;
	const t = translator(locale);
	if (params.format !== 'pdf' && params.format !== 'docx') error(404, t('error.404'));
	const model = await guard(locals, () => getPublishedReport(db(), params.slug));
	try {
		const file = await reportFile(model, params.format);
		return new Response(file.body as Uint8Array<ArrayBuffer>, {
			headers: { 'content-type': file.contentType, 'content-disposition': contentDisposition(file.filename), 'cache-control': 'no-store' }
		});
	} catch (e) {
		if (e instanceof PdfUnavailableError) return pdfMissingPage(t, `/publicerad/${params.slug}`, locale);
		throw e;
	}
};
