import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getSteering, moveSteeringItem, removeGoal, removeGoalJudgement, saveGoal, setGoalJudgement } from '#lib/server/services/steering.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { forbidden, notFound } from '#lib/server/services/errors.js';
import { formAction } from '#lib/server/http/form-action.js';
import { guard } from '#lib/server/http/respond.js';
import { goalSchema, judgementSchema, moveSchema, removeJudgementSchema, removeSchema } from '#lib/validation/steering.js';

type P = { orgId: string; goalId: string };

// The samordnare's page for one goal: the goal itself, its place among its siblings, its yearly judgements.
export const load: PageServerLoad = async ({ locals, params, url }) =>
	guard(locals, async () => {
		const s = await getSteering(actorOf(locals), params.orgId);
		if (!s.canEdit) throw forbidden();
		const goal = s.goals.find((g) => g.id === params.goalId);
		if (!goal) throw notFound();
		return {
			goal,
			created: url.searchParams.has('ny'),
			focusAreas: s.focusAreas,
			goals: s.goals,
			units: s.units,
			indicators: s.indicators.filter((i) => i.goalId === goal.id).map((i) => ({ id: i.id, name: i.name })),
			judgements: s.judgements.filter((j) => j.goalId === goal.id).sort((a, b) => b.year - a.year)
		};
	});

export const actions: Actions = {
	save: formAction(goalSchema, async (ctx, data, p: P) => {
		await saveGoal(ctx, p.orgId, { ...data, goalId: p.goalId });
		return 'steering.notice.goalSaved';
	}),
	move: formAction(moveSchema, async (ctx, data, p: P) => {
		await moveSteeringItem(ctx, p.orgId, 'goal', p.goalId, data.direction === 'up' ? -1 : 1);
		return 'steering.notice.moved';
	}),
	remove: formAction(removeSchema, async (ctx, _data, p: P) => {
		await removeGoal(ctx, p.orgId, p.goalId);
		redirect(303, `/org/${p.orgId}/styrning`);
	}),
	judge: formAction(judgementSchema, async (ctx, data, p: P) => {
		await setGoalJudgement(ctx, p.orgId, p.goalId, data);
		return 'steering.notice.judgementSaved';
	}),
	unjudge: formAction(removeJudgementSchema, async (ctx, data, p: P) => {
		await removeGoalJudgement(ctx, p.orgId, p.goalId, data.year);
		return 'steering.notice.judgementRemoved';
	})
};
