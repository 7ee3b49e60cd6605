import { fail } from '@sveltejs/kit';
import type { Actions } from './$types';
import { requestPasswordReset } from '#lib/server/services/auth.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guardAction } from '#lib/server/http/respond.js';
import { parseForm } from '#lib/validation/form.js';
import { resetRequestSchema } from '#lib/validation/auth.js';

export const actions: Actions = {
	default: async ({ request, locals, url, getClientAddress }) => {
		const parsed = parseForm(resetRequestSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const r = await guardAction(locals, { email: parsed.data.email }, () =>
			requestPasswordReset(actorOf(locals), { email: parsed.data.email, address: getClientAddress(), origin: url.origin })
		);
		if (r) return r;
		return { sent: true };
	}
};
