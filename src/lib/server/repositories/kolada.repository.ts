// Statistics imported from Kolada, per organisation: the organisation's own municipality and its comparison.
import type { Gender, KoladaValue } from '#lib/domain/steering.js';
import type { Db } from '../db/index.js';

const order = { T: 0, K: 1, M: 2 } as const;

/**
 * Stores the values, replacing an earlier value of the same KPI, municipality, year and gender; returns how
 * many rows were new or changed (a re-import of the same file changes nothing and returns 0).
 */
export async function upsertKoladaValues(db: Db, organisationId: string, values: readonly KoladaValue[]): Promise<number> {
	let changed = 0;
	// In slices: one statement per few thousand rows stays well inside PostgreSQL's parameter limit.
	for (let i = 0; i < values.length; i += 2000) {
		const slice = values.slice(i, i + 2000);
		const rows = await db
			.insertInto('kolada_value')
			.values(slice.map((v) => ({ organisation_id: organisationId, kpi: v.kpi, municipality: v.municipality, year: v.year, gender: v.gender, value: v.value })))
			.onConflict((c) =>
				c
					.columns(['organisation_id', 'kpi', 'municipality', 'year', 'gender'])
					.doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), imported_at: new Date() }))
					.where('kolada_value.value', 'is distinct from', (eb) => eb.ref('excluded.value'))
			)
			.returning('kpi')
			.execute();
		changed += rows.length;
	}
	return changed;
}

/** The values of some KPIs for some municipalities (or groups), by KPI, municipality, year and gender T, K, M. */
export async function listKoladaValues(db: Db, organisationId: string, kpis: readonly string[], municipalities: readonly string[]): Promise<KoladaValue[]> {
	if (!kpis.length || !municipalities.length) return [];
	const rows = await db
		.selectFrom('kolada_value')
		.select(['kpi', 'municipality', 'year', 'gender', 'value'])
		.where('organisation_id', '=', organisationId)
		.where('kpi', 'in', [...kpis])
		.where('municipality', 'in', [...municipalities])
		.orderBy('kpi')
		.orderBy('municipality')
		.orderBy('year')
		.execute();
	return rows
		.map((r) => ({ ...r, gender: r.gender as Gender }))
		.sort((a, b) => a.kpi.localeCompare(b.kpi) || a.municipality.localeCompare(b.municipality) || a.year - b.year || order[a.gender] - order[b.gender]);
}

/** Which KPIs have values stored, with how many and for which years. */
export async function koladaSummary(db: Db, organisationId: string): Promise<Array<{ kpi: string; values: number; firstYear: number; lastYear: number }>> {
	const rows = await db
		.selectFrom('kolada_value')
		.select((eb) => ['kpi', eb.fn.countAll<string>().as('n'), eb.fn.min('year').as('first'), eb.fn.max('year').as('last')])
		.where('organisation_id', '=', organisationId)
		.groupBy('kpi')
		.orderBy('kpi')
		.execute();
	return rows.map((r) => ({ kpi: r.kpi, values: Number(r.n), firstYear: Number(r.first), lastYear: Number(r.last) }));
}

export async function findComparison(db: Db, organisationId: string): Promise<{ koladaId: string | null; comparisonId: string } | null> {
	const row = await db.selectFrom('organisation').select(['kolada_id', 'kolada_comparison_id']).where('id', '=', organisationId).executeTakeFirst();
	return row ? { koladaId: row.kolada_id, comparisonId: row.kolada_comparison_id } : null;
}

export async function setComparison(db: Db, organisationId: string, comparisonId: string): Promise<void> {
	await db.updateTable('organisation').set({ kolada_comparison_id: comparisonId }).where('id', '=', organisationId).execute();
}
