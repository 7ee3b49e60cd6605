import type { PageServerLoad } from './$types';
import { listReportCycles } from '#lib/server/services/report.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard } from '#lib/server/http/respond.js';

// The nulägesanalys per cycle: the list to choose from (the service checks council.view).
export const load: PageServerLoad = async ({ locals, params }) => {
	const cycles = await guard(locals, () => listReportCycles(actorOf(locals), params.orgId));
	return { cycles: cycles.map((c) => ({ id: c.id, name: c.name, year: c.year })) };
};
