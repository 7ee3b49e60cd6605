import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createFirstAdmin, needsSetup } from '#lib/server/services/setup.service.js';
import { login } from '#lib/server/services/auth.service.js';
import { setSessionCookie } from '#lib/server/auth/cookies.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guardAction } from '#lib/server/http/respond.js';
import { parseForm } from '#lib/validation/form.js';
import { setupSchema } from '#lib/validation/auth.js';

export const load: PageServerLoad = async ({ locals }) => {
	if (!(await needsSetup(actorOf(locals)))) redirect(303, '/logga-in');
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const parsed = parseForm(setupSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const address = getClientAddress();
		const values = { code: parsed.data.code, email: parsed.data.email, displayName: parsed.data.displayName };
		const admin = await guardAction(locals, values, () => createFirstAdmin(actorOf(locals), { ...parsed.data, address }));
		if (!('id' in admin)) return admin;
		const session = await login(actorOf(locals), { email: parsed.data.email, password: parsed.data.password, address });
		setSessionCookie(cookies, url, session.token, session.expiresAt);
		redirect(303, '/admin');
	}
};
