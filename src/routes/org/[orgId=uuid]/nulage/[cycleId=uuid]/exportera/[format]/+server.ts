import type { RequestHandler } from './$types';
import { translator, type Locale } from '#lib/i18n/index.js';
import { actorOf } from '#lib/server/services/actor.js';
import { contentDisposition } from '#lib/server/services/council-export.js';
import { exportReport } from '#lib/server/services/report-export.service.js';
import { guard } from '#lib/server/http/respond.js';
import { PdfUnavailableError } from '#lib/server/reports/pdf.js';
import { pdfMissingPage } from '#lib/server/reports/pdf-missing.js';

/** The cycle's nulägesanalys as docx, xlsx, csv (a zip) or pdf; data.export (a läsare gets 403, others' 404). */
export const GET: RequestHandler = async ({ locals, params }) => {
	const locale = locals.locale as Locale;
	try {
		const file = await guard(locals, () => exportReport(actorOf(locals), params.orgId, params.cycleId, params.format, locale));
		return new Response(file.body as Uint8Array<ArrayBuffer>, {
			headers: { 'content-type': file.contentType, 'content-disposition': contentDisposition(file.filename), 'cache-control': 'private, no-store' }
		});
	} catch (e) {
		if (e instanceof PdfUnavailableError) return pdfMissingPage(translator(locale), `/org/${params.orgId}/nulage/${params.cycleId}`, locale);
		throw e;
	}
};
