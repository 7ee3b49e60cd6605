import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { listItems, openItem } from '#lib/server/services/council.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard, guardAction } from '#lib/server/http/respond.js';
import { itemFilterOf, openItemSchema } from '#lib/validation/council.js';
import { formValues, parseForm } from '#lib/validation/form.js';

export const load: PageServerLoad = async ({ locals, params, url }) =>
	guard(locals, () => listItems(actorOf(locals), params.orgId, params.cycleId, itemFilterOf(url.searchParams)));

export const actions: Actions = {
	/** "Ta upp i rådet" / "Öppna ärende" on the council view: a finding's key in, its item's page out. */
	open: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(openItemSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await guardAction(locals, formValues(form), () => openItem(actorOf(locals), params.orgId, params.cycleId, parsed.data.findingKey));
		if (!('id' in result)) return result;
		redirect(303, `/org/${params.orgId}/rad/${params.cycleId}/arenden/${result.id}`);
	}
};
