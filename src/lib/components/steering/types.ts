// What the steering pages know about an indicator's Kolada KPI: the catalogue's word on it and the values
// imported for the organisation's own municipality and its comparison group (gender T).
import type { Point } from '#lib/domain/trend.js';

export type KpiStatus = 'known' | 'retired' | 'unknown';

export interface KoladaOfKpi {
	title: string | null;
	dividedByGender: boolean;
	status: KpiStatus;
	own: Point[];
	comparison: Point[];
}

/** Per KPI id. A KPI without imported values still has its catalogue entry (empty series). */
export type KoladaByKpi = Record<string, KoladaOfKpi>;
