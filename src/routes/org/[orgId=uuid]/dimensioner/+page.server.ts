import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { DEFAULT_DIMENSIONS } from '#lib/analysis/engine/dimensions.js';
import { dimensions } from '#lib/domain/mapping.js';
import { can } from '#lib/domain/roles.js';
import { getDimensionGrouping, setDimensionGrouping } from '#lib/server/services/analysis.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { forbidden } from '#lib/server/services/errors.js';
import { guard, guardAction } from '#lib/server/http/respond.js';
import { parseForm } from '#lib/validation/form.js';
import { dimensionPageFormSchema, type DimensionGoals } from '#lib/validation/dimensions.js';

const defaults = (): DimensionGoals => ({
	social: [...DEFAULT_DIMENSIONS.social],
	ekologisk: [...DEFAULT_DIMENSIONS.ekologisk],
	ekonomisk: [...DEFAULT_DIMENSIONS.ekonomisk]
});

/** The ticked boxes as the page shows them again after a refusal: goal numbers per dimension, comma-separated. */
function checkedValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const d of dimensions) values[d] = form.getAll(d).filter((v): v is string => typeof v === 'string').join(',');
	return values;
}

// The service checks org.view (a stranger gets 404); the page is the samordnare's, so without org.manage it is 403.
export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { role } = await parent();
	return guard(locals, async () => {
		const stored = await getDimensionGrouping(actorOf(locals), params.orgId);
		if (!can(role, 'org.manage')) throw forbidden();
		return { grouping: stored ?? defaults(), isDefault: stored === null, defaults: defaults() };
	});
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const form = await request.formData();
		const values = checkedValues(form);
		const parsed = parseForm(dimensionPageFormSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values });
		return guardAction(locals, values, async () => {
			await setDimensionGrouping(actorOf(locals), params.orgId, parsed.data);
			return { notice: 'dimensions.notice.saved' as const };
		});
	},
	reset: async ({ locals, params }) =>
		guardAction(locals, {}, async () => {
			await setDimensionGrouping(actorOf(locals), params.orgId, null);
			return { notice: 'dimensions.notice.reset' as const };
		})
};
