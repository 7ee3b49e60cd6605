import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { actorOf } from '#lib/server/services/actor.js';
import { createWorkshop, getWorkshopChoices, listWorkshops } from '#lib/server/services/workshop.service.js';
import { guard, guardAction } from '#lib/server/http/respond.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { createWorkshopSchema } from '#lib/validation/workshop.js';

export const load: PageServerLoad = async ({ locals, params }) =>
	guard(locals, async () => {
		const ctx = actorOf(locals);
		const [workshops, choices] = await Promise.all([listWorkshops(ctx, params.orgId), getWorkshopChoices(ctx, params.orgId)]);
		return { workshops: workshops.map((w) => ({ id: w.id, name: w.name, status: w.status, createdAt: w.createdAt })), ...choices };
	});

export const actions: Actions = {
	/** A new workshop opens at once on its console. */
	create: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(createWorkshopSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { name, cycleId, units, steps } = parsed.data;
		const result = await guardAction(locals, formValues(form), () => createWorkshop(actorOf(locals), params.orgId, { name, cycleId, unitIds: units, steps }));
		if (!('id' in result)) return result;
		redirect(303, `/org/${params.orgId}/workshop/${result.id}`);
	}
};
