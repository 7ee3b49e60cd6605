import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getSteering, moveSteeringItem, removeIndicator, setIndicatorOutcome } from '#lib/server/services/steering.service.js';
import { comparisonTitle, koladaForSteering } from '#lib/server/services/steering-kolada.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { forbidden, notFound } from '#lib/server/services/errors.js';
import { formAction } from '#lib/server/http/form-action.js';
import { pickerData, saveIndicatorAction } from '#lib/server/http/indicator-page.js';
import { guard } from '#lib/server/http/respond.js';
import { moveSchema, outcomeSchema, removeSchema } from '#lib/validation/steering.js';

type P = { orgId: string; indicatorId: string };

// The samordnare's page for one indicator: what it is, its target values, its outcomes typed by hand.
export const load: PageServerLoad = async ({ locals, params, url }) =>
	guard(locals, async () => {
		const ctx = actorOf(locals);
		const s = await getSteering(ctx, params.orgId);
		if (!s.canEdit) throw forbidden();
		const indicator = s.indicators.find((i) => i.id === params.indicatorId);
		if (!indicator) throw notFound();
		const goal = s.goals.find((g) => g.id === indicator.goalId)!;
		const kolada = await koladaForSteering(ctx, params.orgId, indicator.koladaKpi ? [indicator.koladaKpi] : []);
		return {
			indicator,
			goal: { id: goal.id, title: goal.title },
			kolada,
			comparisonId: s.comparisonId,
			comparisonTitle: comparisonTitle(s.comparisonId),
			canImport: s.canImport,
			created: url.searchParams.has('ny'),
			...(await pickerData(ctx, params.orgId, url, indicator))
		};
	});

export const actions: Actions = {
	save: saveIndicatorAction(() => 'steering.notice.indicatorSaved'),
	outcome: formAction(outcomeSchema, async (ctx, data, p: P) => {
		await setIndicatorOutcome(ctx, p.orgId, p.indicatorId, data);
		return data.value === null ? 'steering.notice.outcomeRemoved' : 'steering.notice.outcomeSaved';
	}),
	move: formAction(moveSchema, async (ctx, data, p: P) => {
		await moveSteeringItem(ctx, p.orgId, 'indicator', p.indicatorId, data.direction === 'up' ? -1 : 1);
		return 'steering.notice.moved';
	}),
	remove: formAction(removeSchema, async (ctx, _data, p: P) => {
		await removeIndicator(ctx, p.orgId, p.indicatorId);
		redirect(303, `/org/${p.orgId}/styrning`);
	})
};
