// The council view's data from one analysis: the ranked lists with their sentences and links, the four
// charts' models and the comparison with the previous cycle. Pure; the page's load calls it on the server.
import { describeFinding } from '#lib/analysis/engine/sentence.js';
import type { AnalysisComparison } from '#lib/analysis/engine/compare.js';
import type { AnalysisResult, Finding } from '#lib/analysis/engine/types.js';
import type { Locale } from '#lib/i18n/index.js';
import { findingItems, type FindingContext } from './findings.js';
import { heatmapModel } from './heatmap.js';
import { networkModel } from './network.js';
import { synergyModel } from './synergy-matrix.js';
import { wheelModel } from './wheel.js';

export interface CouncilViewSource {
	readonly cycle: { readonly id: string; readonly name: string };
	readonly cycles: readonly { readonly id: string; readonly name: string }[];
	readonly units: readonly { readonly id: string; readonly name: string }[];
	readonly activities: readonly { readonly id: string; readonly name: string; readonly unitId: string }[];
	/** The municipality's own indicators, named by the steering gaps. */
	readonly indicators?: readonly { readonly id: string; readonly name: string }[];
	readonly result: AnalysisResult;
	readonly previous: { readonly cycle: { readonly id: string; readonly name: string }; readonly comparison: AnalysisComparison } | null;
}

export function councilView(source: CouncilViewSource, orgId: string, locale: Locale) {
	const { result } = source;
	const ctx: FindingContext = {
		orgId,
		cycleId: source.cycle.id,
		units: new Map(source.units.map((u) => [u.id, u.name])),
		activities: new Map(source.activities.map((a) => [a.id, { name: a.name, unitId: a.unitId }])),
		indicators: new Map((source.indicators ?? []).map((i) => [i.id, i.name]))
	};
	const items = (findings: readonly Finding[], cycleId = source.cycle.id) =>
		findingItems(findings, (f) => describeFinding(f, locale), { ...ctx, cycleId });
	const comparison = source.previous?.comparison;
	return {
		cycle: { id: source.cycle.id, name: source.cycle.name },
		cycles: source.cycles.map((c) => ({ id: c.id, name: c.name })),
		totals: result.coverage.totals,
		dimensions: result.coverage.dimensions,
		strengths: items(result.strengths),
		gaps: items(result.gaps),
		conflicts: items(result.conflicts),
		synergies: items(result.synergies),
		heatmap: heatmapModel(source.units, result.coverage.unitGoals),
		wheel: wheelModel(result.coverage.goals),
		network: networkModel(result.network.metrics, result.network.edges),
		synergy: synergyModel(result.unitSynergy, ctx.units),
		previous:
			source.previous && comparison
				? {
						cycle: { id: source.previous.cycle.id, name: source.previous.cycle.name },
						goals: comparison.goals,
						totals: comparison.totals,
						gapsOpened: items(comparison.gapsOpened),
						// closed gaps were found in the previous cycle: their inputs live there
						gapsClosed: items(comparison.gapsClosed, source.previous.cycle.id)
					}
				: null
	};
}
