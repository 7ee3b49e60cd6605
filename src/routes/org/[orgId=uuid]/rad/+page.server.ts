import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { listCouncilCycles } from '#lib/server/services/analysis.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard } from '#lib/server/http/respond.js';

// Pick a cycle: the council view's cycle picker (a GET form) lands here with ?cycle=…, and goes on to that
// cycle's view (which checks council.view itself); without it, the list of cycles.
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const cycles = await guard(locals, () => listCouncilCycles(actorOf(locals), params.orgId));
	const picked = url.searchParams.get('cycle');
	// Only one of the listed cycles goes on: anything else, malformed ids included, shows the list.
	if (picked && cycles.some((c) => c.id === picked.toLowerCase())) redirect(303, `/org/${params.orgId}/rad/${picked.toLowerCase()}`);
	return { cycles: cycles.map((c) => ({ id: c.id, name: c.name, year: c.year, status: c.status })) };
};
