import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getSteering, saveGoal } from '#lib/server/services/steering.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { forbidden } from '#lib/server/services/errors.js';
import { formAction } from '#lib/server/http/form-action.js';
import { guard } from '#lib/server/http/respond.js';
import { goalSchema } from '#lib/validation/steering.js';

export const load: PageServerLoad = async ({ locals, params }) =>
	guard(locals, async () => {
		const s = await getSteering(actorOf(locals), params.orgId);
		if (!s.canEdit) throw forbidden();
		return { focusAreas: s.focusAreas, goals: s.goals, units: s.units };
	});

export const actions: Actions = {
	// A new goal opens on its own page, where indicators and judgements are added.
	save: formAction(goalSchema.transform((g) => ({ ...g, goalId: null })), async (ctx, data, p: { orgId: string }) => {
		const id = await saveGoal(ctx, p.orgId, data);
		redirect(303, `/org/${p.orgId}/styrning/mal/${id}?ny=1`);
	})
};
