// What the steering pages show from Kolada for the organisation's indicators: each KPI's catalogue entry
// (title, divided by gender, retired or unknown) and the imported values of the organisation's own
// municipality and of its comparison group, gender T. Everyone in the organisation may read it.
// The catalogue is the one shipped with the app (kolada/catalogue.ts); the values are those imported.
import type { Point } from '#lib/domain/trend.js';
import type { KoladaByKpi, KpiStatus } from '#lib/components/steering/types.js';
import { area, kpi as catalogueKpi, searchKpis, type Kpi } from '../kolada/catalogue.js';
import { findComparison, listKoladaValues } from '../repositories/kolada.repository.js';
import { requireOrg } from './access.js';
import type { Ctx } from './actor.js';

export async function koladaForSteering(ctx: Ctx, organisationId: string, kpis: readonly string[]): Promise<KoladaByKpi> {
	await requireOrg(ctx, organisationId, 'org.view');
	const wanted = [...new Set(kpis)];
	const out: KoladaByKpi = {};
	if (!wanted.length) return out;
	const org = await findComparison(ctx.db, organisationId);
	const rows = (await listKoladaValues(ctx.db, organisationId, wanted, [org?.koladaId, org?.comparisonId].filter((m): m is string => !!m))).filter((r) => r.gender === 'T');
	for (const kpi of wanted) {
		const of = (municipality: string | null | undefined): Point[] =>
			rows.filter((r) => r.kpi === kpi && r.municipality === municipality).map((r) => ({ year: r.year, value: r.value }));
		const facts = kpiFacts(kpi);
		out[kpi] = {
			title: facts?.title ?? null,
			dividedByGender: facts?.dividedByGender ?? false,
			status: facts?.status ?? 'unknown',
			own: of(org?.koladaId),
			comparison: of(org?.comparisonId)
		};
	}
	return out;
}

export interface KpiHit {
	id: string;
	title: string;
	description: string | null;
	dividedByGender: boolean;
	status: KpiStatus;
}

const hitOf = (k: Kpi): KpiHit => ({ id: k.id, title: k.title, description: k.description || null, dividedByGender: k.dividedByGender, status: k.retired ? 'retired' : 'known' });

/** The KPI picker: KPIs of the shipped catalogue whose id, title or description match the query, best first. */
export async function searchKpisForSteering(ctx: Ctx, organisationId: string, query: string): Promise<KpiHit[]> {
	await requireOrg(ctx, organisationId, 'org.view');
	return searchKpis(query, 20).map(hitOf);
}

/** The catalogue's word on one KPI: null when the KPI is not in it (shown as unknown on the indicator). */
export function kpiFacts(kpi: string): KpiHit | null {
	const k = catalogueKpi(kpi);
	return k ? hitOf(k) : null;
}

/** The comparison's name in Kolada's catalogue ("Riket", a region, a municipality group), or null. */
export function comparisonTitle(id: string): string | null {
	return area(id)?.title ?? null;
}
