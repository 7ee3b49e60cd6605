import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getSteering } from '#lib/server/services/steering.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { forbidden, notFound } from '#lib/server/services/errors.js';
import { guard } from '#lib/server/http/respond.js';
import { pickerData, saveIndicatorAction } from '#lib/server/http/indicator-page.js';

// A new indicator under a goal (?mal=<goalId>, or goalId when the picker sent the form back).
export const load: PageServerLoad = async ({ locals, params, url }) =>
	guard(locals, async () => {
		const ctx = actorOf(locals);
		const s = await getSteering(ctx, params.orgId);
		if (!s.canEdit) throw forbidden();
		const goalId = url.searchParams.get('mal') ?? url.searchParams.get('goalId');
		const goal = s.goals.find((g) => g.id === goalId);
		if (!goal) throw notFound();
		return { goal: { id: goal.id, title: goal.title }, ...(await pickerData(ctx, params.orgId, url, null)) };
	});

export const actions: Actions = {
	save: saveIndicatorAction((orgId, id) => redirect(303, `/org/${orgId}/styrning/indikator/${id}?ny=1`))
};
