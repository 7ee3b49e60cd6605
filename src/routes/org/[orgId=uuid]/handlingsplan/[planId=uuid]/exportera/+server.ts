import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { exportPlan } from '#lib/server/services/plan-export.service.js';
import { contentDisposition } from '#lib/server/services/council-export.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard } from '#lib/server/http/respond.js';
import { translator, type Locale } from '#lib/i18n/index.js';
import { exportFormatSchema } from '#lib/validation/plan.js';

/** The plan as a file: `?format=csv` (Swedish Excel) or `?format=xlsx`; data.export, also for a closed plan. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const format = exportFormatSchema.safeParse(url.searchParams.get('format') ?? 'csv');
	if (!format.success) error(404, translator(locals.locale as Locale)('error.404'));
	const file = await guard(locals, () => exportPlan(actorOf(locals), params.orgId, params.planId, format.data, locals.locale as Locale));
	return new Response(file.body as Uint8Array<ArrayBuffer>, {
		headers: { 'content-type': file.contentType, 'content-disposition': contentDisposition(file.filename), 'cache-control': 'private, no-store' }
	});
};
