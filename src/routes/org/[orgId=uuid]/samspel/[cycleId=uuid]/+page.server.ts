import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { actorOf } from '#lib/server/services/actor.js';
import { copyFromCycle, importMatrix, interactionOverview, MatrixImportError } from '#lib/server/services/interaction.service.js';
import { guard, guardAction } from '#lib/server/http/respond.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { copySchema, importSchema } from '#lib/validation/interactions.js';

export const load: PageServerLoad = async ({ locals, params }) => guard(locals, () => interactionOverview(actorOf(locals), params.orgId, params.cycleId));

/** The most issues a refused file lists; the rest are counted. */
const MAX_ISSUES = 50;

export const actions: Actions = {
	/** A file upload: the file is read here, the matrix checked by the service; a refused file lists its issues. */
	import: async ({ request, locals, params }) => {
		const form = await request.formData();
		const values: Record<string, string> = { ...formValues(form), section: 'import' };
		const parsed = parseForm(importSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values });
		const file = form.get('file');
		const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
		const name = file instanceof File ? file.name : '';
		const result = await guardAction(locals, values, async () => {
			try {
				return { ok: true as const, counts: await importMatrix(actorOf(locals), params.orgId, params.cycleId, bytes, name, parsed.data.mode) };
			} catch (e) {
				if (e instanceof MatrixImportError) return { ok: false as const, issues: e.issues };
				throw e;
			}
		});
		if (!('ok' in result)) return result;
		if (!result.ok) {
			const issues = [...result.issues.slice(0, MAX_ISSUES)];
			if (result.issues.length > MAX_ISSUES) issues.push(`… och ${result.issues.length - MAX_ISSUES} fel till.`);
			return fail(400, { errors: { file: 'interactions.error.import' as const }, values, issues });
		}
		return { section: 'import', imported: result.counts };
	},
	copy: async ({ request, locals, params }) => {
		const form = await request.formData();
		const values: Record<string, string> = { ...formValues(form), section: 'copy' };
		const parsed = parseForm(copySchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values });
		const result = await guardAction(locals, values, () => copyFromCycle(actorOf(locals), params.orgId, params.cycleId, parsed.data.fromCycleId));
		if (!('copied' in result)) return result;
		return { section: 'copy', copied: result.copied };
	}
};
