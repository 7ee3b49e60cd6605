import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { login } from '#lib/server/services/auth.service.js';
import { needsSetup } from '#lib/server/services/setup.service.js';
import { setSessionCookie } from '#lib/server/auth/cookies.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guardAction } from '#lib/server/http/respond.js';
import { parseForm } from '#lib/validation/form.js';
import { loginSchema, safeRedirect } from '#lib/validation/auth.js';

export const load: PageServerLoad = async ({ locals, url }) => {
	const target = safeRedirect(url.searchParams.get('redirectTo'));
	if (locals.user) redirect(303, target);
	if (await needsSetup(actorOf(locals))) redirect(303, '/installera');
	return { reset: url.searchParams.has('reset'), loggedOut: url.searchParams.has('utloggad') };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, locals, getClientAddress }) => {
		const form = await request.formData();
		const parsed = parseForm(loginSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await guardAction(locals, { email: parsed.data.email }, () =>
			login(actorOf(locals), { ...parsed.data, address: getClientAddress() })
		);
		if (!('token' in result)) return result;
		setSessionCookie(cookies, url, result.token, result.expiresAt);
		redirect(303, safeRedirect(url.searchParams.get('redirectTo')));
	}
};
