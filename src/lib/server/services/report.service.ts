// The nulägesanalys of one cycle: its source gathered (the analysis and the facts around it), the model
// built, the samordnare's settings (sections, own text) and the conclusions' versions. Reading needs
// council.view; writing org.manage (the samordnare). A stale save is a 409 carrying both texts.
import { analyse } from '#lib/analysis/engine/index.js';
import type { Locale } from '#lib/i18n/index.js';
import { buildReport } from '../reports/build.js';
import { conclusionScopes, sectionIds, type ConclusionScope, type ReportModel, type SectionId } from '../reports/model.js';
import type { ReportSource } from '../reports/source.js';
import * as analysis from '../repositories/analysis.repository.js';
import * as cycles from '../repositories/cycle.repository.js';
import { findOrganisation } from '../repositories/organisation.repository.js';
import * as repo from '../repositories/report.repository.js';
import * as steering from '../repositories/steering.repository.js';
import type { Db } from '../db/index.js';
import { RIKET } from '#lib/domain/steering.js';
import { area as koladaArea } from '../kolada/catalogue.js';
import { findComparison, listKoladaValues } from '../repositories/kolada.repository.js';
import { loadPlanForReport } from './plan-export.service.js';
import { requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { notFound, ServiceError } from './errors.js';
import { cycleOf } from './mapping-access.js';

export const MAX_TEXT = 20_000;

/** Two people saved the same version: what is stored now and what this person wrote, both kept. */
export class ReportConflictError extends ServiceError {
	constructor(readonly scope: ConclusionScope, readonly stored: { text: string; version: number; authorName: string }, readonly mine: string) {
		super(409, 'report.error.conflict', { field: `conclusion-${scope}` });
	}
}

export async function listReportCycles(ctx: Ctx, organisationId: string) {
	await requireOrg(ctx, organisationId, 'council.view');
	return cycles.listCycles(ctx.db, organisationId);
}

/** A cycle id, or 'latest' (the newest cycle); 404 when there is none of this organisation's. */
export async function resolveCycleId(ctx: Ctx, organisationId: string, cycle: string): Promise<string> {
	if (cycle !== 'latest') return (await cycleOf(ctx.db, organisationId, cycle)).id;
	const [newest] = await listReportCycles(ctx, organisationId);
	if (!newest) throw notFound();
	return newest.id;
}

export async function getReportSource(ctx: Ctx, organisationId: string, cycleId: string): Promise<ReportSource> {
	await requireOrg(ctx, organisationId, 'council.view');
	return loadReportSource(ctx.db, organisationId, cycleId);
}

/**
 * The report's source with no access check: for the checked function above and for the installation's CLI
 * (report-installation.service.ts), which acts as the installation.
 */
export async function loadReportSource(db: Db, organisationId: string, cycleId: string): Promise<ReportSource> {
	const cycle = await cycleOf(db, organisationId, cycleId);
	const [org, input, workshops, challenges, documents, settings, versions, steering, plan] = await Promise.all([
		findOrganisation(db, organisationId),
		analysis.loadAnalysisInput(db, organisationId, cycle.id),
		repo.listWorkshopCounts(db, organisationId, cycle.id),
		repo.listChallenges(db, organisationId, cycle.id),
		repo.listDocuments(db, organisationId, cycle.id),
		repo.findSettings(db, organisationId, cycle.id),
		repo.listConclusions(db, organisationId, cycle.id),
		loadSteering(db, organisationId),
		loadPlanForReport(db, organisationId)
	]);
	if (!org) throw notFound();
	const participating = new Set([...input.relevance.map((r) => r.unitId), ...input.activities.map((a) => a.unitId)]);
	const conclusions: ReportSource['conclusions'] = {};
	for (const v of versions) if (!conclusions[v.scope as ConclusionScope]) conclusions[v.scope as ConclusionScope] = { text: v.text, version: v.version };
	return {
		organisation: { id: organisationId, name: org.name },
		cycle: { id: cycle.id, name: cycle.name, year: cycle.year },
		input,
		result: analyse(input),
		participating,
		workshops,
		challenges,
		documents,
		steering,
		comparison: await loadComparison(db, organisationId, steering?.indicators ?? []),
		plan,
		sections: (settings?.sections as SectionId[] | undefined) ?? [...sectionIds],
		intros: settings?.intros ?? {},
		conclusions
	};
}

/** The comparison group's Kolada values for the indicators' KPIs; null when none are imported. */
async function loadComparison(db: Db, organisationId: string, indicators: readonly { koladaKpi: string | null }[]): Promise<ReportSource['comparison']> {
	const kpis = [...new Set(indicators.map((i) => i.koladaKpi).filter((k): k is string => !!k))];
	const comparisonId = (await findComparison(db, organisationId))?.comparisonId ?? RIKET;
	const values = kpis.length ? (await listKoladaValues(db, organisationId, kpis, [comparisonId])).filter((v) => v.gender === 'T') : [];
	if (!values.length) return null;
	const byKpi: Record<string, { year: number; value: number }[]> = {};
	for (const v of values) (byKpi[v.kpi] ??= []).push({ year: v.year, value: v.value });
	return { name: koladaArea(comparisonId)?.title ?? comparisonId, byKpi };
}

/** The municipality's steering as the report states it (vision, focus areas, goals, indicators). */
async function loadSteering(db: Db, organisationId: string): Promise<ReportSource['steering']> {
	const [org, focusAreas, goals, indicators] = await Promise.all([
		findOrganisation(db, organisationId),
		steering.listFocusAreas(db, organisationId),
		steering.listGoals(db, organisationId),
		steering.listIndicators(db, organisationId)
	]);
	return { vision: org?.vision ?? null, visionName: org?.visionName ?? null, focusAreas, goals, indicators };
}

export async function getReport(ctx: Ctx, organisationId: string, cycleId: string, locale: Locale): Promise<ReportModel> {
	return buildReport(await getReportSource(ctx, organisationId, cycleId), locale);
}

/** Every saved version of every conclusion, newest first per scope, with author and time. */
export async function listConclusionVersions(ctx: Ctx, organisationId: string, cycleId: string) {
	await requireOrg(ctx, organisationId, 'council.view');
	const cycle = await cycleOf(ctx.db, organisationId, cycleId);
	return repo.listConclusions(ctx.db, organisationId, cycle.id);
}

export async function saveReportSettings(ctx: Ctx, organisationId: string, cycleId: string, input: { sections: string[]; intros: Record<string, string> }) {
	const { actor } = await requireOrg(ctx, organisationId, 'org.manage');
	const cycle = await cycleOf(ctx.db, organisationId, cycleId);
	const sections = sectionIds.filter((id) => input.sections.includes(id));
	const intros: Record<string, string> = {};
	for (const id of sectionIds) {
		const text = (input.intros[id] ?? '').trim();
		if (text.length > MAX_TEXT) throw new ServiceError(400, 'report.error.tooLong', { field: `intro-${id}` });
		if (text) intros[id] = text;
	}
	await repo.saveSettings(ctx.db, organisationId, cycle.id, actor.userId, { sections, intros });
	return { sections, intros };
}

/**
 * Saves a new version of a conclusion on top of `baseVersion` (0 when none was saved yet). If someone saved
 * after that, nothing is written and the 409 carries the stored text and this one. The unique key on
 * (cycle, scope, version) settles two saves racing past the check.
 */
export async function saveConclusion(ctx: Ctx, organisationId: string, cycleId: string, scope: string, text: string, baseVersion: number, restoredFrom: number | null = null) {
	const { actor } = await requireOrg(ctx, organisationId, 'org.manage');
	const cycle = await cycleOf(ctx.db, organisationId, cycleId);
	if (!(conclusionScopes as readonly string[]).includes(scope)) throw notFound();
	const s = scope as ConclusionScope;
	if (text.length > MAX_TEXT) throw new ServiceError(400, 'report.error.tooLong', { field: `conclusion-${s}` });
	const conflict = async () => {
		const latest = (await repo.listConclusions(ctx.db, organisationId, cycle.id)).find((v) => v.scope === s)!;
		return new ReportConflictError(s, { text: latest.text, version: latest.version, authorName: latest.authorName }, text);
	};
	const latest = (await repo.listConclusions(ctx.db, organisationId, cycle.id)).find((v) => v.scope === s);
	if ((latest?.version ?? 0) !== baseVersion) throw await conflict();
	try {
		await repo.insertConclusion(ctx.db, { organisationId, cycleId: cycle.id, scope: s, version: baseVersion + 1, text, authorId: actor.userId, authorName: await repo.userName(ctx.db, actor.userId), restoredFrom });
	} catch (e) {
		if ((e as { code?: string }).code === '23505') throw await conflict();
		throw e;
	}
	return { version: baseVersion + 1 };
}

/** Restoring is a new version holding the old text, so no version is ever lost. */
export async function restoreConclusion(ctx: Ctx, organisationId: string, cycleId: string, scope: string, version: number, baseVersion: number) {
	await requireOrg(ctx, organisationId, 'org.manage');
	const old = (await listConclusionVersions(ctx, organisationId, cycleId)).find((v) => v.scope === scope && v.version === version);
	if (!old) throw notFound();
	return saveConclusion(ctx, organisationId, cycleId, scope, old.text, baseVersion, version);
}
