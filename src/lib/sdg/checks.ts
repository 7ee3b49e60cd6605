// Checks of codes people type against the catalogue: a target that exists, an indicator reference of the
// right kind (a Kolada KPI id, a global indicator that exists, or a named local measure).
import { KOLADA_KPI_ID, type Indicator, type IndicatorKind } from '#lib/domain/mapping.js';
import { indicators, target } from './catalogue.js';

const indicatorCodes = new Set(indicators().map((i) => i.code));

export function isKnownTarget(code: string): boolean {
	return target(code) !== undefined;
}

/** The kind of indicator whose rules `indicator` breaks, or null when it is fine (or absent). */
export function indicatorProblem(indicator: Indicator | null): IndicatorKind | null {
	if (!indicator) return null;
	switch (indicator.kind) {
		case 'kolada':
			return KOLADA_KPI_ID.test(indicator.ref) ? null : 'kolada';
		case 'sdg':
			return indicatorCodes.has(indicator.ref) ? null : 'sdg';
		case 'local':
			return indicator.ref.trim() && indicator.ref.length <= 200 ? null : 'local';
	}
}
