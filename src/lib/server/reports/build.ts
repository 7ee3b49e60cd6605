// Builds the one report model from its source: the chosen sections in the fixed order with their own
// text, the tabular views, and the chart models the page's Svelte charts draw. Pure.
import { heatmapModel } from '#lib/components/analysis/heatmap.js';
import { networkModel } from '#lib/components/analysis/network.js';
import { wheelModel } from '#lib/components/analysis/wheel.js';
import { sectionHeadingKeys } from '#lib/components/report/labels.js';
import { translator, type Locale } from '#lib/i18n/index.js';
import { sectionIds, type Block, type ReportModel, type SectionId } from './model.js';

export { sectionHeadingKeys };
import { findingBlocks, mappingBlocks, methodBlocks, steeringBlocks } from './sections-a.js';
import { annexBlocks, challengeBlocks, conclusionBlocks, statisticsBlocks } from './sections-b.js';
import type { ReportSource } from './source.js';
import { buildViews } from './views.js';

export function buildReport(s: ReportSource, locale: Locale, now = new Date()): ReportModel {
	const t = translator(locale);
	const charts = {
		heatmap: heatmapModel(s.input.units.filter((u) => s.participating.has(u.id)), s.result.coverage.unitGoals),
		wheel: wheelModel(s.result.coverage.goals),
		network: networkModel(s.result.network.metrics, s.result.network.edges)
	};
	const blocksOf: Record<SectionId, () => Block[]> = {
		method: () => methodBlocks(s, t, locale),
		steering: () => steeringBlocks(s, t),
		mapping: () => mappingBlocks(s, t, locale, charts),
		findings: () => findingBlocks(s, t, locale, charts.network),
		statistics: () => statisticsBlocks(s, t, locale),
		challenges: () => challengeBlocks(s, t),
		conclusions: () => conclusionBlocks(s, t, locale),
		annexes: () => annexBlocks(s, t)
	};
	const chosen = sectionIds.filter((id) => s.sections.includes(id));
	return {
		title: t('report.title', { organisation: s.organisation.name }),
		subtitle: t('report.subtitle', { cycle: s.cycle.name }),
		organisation: s.organisation.name,
		cycle: s.cycle,
		locale,
		generatedAt: now.toISOString(),
		sections: chosen.map((id, i) => ({ id, number: i + 1, heading: t(sectionHeadingKeys[id]), intro: s.intros[id] ?? '', blocks: blocksOf[id]() })),
		views: buildViews(s, t, locale),
		charts
	};
}
