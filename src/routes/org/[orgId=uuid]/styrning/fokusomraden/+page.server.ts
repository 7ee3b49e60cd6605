import type { Actions, PageServerLoad } from './$types';
import { getSteering, moveSteeringItem, removeFocusArea, saveFocusArea } from '#lib/server/services/steering.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { forbidden } from '#lib/server/services/errors.js';
import { formAction } from '#lib/server/http/form-action.js';
import { guard } from '#lib/server/http/respond.js';
import { focusAreaSchema, moveSchema, removeSchema } from '#lib/validation/steering.js';

type P = { orgId: string };

// The samordnare's page (org.manage): a stranger gets 404 from the service, another member 403.
export const load: PageServerLoad = async ({ locals, params }) =>
	guard(locals, async () => {
		const s = await getSteering(actorOf(locals), params.orgId);
		if (!s.canEdit) throw forbidden();
		return { focusAreas: s.focusAreas };
	});

export const actions: Actions = {
	save: formAction(focusAreaSchema, async (ctx, data, p: P) => {
		await saveFocusArea(ctx, p.orgId, data);
		return data.focusAreaId ? 'steering.notice.focusAreaSaved' : 'steering.notice.focusAreaAdded';
	}),
	remove: formAction(removeSchema, async (ctx, data, p: P) => {
		await removeFocusArea(ctx, p.orgId, data.id);
		return 'steering.notice.focusAreaRemoved';
	}),
	move: formAction(moveSchema, async (ctx, data, p: P) => {
		await moveSteeringItem(ctx, p.orgId, 'focusArea', data.id, data.direction === 'up' ? -1 : 1);
		return 'steering.notice.moved';
	})
};
