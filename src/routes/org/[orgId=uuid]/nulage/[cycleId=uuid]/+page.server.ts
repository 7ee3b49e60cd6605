import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { sectionIds } from '#lib/domain/report.js';
import { can } from '#lib/domain/roles.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard, guardAction } from '#lib/server/http/respond.js';
import { getReport, listConclusionVersions, listReportCycles, ReportConflictError, restoreConclusion, saveConclusion, saveReportSettings } from '#lib/server/services/report.service.js';
import { listReportPublications, publishReport, unpublishReport } from '#lib/server/services/report-publication.service.js';
import { pdfAvailable } from '#lib/server/reports/pdf.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { conclusionFormSchema, restoreFormSchema, settingsFormSchema, unpublishFormSchema } from '#lib/validation/report.js';

// The report builder: the services check council.view (others' organisations 404); editing is the
// samordnare's (org.manage), exporting needs data.export. The page is the report's HTML and print version.
export const load: PageServerLoad = async ({ locals, params, parent }) => {
	const { role } = await parent();
	return guard(locals, async () => {
		const ctx = actorOf(locals);
		const [report, versions, publications, cycles] = await Promise.all([
			getReport(ctx, params.orgId, params.cycleId, locals.locale),
			listConclusionVersions(ctx, params.orgId, params.cycleId),
			listReportPublications(ctx, params.orgId, params.cycleId),
			listReportCycles(ctx, params.orgId)
		]);
		return {
			report,
			versions,
			publications: publications.filter((p) => !p.unpublishedAt),
			cycles: cycles.map((c) => ({ id: c.id, name: c.name })),
			canEdit: can(role, 'org.manage'),
			canExport: can(role, 'data.export'),
			pdf: pdfAvailable()
		};
	});
};

/** A stale save: 409 with the stored text and the person's own, both shown. */
function conflictOf(e: unknown) {
	if (!(e instanceof ReportConflictError)) throw e;
	return fail(409, { errors: { [`conclusion-${e.scope}`]: e.messageKey }, conflict: { scope: e.scope, stored: e.stored, mine: e.mine } });
}

export const actions: Actions = {
	conclusion: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(conclusionFormSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { scope, text, version } = parsed.data;
		return guardAction(locals, formValues(form), async () => {
			try {
				const saved = await saveConclusion(actorOf(locals), params.orgId, params.cycleId, scope, text.replace(/\r\n/g, '\n'), version);
				return { notice: 'report.notice.saved' as const, scope, version: saved.version };
			} catch (e) {
				return conflictOf(e);
			}
		});
	},
	restore: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(restoreFormSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { scope, restore, version } = parsed.data;
		return guardAction(locals, formValues(form), async () => {
			try {
				const saved = await restoreConclusion(actorOf(locals), params.orgId, params.cycleId, scope, restore, version);
				return { notice: 'report.notice.restored' as const, scope, version: saved.version };
			} catch (e) {
				return conflictOf(e);
			}
		});
	},
	settings: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(settingsFormSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const sections = form.getAll('sections').filter((v): v is string => typeof v === 'string');
		const intros = Object.fromEntries(sectionIds.map((id) => [id, String(form.get(`intro-${id}`) ?? '').replace(/\r\n/g, '\n')]));
		return guardAction(locals, formValues(form), async () => {
			await saveReportSettings(actorOf(locals), params.orgId, params.cycleId, { sections, intros });
			return { notice: 'report.notice.settings' as const };
		});
	},
	publish: async ({ locals, params }) =>
		guardAction(locals, {}, async () => {
			const p = await publishReport(actorOf(locals), params.orgId, params.cycleId);
			return { notice: 'report.notice.published' as const, slug: p.slug };
		}),
	unpublish: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = parseForm(unpublishFormSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		return guardAction(locals, formValues(form), async () => {
			await unpublishReport(actorOf(locals), params.orgId, params.cycleId, parsed.data.publication);
			return { notice: 'report.notice.unpublished' as const };
		});
	}
};
