import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { getStatistics, importKoladaFile, importKoladaLive, searchComparisons, setComparison, type KoladaImportResult } from '#lib/server/services/statistics.service.js';
import { getSteering } from '#lib/server/services/steering.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { ServiceError } from '#lib/server/services/errors.js';
import { formAction } from '#lib/server/http/form-action.js';
import { guard } from '#lib/server/http/respond.js';
import { translator } from '#lib/i18n/index.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { comparisonSchema, liveImportSchema } from '#lib/validation/kolada.js';

// Everyone in the organisation sees what is stored; the samordnare imports and chooses the comparison.
export const load: PageServerLoad = async ({ locals, params, url }) =>
	guard(locals, async () => {
		const ctx = actorOf(locals);
		const [statistics, steering] = await Promise.all([getStatistics(ctx, params.orgId), getSteering(ctx, params.orgId)]);
		const query = (url.searchParams.get('jamfor') ?? '').trim().slice(0, 200);
		const kpis = [...new Set(steering.indicators.map((i) => i.koladaKpi).filter((k): k is string => k !== null))];
		const thisYear = new Date().getFullYear();
		return {
			...statistics,
			comparisonQuery: query,
			comparisonHits: query && statistics.canImport ? await searchComparisons(ctx, params.orgId, query) : [],
			defaults: { kpis: kpis.join(', '), years: `${thisYear - 6}–${thisYear - 1}` }
		};
	});

/**
 * Runs an import; a refusal (a malformed file, Kolada unreachable) comes back next to its form with the
 * message's parameters (which post a file's problem names), other organisations' 404 and roles' 403 as errors.
 */
async function importing(event: RequestEvent, field: 'file' | 'kpis', values: Record<string, string>, run: () => Promise<KoladaImportResult>) {
	try {
		return { section: field, notice: 'kolada.imported' as const, result: await run() };
	} catch (e) {
		if (!(e instanceof ServiceError)) throw e;
		if (e.status === 401 || e.status === 403 || e.status === 404) error(e.status, translator(event.locals.locale)(e.messageKey, e.params));
		return fail(e.status, { section: field, errors: { [field]: e.messageKey }, errorParams: e.params ?? {}, values });
	}
}

export const actions: Actions = {
	file: async (event) => {
		const form = await event.request.formData();
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { section: 'file', errors: { file: 'kolada.error.file' as const }, errorParams: {}, values: {} });
		const bytes = new Uint8Array(await file.arrayBuffer());
		return importing(event, 'file', {}, () => importKoladaFile(actorOf(event.locals), event.params.orgId, bytes));
	},
	live: async (event) => {
		const form = await event.request.formData();
		const parsed = parseForm(liveImportSchema, form);
		if (!parsed.ok) return fail(400, { section: 'kpis', errors: parsed.errors, errorParams: {}, values: parsed.values });
		return importing(event, 'kpis', formValues(form), () => importKoladaLive(actorOf(event.locals), event.params.orgId, parsed.data));
	},
	comparison: formAction(comparisonSchema, async (ctx, data, p: { orgId: string }) => {
		await setComparison(ctx, p.orgId, data.comparisonId);
		return 'kolada.comparisonSaved';
	})
};
