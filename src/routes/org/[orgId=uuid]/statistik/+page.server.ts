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
import { MAX_KOLADA_FILE_BYTES } from '#lib/server/kolada/parse.js';

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
		// A body over the server's limit (BODY_SIZE_LIMIT, 21 MB by scripts/serve.js) fails while it is read:
		// the same Swedish message as a file over the reader's 20 MB, never the error page.
		let form: FormData;
		try {
			form = await event.request.formData();
		} catch (e) {
			const tooLarge = [(e as { status?: number } | null)?.status, (e as { cause?: { status?: number } } | null)?.cause?.status].includes(413);
			return fail(tooLarge ? 413 : 400, {
				section: 'file',
				errors: { file: tooLarge ? ('kolada.error.tooLarge' as const) : ('kolada.error.file' as const) },
				errorParams: tooLarge ? { max: MAX_KOLADA_FILE_BYTES / 1024 / 1024 } : {},
				values: {}
			});
		}
		const file = form.get('file');
		// No file is the service's refusal too, after its access check (a stranger gets 404, not this message).
		const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : null;
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
