import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { getOrganisationOverview } from '#lib/server/services/organisation.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard } from '#lib/server/http/respond.js';

// The organisation's name, vision and the visitor's role for every page under it. Each page's own load
// and actions still call services that check access themselves.
export const load: LayoutServerLoad = async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/logga-in?redirectTo=${encodeURIComponent(url.pathname)}`);
	return guard(locals, () => getOrganisationOverview(actorOf(locals), params.orgId));
};
