import type { PageServerLoad } from './$types';
import { db } from '#lib/server/runtime.js';
import { guard } from '#lib/server/http/respond.js';
import { getPublishedReport } from '#lib/server/services/report-publication.service.js';

// A published nulägesanalys, read by anyone signed in or not: only its frozen copy; unpublished → 404.
export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const report = await guard(locals, () => getPublishedReport(db(), params.slug));
	// never cached, so unpublishing takes it away at once
	setHeaders({ 'cache-control': 'no-store' });
	return { report, slug: params.slug };
};
