import type { RequestHandler } from './$types';
import { exportOrganisation } from '#lib/server/services/org-export.service.js';
import { contentDisposition } from '#lib/server/services/council-export.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard } from '#lib/server/http/respond.js';

/** The whole organisation as one JSON file, for a samordnare (data.export); others 403, strangers 404. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const file = await guard(locals, () => exportOrganisation(actorOf(locals), params.orgId));
	return new Response(file.json, {
		headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': contentDisposition(file.fileName), 'cache-control': 'no-store' }
	});
};
