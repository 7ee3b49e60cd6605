import { fail } from '@sveltejs/kit';
import type { Actions } from './$types';
import { updateOrganisationDetails } from '#lib/server/services/organisation.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guardAction } from '#lib/server/http/respond.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { updateOrganisationSchema } from '#lib/validation/organisation.js';

// The overview's data comes from the layout load (getOrganisationOverview checks org.view).
export const actions: Actions = {
	update: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(updateOrganisationSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		return guardAction(locals, formValues(form), async () => {
			await updateOrganisationDetails(actorOf(locals), params.orgId, parsed.data);
			return { notice: 'org.notice.updated' as const };
		});
	}
};
