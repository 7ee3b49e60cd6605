import type { Actions, PageServerLoad } from './$types';
import { getMeasureForm, saveMeasure } from '#lib/server/services/plan-measure.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard } from '#lib/server/http/respond.js';
import { redirectingAction } from '#lib/server/http/plan-action.js';
import { measureSchema } from '#lib/validation/plan.js';

type P = { orgId: string; planId: string; measureId: string };

// The samordnare's page (org.manage in the service). The form names the version it showed: a save after
// someone else's is a 409 with what is stored now.
export const load: PageServerLoad = async ({ locals, params }) => ({
	form: await guard(locals, () => getMeasureForm(actorOf(locals), params.orgId, params.planId, { measureId: params.measureId }))
});

export const actions: Actions = {
	save: redirectingAction(measureSchema, async (ctx, d, p: P) => {
		await saveMeasure(ctx, p.orgId, p.planId, { ...d, measureId: p.measureId });
		return `/org/${p.orgId}/handlingsplan/${p.planId}/atgard/${p.measureId}`;
	})
};
