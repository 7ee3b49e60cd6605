import type { Actions, PageServerLoad } from './$types';
import { createPlan, listPlans } from '#lib/server/services/plan.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard } from '#lib/server/http/respond.js';
import { redirectingAction } from '#lib/server/http/plan-action.js';
import { planSchema } from '#lib/validation/plan.js';

// Everyone with org.view reads the list (a stranger gets 404 from the service). From a council item
// (?arende=&cykel=) or a gap finding (?fynd=&cykel=) the page offers the open plans to add a measure to.
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { plans, canManage } = await guard(locals, () => listPlans(actorOf(locals), params.orgId));
	const from = new URLSearchParams();
	for (const key of ['arende', 'fynd', 'cykel']) {
		const v = url.searchParams.get(key);
		if (v) from.set(key, v);
	}
	return { plans, canManage, from: canManage && from.has('cykel') ? from.toString() : null };
};

export const actions: Actions = {
	create: redirectingAction(planSchema, async (ctx, data, p: { orgId: string }) => {
		const { id } = await createPlan(ctx, p.orgId, data);
		return `/org/${p.orgId}/handlingsplan/${id}`;
	})
};
