// One goal: its full title, its targets with their official text, each target's global indicators and, for a
// signed-in member, the own organisations' prioritised goals and indicators that follow it.
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { goal, indicatorsOf, targets } from '#lib/sdg/catalogue.js';
import { translator } from '#lib/i18n/index.js';
import { actorOf } from '#lib/server/services/actor.js';
import { localSteeringOfGoal } from '#lib/server/services/steering.service.js';

export const load: PageServerLoad = async ({ params, locals }) => {
	const found = goal(params.goal);
	if (!found) error(404, translator(locals.locale)('error.404'));
	return {
		goal: found,
		targets: targets(found.number).map((t) => ({ ...t, indicators: indicatorsOf(t.code) })),
		previous: goal(found.number - 1) ?? null,
		next: goal(found.number + 1) ?? null,
		local: await localSteeringOfGoal(actorOf(locals), found.number)
	};
};
