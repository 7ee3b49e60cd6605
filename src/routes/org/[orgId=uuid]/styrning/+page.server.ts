import type { PageServerLoad } from './$types';
import { getSteering } from '#lib/server/services/steering.service.js';
import { comparisonTitle, koladaForSteering } from '#lib/server/services/steering-kolada.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard } from '#lib/server/http/respond.js';

// Everyone in the organisation reads the steering (the service checks org.view: a stranger gets 404);
// the samordnare's edits live on the pages under it.
export const load: PageServerLoad = async ({ locals, params }) =>
	guard(locals, async () => {
		const ctx = actorOf(locals);
		const steering = await getSteering(ctx, params.orgId);
		const kolada = await koladaForSteering(ctx, params.orgId, steering.indicators.flatMap((i) => (i.koladaKpi ? [i.koladaKpi] : [])));
		return { steering, kolada, comparisonTitle: comparisonTitle(steering.comparisonId) };
	});
