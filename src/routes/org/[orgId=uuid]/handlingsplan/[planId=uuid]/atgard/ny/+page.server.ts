import type { Actions, PageServerLoad } from './$types';
import { getMeasureForm, saveMeasure } from '#lib/server/services/plan-measure.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard } from '#lib/server/http/respond.js';
import { redirectingAction } from '#lib/server/http/plan-action.js';
import { measureSchema } from '#lib/validation/plan.js';

type P = { orgId: string; planId: string };

// The samordnare's page (org.manage in the service). ?arende=<item>&cykel=<cycle> drafts the measure from a
// council item's recommendation, ?fynd=<finding key>&cykel=<cycle> from a gap finding.
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const q = (k: string) => url.searchParams.get(k);
	return { form: await guard(locals, () => getMeasureForm(actorOf(locals), params.orgId, params.planId, { councilItemId: q('arende'), cycleId: q('cykel'), findingKey: q('fynd') })) };
};

export const actions: Actions = {
	save: redirectingAction(measureSchema, async (ctx, d, p: P) => {
		const { id } = await saveMeasure(ctx, p.orgId, p.planId, { ...d, measureId: null });
		return `/org/${p.orgId}/handlingsplan/${p.planId}/atgard/${id}`;
	})
};
