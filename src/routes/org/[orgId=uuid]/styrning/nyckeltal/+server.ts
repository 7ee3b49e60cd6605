import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { searchKpisForSteering } from '#lib/server/services/steering-kolada.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard } from '#lib/server/http/respond.js';

// The KPI picker's search as you type (the page's GET search does the same without JavaScript).
export const GET: RequestHandler = async ({ locals, params, url }) =>
	guard(locals, async () => json(await searchKpisForSteering(actorOf(locals), params.orgId, (url.searchParams.get('sok') ?? '').slice(0, 200))));
