// Statistics from Kolada: importing a file in Kolada's v3 shape or straight from its API, for the
// organisation's own municipality and its comparison (Riket, a region or a municipality group); reading the
// values back; the comparison's choice. (The steering pages read the catalogue and the series through
// steering-kolada.service.ts.) The samordnare imports (statistics.import); everyone in the organisation reads.
import type { KoladaValue } from '#lib/domain/steering.js';
import { readConfig } from '../config.js';
import * as catalogue from '../kolada/catalogue.js';
import { fetchKoladaValues, KoladaUnreachable, type KoladaClientOptions } from '../kolada/client.js';
import { parseKoladaFile } from '../kolada/parse.js';
import * as repo from '../repositories/kolada.repository.js';
import type { Db } from '../db/index.js';
import { isUuid, requireOrg } from './access.js';
import { kpiFacts } from './steering-kolada.service.js';
import type { Ctx } from './actor.js';
import { notFound, ServiceError } from './errors.js';

export interface KoladaImportResult {
	/** KPIs in the file, numbers stored (a gender row counts one), rows that were not numbers. */
	kpis: number;
	values: number;
	skipped: number;
	/** Of the stored numbers, how many were new or different from what was stored (0 on a re-import). */
	changed: number;
	unknownKpis: string[];
	retiredKpis: string[];
}

async function store(db: Db, organisationId: string, values: KoladaValue[], kpis: readonly string[], skipped: number): Promise<KoladaImportResult> {
	const changed = await db.transaction().execute((tx) => repo.upsertKoladaValues(tx, organisationId, values));
	return {
		kpis: kpis.length,
		values: values.length,
		skipped,
		changed,
		unknownKpis: kpis.filter((k) => !catalogue.kpi(k)),
		retiredKpis: kpis.filter((k) => catalogue.kpi(k)?.retired)
	};
}

/** A Kolada file (JSON, v3 shape): all of it or, when it is malformed, nothing, with what is wrong. */
export async function importKoladaFile(ctx: Ctx, organisationId: string, file: string | Uint8Array | null): Promise<KoladaImportResult> {
	await requireOrg(ctx, organisationId, 'statistics.import');
	if (file === null || file.length === 0) throw new ServiceError(400, 'kolada.error.file');
	return importFile(ctx.db, organisationId, file);
}

async function importFile(db: Db, organisationId: string, file: string | Uint8Array): Promise<KoladaImportResult> {
	const parsed = parseKoladaFile(file);
	if (!parsed.ok) throw new ServiceError(400, parsed.problem.key, parsed.problem.params);
	return store(db, organisationId, parsed.values, parsed.kpis, parsed.skipped);
}

/**
 * The KPIs' values for the years, for the organisation's municipality and its comparison, from Kolada's API.
 * When Kolada cannot be reached: a 503 with a message, and the stored values stay as they were.
 */
export async function importKoladaLive(
	ctx: Ctx,
	organisationId: string,
	query: { kpis: readonly string[]; years: readonly number[] },
	client: Partial<KoladaClientOptions> = {}
): Promise<KoladaImportResult> {
	await requireOrg(ctx, organisationId, 'statistics.import');
	const where = await repo.findComparison(ctx.db, organisationId);
	if (!where) throw notFound();
	if (!where.koladaId) throw new ServiceError(400, 'kolada.error.noMunicipality');
	let fetched: Awaited<ReturnType<typeof fetchKoladaValues>>;
	try {
		fetched = await fetchKoladaValues({ baseUrl: readConfig().koladaBaseUrl, ...client }, { kpis: query.kpis, municipalities: [where.koladaId, where.comparisonId], years: query.years });
	} catch (e) {
		if (e instanceof KoladaUnreachable) throw new ServiceError(503, 'kolada.error.unreachable');
		throw e;
	}
	return store(ctx.db, organisationId, fetched.values, [...new Set(query.kpis)].sort(), fetched.skipped);
}

/** One KPI's stored values for a municipality (the organisation's own by default), by year then T, K, M. */
export async function koladaValues(ctx: Ctx, organisationId: string, kpi: string, opts: { municipality?: string } = {}) {
	await requireOrg(ctx, organisationId, 'org.view');
	return valuesOf(ctx.db, organisationId, kpi, opts.municipality);
}

async function valuesOf(db: Db, organisationId: string, kpi: string, municipality?: string) {
	const where = await repo.findComparison(db, organisationId);
	if (!where) throw notFound();
	const area = municipality ?? where.koladaId;
	const id = kpi.trim().toUpperCase();
	const values = area ? await repo.listKoladaValues(db, organisationId, [id], [area]) : [];
	return { kpi: id, municipality: area, values: values.map((v) => ({ year: v.year, gender: v.gender, value: v.value })) };
}

/**
 * The CLI acts as the installation (installation.service.ts says why it may): a file imported into, and a
 * KPI's values read from, the organisation named by its id — the organisation's own municipality only.
 */
export const statisticsForInstallation = {
	async importFile(db: Db, organisationId: string, file: Uint8Array): Promise<KoladaImportResult> {
		if (!isUuid(organisationId) || !(await repo.findComparison(db, organisationId))) throw notFound();
		return importFile(db, organisationId, file);
	},
	async values(db: Db, organisationId: string, kpi: string) {
		if (!isUuid(organisationId)) throw notFound();
		return valuesOf(db, organisationId, kpi);
	}
};

/** The page of statistics: where the organisation stands in Kolada, and which KPIs have values stored. */
export async function getStatistics(ctx: Ctx, organisationId: string) {
	const { role } = await requireOrg(ctx, organisationId, 'org.view');
	const where = await repo.findComparison(ctx.db, organisationId);
	if (!where) throw notFound();
	const stored = await repo.koladaSummary(ctx.db, organisationId);
	return {
		koladaId: where.koladaId,
		municipality: where.koladaId ? catalogue.area(where.koladaId) : null,
		comparison: catalogue.area(where.comparisonId) ?? { id: where.comparisonId, title: where.comparisonId, type: 'L' as const },
		stored: stored.map((s) => {
			const facts = kpiFacts(s.kpi);
			return { ...s, kpi: { id: s.kpi, title: facts?.title ?? null, status: facts?.status ?? ('unknown' as const) } };
		}),
		canImport: role === 'samordnare'
	};
}

/** Sets the comparison shown beside the organisation's values: Riket (0000), a region or a group. */
export async function setComparison(ctx: Ctx, organisationId: string, comparisonId: string): Promise<void> {
	await requireOrg(ctx, organisationId, 'statistics.import');
	const found = catalogue.area(comparisonId);
	if (!found || found.type === 'K') throw new ServiceError(400, 'kolada.error.comparison');
	await repo.setComparison(ctx.db, organisationId, found.id);
}

/** Comparison choices for the query, the organisation's nearest first (Riket, its region, its groups). */
export async function searchComparisons(ctx: Ctx, organisationId: string, query: string) {
	await requireOrg(ctx, organisationId, 'org.view');
	const where = await repo.findComparison(ctx.db, organisationId);
	return catalogue.searchComparisons(query.slice(0, 200), 20, { municipality: where?.koladaId ?? null });
}
