import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createUnit, deleteUnit, listUnits, moveUnit, reorderUnit, updateUnit } from '#lib/server/services/unit.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard, guardAction } from '#lib/server/http/respond.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { createUnitSchema, deleteUnitSchema, moveUnitSchema, reorderUnitSchema, updateUnitSchema } from '#lib/validation/unit.js';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { units, tree } = await guard(locals, () => listUnits(actorOf(locals), params.orgId));
	return { units, tree };
};

export const actions: Actions = {
	create: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(createUnitSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		return guardAction(locals, formValues(form), async () => {
			await createUnit(actorOf(locals), params.orgId, parsed.data);
			return { notice: 'unit.notice.created' as const };
		});
	},
	update: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(updateUnitSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { unitId, ...input } = parsed.data;
		return guardAction(locals, formValues(form), async () => {
			await updateUnit(actorOf(locals), params.orgId, unitId, input);
			return { notice: 'unit.notice.updated' as const };
		});
	},
	move: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(moveUnitSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		return guardAction(locals, formValues(form), async () => {
			await moveUnit(actorOf(locals), params.orgId, parsed.data.unitId, parsed.data.parentId);
			return { notice: 'unit.notice.moved' as const };
		});
	},
	reorder: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(reorderUnitSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		return guardAction(locals, formValues(form), async () => {
			await reorderUnit(actorOf(locals), params.orgId, parsed.data.unitId, parsed.data.position);
			return { notice: 'unit.notice.reordered' as const };
		});
	},
	delete: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(deleteUnitSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		return guardAction(locals, formValues(form), async () => {
			await deleteUnit(actorOf(locals), params.orgId, parsed.data.unitId);
			return { notice: 'unit.notice.deleted' as const };
		});
	}
};
