// What the steering pages show from Kolada for the organisation's indicators: each KPI's catalogue entry
// (title, divided by gender, retired or unknown) and the imported values of the organisation's own
// municipality and of its comparison group, gender T. Everyone in the organisation may read it.
//
// KOLADA WIRING: until the statistics service (statistics.service.ts: koladaSeries, kpiInfo) is in, this
// reads the stored kolada_value rows itself and knows nothing of the catalogue (status 'known', no title).
import type { Point } from '#lib/domain/trend.js';
import type { KoladaByKpi, KpiStatus } from '#lib/components/steering/types.js';
import { requireOrg } from './access.js';
import type { Ctx } from './actor.js';

export async function koladaForSteering(ctx: Ctx, organisationId: string, kpis: readonly string[]): Promise<KoladaByKpi> {
	await requireOrg(ctx, organisationId, 'org.view');
	const wanted = [...new Set(kpis)];
	const out: KoladaByKpi = {};
	if (!wanted.length) return out;
	const org = await ctx.db.selectFrom('organisation').select(['kolada_id', 'kolada_comparison_id']).where('id', '=', organisationId).executeTakeFirstOrThrow();
	const rows = await ctx.db
		.selectFrom('kolada_value')
		.select(['kpi', 'municipality', 'year', 'value'])
		.where('organisation_id', '=', organisationId)
		.where('gender', '=', 'T')
		.where('kpi', 'in', wanted)
		.orderBy('year')
		.execute();
	for (const kpi of wanted) {
		const of = (municipality: string | null): Point[] =>
			rows.filter((r) => r.kpi === kpi && r.municipality === municipality).map((r) => ({ year: r.year, value: r.value }));
		out[kpi] = { title: null, dividedByGender: false, status: 'known', own: of(org.kolada_id), comparison: of(org.kolada_comparison_id) };
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

/**
 * The KPI picker: KPIs of the shipped catalogue whose id, title or description match the query.
 * KOLADA WIRING: delegates to the statistics service's searchKpis once it is in; until then nothing is found.
 */
export async function searchKpisForSteering(ctx: Ctx, organisationId: string, query: string): Promise<KpiHit[]> {
	await requireOrg(ctx, organisationId, 'org.view');
	if (!query.trim()) return [];
	return [];
}

/** The catalogue's word on one KPI (null when the KPI is not in it). KOLADA WIRING: kpiInfo. */
export function kpiFacts(kpi: string): KpiHit | null {
	void kpi;
	return null;
}
