import type { PageServerLoad } from './$types';
import { listMyOrganisations } from '#lib/server/services/organisation.service.js';
import { actorOf } from '#lib/server/services/actor.js';

export const load: PageServerLoad = async ({ locals }) => ({
	organisations: locals.user ? await listMyOrganisations(actorOf(locals)) : []
});
