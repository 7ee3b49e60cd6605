import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { isResetTokenValid, resetPassword } from '#lib/server/services/auth.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guardAction } from '#lib/server/http/respond.js';
import { parseForm } from '#lib/validation/form.js';
import { resetSchema } from '#lib/validation/auth.js';
import { translator } from '#lib/i18n/index.js';

export const load: PageServerLoad = async ({ params, locals }) => {
	if (!(await isResetTokenValid(actorOf(locals), params.token))) error(404, translator(locals.locale)('auth.resetInvalid'));
	return {};
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const parsed = parseForm(resetSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: {} });
		const r = await guardAction(locals, {}, () => resetPassword(actorOf(locals), params.token, parsed.data.password));
		if (r) return r;
		redirect(303, '/logga-in?reset');
	}
};
