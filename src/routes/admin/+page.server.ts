import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createOrganisation, listOrganisations } from '#lib/server/services/admin.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard, guardAction } from '#lib/server/http/respond.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { createOrganisationSchema } from '#lib/validation/organisation.js';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/logga-in?redirectTo=${encodeURIComponent(url.pathname)}`);
	return { organisations: await guard(locals, () => listOrganisations(actorOf(locals))) };
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const form = await request.formData();
		const parsed = parseForm(createOrganisationSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		return guardAction(locals, formValues(form), async () => {
			const { organisation, token } = await createOrganisation(actorOf(locals), parsed.data);
			return { created: { name: organisation.name, email: parsed.data.samordnareEmail, path: `/inbjudan/${token}` } };
		});
	}
};
