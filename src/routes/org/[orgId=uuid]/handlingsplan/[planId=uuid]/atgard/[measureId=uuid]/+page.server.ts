import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getMeasure } from '#lib/server/services/plan-measure.service.js';
import { addFollowUp, getFollowUpForm } from '#lib/server/services/plan-follow-up.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { formAction } from '#lib/server/http/form-action.js';
import { guard } from '#lib/server/http/respond.js';
import { formValues } from '#lib/validation/form.js';
import { followUpSchema, indicatorValuesOf } from '#lib/validation/plan.js';

type P = { orgId: string; planId: string; measureId: string };

// Everyone with org.view reads the measure and its history; the follow-up form lists only the units the
// member may report for (mapping.edit for their own units, mapping.editAll for all), checked again in the service.
export const load: PageServerLoad = async ({ locals, params }) =>
	guard(locals, async () => {
		const ctx = actorOf(locals);
		const [detail, followUp] = await Promise.all([getMeasure(ctx, params.orgId, params.planId, params.measureId), getFollowUpForm(ctx, params.orgId, params.planId, params.measureId)]);
		return { detail, followUp: { units: followUp.units, points: followUp.points } };
	});

export const actions: Actions = {
	// The indicator fields are named by indicator (indicator-<id>), so they are read beside the schema.
	followUp: async (event) => {
		const form = await event.request.clone().formData();
		const indicators = indicatorValuesOf(form);
		if (!indicators.ok) return fail(400, { errors: { [indicators.field]: 'plan.error.number' as const }, values: formValues(form) });
		return formAction(followUpSchema, async (ctx, d, p: P) => (await addFollowUp(ctx, p.orgId, p.planId, { ...d, indicatorValues: indicators.values }), 'plan.notice.followUpSaved'))(event);
	}
};
