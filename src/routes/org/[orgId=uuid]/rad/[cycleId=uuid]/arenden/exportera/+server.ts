import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { exportItems } from '#lib/server/services/council.service.js';
import { contentDisposition } from '#lib/server/services/council-export.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard } from '#lib/server/http/respond.js';
import { translator, type Locale } from '#lib/i18n/index.js';
import { exportFormats, type ExportFormat } from '#lib/validation/council.js';

/** The cycle's council items as a file: `?format=csv` (Swedish Excel) or `?format=xlsx`. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const format = url.searchParams.get('format') ?? 'csv';
	if (!(exportFormats as readonly string[]).includes(format)) error(404, translator(locals.locale as Locale)('error.404'));
	const file = await guard(locals, () => exportItems(actorOf(locals), params.orgId, params.cycleId, format as ExportFormat, locals.locale as Locale));
	return new Response(file.body as Uint8Array<ArrayBuffer>, {
		headers: { 'content-type': file.contentType, 'content-disposition': contentDisposition(file.filename), 'cache-control': 'private, no-store' }
	});
};
