import type { PageServerLoad } from './$types';
import { getAnalysis } from '#lib/server/services/analysis.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard } from '#lib/server/http/respond.js';
import { councilView } from '#lib/components/analysis/council-view.js';

// The council view: the service checks council.view; the charts' models (the network's layout included)
// and the findings' sentences are computed here, so the page looks the same with and without JavaScript.
export const load: PageServerLoad = async ({ locals, params }) =>
	guard(locals, async () => councilView(await getAnalysis(actorOf(locals), params.orgId, params.cycleId), params.orgId, locals.locale));
