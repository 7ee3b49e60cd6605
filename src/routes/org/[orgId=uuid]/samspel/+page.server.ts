import type { PageServerLoad } from './$types';
import { actorOf } from '#lib/server/services/actor.js';
import { interactionCycles } from '#lib/server/services/interaction.service.js';
import { guard } from '#lib/server/http/respond.js';

export const load: PageServerLoad = async ({ locals, params }) => guard(locals, () => interactionCycles(actorOf(locals), params.orgId));
