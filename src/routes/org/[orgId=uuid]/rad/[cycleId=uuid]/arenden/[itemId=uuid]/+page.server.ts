import type { Actions, PageServerLoad } from './$types';
import { addComment, getItem, setRecommendation, setStatus } from '#lib/server/services/council.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { formAction } from '#lib/server/http/form-action.js';
import { guard } from '#lib/server/http/respond.js';
import { target, targetLabel } from '#lib/sdg/catalogue.js';
import { commentSchema, itemStatusSchema, recommendationSchema } from '#lib/validation/council.js';

type P = { orgId: string; cycleId: string; itemId: string };

export const load: PageServerLoad = async ({ locals, params }) => {
	const detail = await guard(locals, () => getItem(actorOf(locals), params.orgId, params.cycleId, params.itemId));
	const targets = detail.targetCodes.map((code) => {
		const found = target(code);
		return { code, label: found ? (targetLabel(found, locals.locale)?.text ?? '') : '' };
	});
	return { detail, targets };
};

export const actions: Actions = {
	status: formAction(itemStatusSchema, async (ctx, d, p: P) =>
		(await setStatus(ctx, p.orgId, p.cycleId, p.itemId, d)).changed ? 'council.notice.status' : 'council.notice.unchanged'
	),
	recommendation: formAction(recommendationSchema, async (ctx, d, p: P) =>
		(await setRecommendation(ctx, p.orgId, p.cycleId, p.itemId, d)).changed ? 'council.notice.recommendation' : 'council.notice.unchanged'
	),
	comment: formAction(commentSchema, async (ctx, d, p: P) => (await addComment(ctx, p.orgId, p.cycleId, p.itemId, d), 'council.notice.comment'))
};
