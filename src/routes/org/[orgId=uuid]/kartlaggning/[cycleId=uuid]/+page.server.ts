import type { PageServerLoad } from './$types';
import { getCycleOverview } from '#lib/server/services/cycle.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard } from '#lib/server/http/respond.js';

export const load: PageServerLoad = async ({ locals, params }) => guard(locals, () => getCycleOverview(actorOf(locals), params.orgId, params.cycleId));
