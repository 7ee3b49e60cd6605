// The indicator form's labels, its stored values, and a draft read back from the address: the KPI picker
// searches with a GET of the whole form (so it works without JavaScript), and the page shows the form
// again as it was typed, with the KPI chosen from the results filled in.
import type { LocalIndicator } from '#lib/domain/steering.js';
import type { Translate } from '#lib/i18n/index.js';

export interface TargetRow {
	year: string;
	value: string;
}

export interface IndicatorDraft {
	values: Record<string, string>;
	rows: TargetRow[];
}

export const indicatorFields = ['name', 'kind', 'koladaKpi', 'sourceName', 'unitLabel', 'direction', 'targets'] as const;

export const indicatorLabels = (t: Translate) => ({
	name: t('steering.indicator.name'),
	kind: t('steering.indicator.kind'),
	koladaKpi: t('steering.indicator.koladaKpi'),
	sourceName: t('steering.indicator.sourceName'),
	unitLabel: t('steering.indicator.unit'),
	direction: t('steering.indicator.direction'),
	targets: t('steering.targets.field'),
	'targetYear[]': t('steering.indicator.targetYear'),
	'targetValue[]': t('steering.indicator.targetValue')
});

const decimal = (n: number) => String(n).replace('.', ',');

export function storedDraft(i: LocalIndicator): IndicatorDraft {
	return {
		values: {
			name: i.name,
			kind: i.kind,
			koladaKpi: i.koladaKpi ?? '',
			sourceName: i.sourceName ?? '',
			unitLabel: i.unitLabel ?? '',
			direction: i.direction,
			targets: i.targetCodes.join(', ')
		},
		rows: i.targets.map((t) => ({ year: String(t.year), value: decimal(t.value) }))
	};
}

/** The target value rows as sent (a form's or an address's parallel lists), empty rows left out. */
export function rowsOf(params: { getAll(name: string): unknown[] }): TargetRow[] {
	const years = params.getAll('targetYear[]').map(String);
	const values = params.getAll('targetValue[]').map(String);
	const rows: TargetRow[] = [];
	for (let i = 0; i < Math.max(years.length, values.length); i++) {
		const row = { year: years[i] ?? '', value: values[i] ?? '' };
		if (row.year.trim() || row.value.trim()) rows.push(row);
	}
	return rows;
}

export function draftOf(params: URLSearchParams): IndicatorDraft {
	const values: Record<string, string> = {};
	for (const f of indicatorFields) values[f] = params.get(f) ?? '';
	return { values, rows: rowsOf(params) };
}

/** The target value rows a refused save sent back (an action's answer that carries them). */
export function sentRows(form: unknown): TargetRow[] {
	const rows = form && typeof form === 'object' && 'rows' in form ? form.rows : null;
	return Array.isArray(rows) ? (rows as TargetRow[]) : [];
}
