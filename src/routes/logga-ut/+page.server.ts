import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { logout } from '#lib/server/services/auth.service.js';
import { deleteSessionCookie } from '#lib/server/auth/cookies.js';
import { actorOf } from '#lib/server/services/actor.js';

// Signing out is a POST (a link could be followed by a prefetch); a GET just goes home.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		await logout(actorOf(locals), locals.sessionId);
		deleteSessionCookie(cookies, url);
		redirect(303, '/logga-in?utloggad');
	}
};
