import type { PageServerLoad } from './$types';
import { actorOf } from '#lib/server/services/actor.js';
import { getProjector } from '#lib/server/services/workshop.service.js';
import { guard } from '#lib/server/http/respond.js';

export const load: PageServerLoad = async ({ locals, params, url }) =>
	guard(locals, async () => {
		const p = await getProjector(actorOf(locals), params.orgId, params.workshopId);
		return { ...p, joinUrl: `${url.origin}/delta?kod=${p.workshop.joinCode}` };
	});
