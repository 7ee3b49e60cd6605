import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { actorOf } from '#lib/server/services/actor.js';
import { pairDetail, scorePair, settlePair } from '#lib/server/services/interaction.service.js';
import { formAction } from '#lib/server/http/form-action.js';
import { guard } from '#lib/server/http/respond.js';
import { translator, type Locale } from '#lib/i18n/index.js';
import { parsePair, scoreSchema, settleSchema } from '#lib/validation/interactions.js';

type P = { orgId: string; cycleId: string; pair: string };

/** The pair in the address; not two different targets of the catalogue: 404. */
function pairOf(locals: App.Locals, value: string) {
	const pair = parsePair(value);
	if (!pair) error(404, translator(locals.locale as Locale)('error.404'));
	return pair;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const pair = pairOf(locals, params.pair);
	return guard(locals, () => pairDetail(actorOf(locals), params.orgId, params.cycleId, pair));
};

export const actions: Actions = {
	score: async (event) => {
		const pair = pairOf(event.locals, event.params.pair);
		return formAction(scoreSchema, async (ctx, d, p: P) => (await scorePair(ctx, p.orgId, p.cycleId, { ...pair, ...d }), 'interactions.mine.saved'))(event);
	},
	settle: async (event) => {
		const pair = pairOf(event.locals, event.params.pair);
		return formAction(settleSchema, async (ctx, d, p: P) => (await settlePair(ctx, p.orgId, p.cycleId, { ...pair, ...d }), 'interactions.agreed.saved'))(event);
	}
};
