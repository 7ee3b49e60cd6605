import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createCycle, listCycles, setCycleStatus } from '#lib/server/services/cycle.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { formAction } from '#lib/server/http/form-action.js';
import { guard, guardAction } from '#lib/server/http/respond.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { createCycleSchema, cycleStatusSchema } from '#lib/validation/mapping.js';

export const load: PageServerLoad = async ({ locals, params }) => guard(locals, () => listCycles(actorOf(locals), params.orgId));

export const actions: Actions = {
	/** A new cycle opens at once on its own page. */
	create: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(createCycleSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await guardAction(locals, formValues(form), () => createCycle(actorOf(locals), params.orgId, parsed.data));
		if (!('id' in result)) return result;
		redirect(303, `/org/${params.orgId}/kartlaggning/${result.id}`);
	},
	status: formAction(cycleStatusSchema, async (ctx, d, p: { orgId: string }) => {
		await setCycleStatus(ctx, p.orgId, d.cycleId, d.status);
		return 'mapping.notice.cycleStatus';
	})
};
