import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { listMyOrganisations } from '#lib/server/services/organisation.service.js';
import { needsSetup } from '#lib/server/services/setup.service.js';
import { actorOf } from '#lib/server/services/actor.js';

export const load: PageServerLoad = async ({ locals }) => {
	const ctx = actorOf(locals);
	if (!locals.user && (await needsSetup(ctx))) redirect(303, '/installera');
	return { organisations: locals.user ? await listMyOrganisations(ctx) : [] };
};
