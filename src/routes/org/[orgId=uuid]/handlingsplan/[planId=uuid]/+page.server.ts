import type { Actions, PageServerLoad } from './$types';
import { closePlan, copyPlan, getPlan } from '#lib/server/services/plan.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { formAction } from '#lib/server/http/form-action.js';
import { guard } from '#lib/server/http/respond.js';
import { redirectingAction } from '#lib/server/http/plan-action.js';
import { copyPlanSchema } from '#lib/validation/plan.js';
import { z } from 'zod';

type P = { orgId: string; planId: string };

// Everyone with org.view reads the overview; close and copy are the samordnare's (org.manage, in the service).
export const load: PageServerLoad = async ({ locals, params }) => ({ view: await guard(locals, () => getPlan(actorOf(locals), params.orgId, params.planId)) });

export const actions: Actions = {
	close: formAction(z.object({}), async (ctx, _d, p: P) => (await closePlan(ctx, p.orgId, p.planId), 'plan.notice.closed')),
	copy: redirectingAction(copyPlanSchema, async (ctx, d, p: P) => `/org/${p.orgId}/handlingsplan/${(await copyPlan(ctx, p.orgId, p.planId, d)).id}`)
};
