// What the two indicator pages (new and existing) load and do alike: the KPI picker's search from the
// address, the form's draft (as typed, as stored, or with a KPI chosen from the results), and the save.
import { fail, type RequestEvent } from '@sveltejs/kit';
import { draftOf, rowsOf, storedDraft, type IndicatorDraft } from '#lib/components/steering/indicator-form.js';
import type { LocalIndicator } from '#lib/domain/steering.js';
import type { MessageKey } from '#lib/i18n/index.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { indicatorSchema } from '#lib/validation/steering.js';
import { actorOf, type Ctx } from '../services/actor.js';
import { kpiFacts, searchKpisForSteering } from '../services/steering-kolada.service.js';
import { saveIndicator } from '../services/steering.service.js';
import { guardAction } from './respond.js';

export async function pickerData(ctx: Ctx, organisationId: string, url: URL, stored: LocalIndicator | null) {
	const query = (url.searchParams.get('sok') ?? '').trim().slice(0, 200);
	const choice = url.searchParams.get('valj');
	const fromAddress = url.searchParams.has('sok') || choice !== null;
	const draft: IndicatorDraft = fromAddress ? draftOf(url.searchParams) : stored ? storedDraft(stored) : { values: {}, rows: [] };
	const picked = choice && /^[NU]\d{5}$/.test(choice) ? choice : null;
	if (picked) draft.values.koladaKpi = picked;
	const chosenId = draft.values.koladaKpi?.trim().toUpperCase() || null;
	const chosen = chosenId ? kpiFacts(chosenId) : null;
	if (picked && chosen && !draft.values.name?.trim()) draft.values.name = chosen.title;
	const hits = query ? await searchKpisForSteering(ctx, organisationId, query) : [];
	return { draft, query, searched: query !== '', hits, chosen };
}

/** The save action: a refused form comes back with what was typed, target value rows included. */
export function saveIndicatorAction(done: (organisationId: string, id: string, created: boolean) => MessageKey) {
	return async (event: RequestEvent) => {
		const form = await event.request.formData();
		const rows = rowsOf(form);
		const parsed = parseForm(indicatorSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values, rows });
		const orgId = event.params.orgId!;
		const indicatorId = event.params.indicatorId ?? null;
		return guardAction(event.locals, formValues(form), async () => {
			const id = await saveIndicator(actorOf(event.locals), orgId, { ...parsed.data, indicatorId });
			return { section: 'indicator', notice: done(orgId, id, indicatorId === null) };
		});
	};
}
