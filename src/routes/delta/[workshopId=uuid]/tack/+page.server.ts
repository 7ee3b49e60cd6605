// A closed workshop's thank-you to a participant, with their own summary (issue 19, item 7).
import type { PageServerLoad } from './$types';
import { guestToken } from '#lib/server/auth/guest.js';
import { getThankYou } from '#lib/server/services/guest.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard } from '#lib/server/http/respond.js';

export const load: PageServerLoad = async ({ locals, params, cookies, url }) =>
	guard(locals, () => getThankYou(actorOf(locals), params.workshopId, guestToken(cookies, url)));
