// The report's first sections: 1 Inledning och metod, 2 Kommunens styrning, 3 Kartläggningen,
// 4 Styrkor, luckor, synergier och målkonflikter. Pure: from the source, in the reader's language.
import { describeFinding } from '#lib/analysis/engine/sentence.js';
import type { Finding } from '#lib/analysis/engine/types.js';
import type { HeatmapModel } from '#lib/components/analysis/heatmap.js';
import type { NetworkModel } from '#lib/components/analysis/network.js';
import type { WheelSegment } from '#lib/components/analysis/wheel.js';
import { formatNumber, type Locale, type Translate } from '#lib/i18n/index.js';
import { goal as goalOf, pickText } from '#lib/sdg/catalogue.js';
import type { Block, TableBlock } from './model.js';
import type { ReportSource } from './source.js';
import { followUpStatusLabelKeys } from '#lib/domain/plan.js';

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export const goalLabel = (t: Translate, locale: Locale, n: number) => `${t('sdg.goal.number', { number: n })} ${pickText(goalOf(n)?.shortTitle ?? { sv: null, en: null }, locale)?.text ?? ''}`.trim();

export function methodBlocks(s: ReportSource, t: Translate, locale: Locale): Block[] {
	const num = (v: number) => formatNumber(locale, v);
	const took = s.input.units.filter((u) => s.participating.has(u.id)).map((u) => u.name);
	const not = s.input.units.filter((u) => !s.participating.has(u.id)).map((u) => u.name);
	const blocks: Block[] = [
		{ kind: 'p', text: t('report.method.scope', { cycle: s.cycle.name, took: num(took.length), total: num(s.input.units.length) }) },
		{ kind: 'h3', text: t('report.method.took') },
		took.length ? { kind: 'list', items: took } : { kind: 'p', text: t('report.method.none') },
		{ kind: 'h3', text: t('report.method.notTook') },
		not.length ? { kind: 'list', items: not } : { kind: 'p', text: t('report.method.allTook') },
		{ kind: 'h3', text: t('report.method.workshops') }
	];
	if (s.workshops.length)
		blocks.push({
			kind: 'table',
			id: 'workshops',
			caption: t('report.method.workshops.caption', { count: num(s.workshops.length), participants: num(s.workshops.reduce((a, w) => a + w.participants, 0)) }),
			header: [t('report.col.workshop'), t('report.col.date'), t('report.col.participants')],
			rows: s.workshops.map((w) => [w.name, isoDate(w.date), w.participants])
		});
	else blocks.push({ kind: 'p', text: t('report.method.noWorkshops') });
	blocks.push({ kind: 'h3', text: t('report.method.scales') }, { kind: 'list', items: [t('report.method.scale.relevance'), t('report.method.scale.contribution'), t('report.method.scale.interaction')] });
	blocks.push({ kind: 'h3', text: t('report.method.sis') }, { kind: 'p', text: t('report.method.sis.text') });
	return blocks;
}

export function steeringBlocks(s: ReportSource, t: Translate): Block[] {
	return [...ownSteeringBlocks(s, t), ...planBlocks(s, t)];
}

function ownSteeringBlocks(s: ReportSource, t: Translate): Block[] {
	const st = s.steering;
	if (!st || (!st.vision && !st.focusAreas.length && !st.goals.length)) return [{ kind: 'p', text: t('report.steering.none') }];
	const blocks: Block[] = [];
	if (st.vision) blocks.push({ kind: 'h3', text: st.visionName || t('report.steering.vision') }, { kind: 'p', text: st.vision });
	if (st.focusAreas.length) blocks.push({ kind: 'h3', text: t('report.steering.focusAreas') }, { kind: 'list', items: st.focusAreas.filter((f) => !f.parentId).map((f) => f.name) });
	blocks.push({ kind: 'h3', text: t('report.steering.goals') });
	if (!st.goals.length) blocks.push({ kind: 'p', text: t('report.steering.noGoals') });
	else {
		const area = new Map(st.focusAreas.map((f) => [f.id, f.name]));
		blocks.push({
			kind: 'table',
			id: 'goals',
			caption: t('report.steering.goals.caption'),
			header: [t('report.col.goal'), t('report.col.focusArea'), t('report.col.period'), t('report.col.targets')],
			rows: st.goals.map((g) => [g.title, g.focusAreaId ? (area.get(g.focusAreaId) ?? '') : '', g.periodStart ? `${g.periodStart}–${g.periodEnd ?? ''}` : '', g.targetCodes.join(', ')])
		});
	}
	return blocks;
}

/** The action plan: its decision, and each measure with its units, targets and where its follow-up stands. */
function planBlocks(s: ReportSource, t: Translate): Block[] {
	const p = s.plan;
	if (!p) return [];
	const period = p.plan.periodStart === p.plan.periodEnd ? String(p.plan.periodStart) : `${p.plan.periodStart}–${p.plan.periodEnd}`;
	const blocks: Block[] = [{ kind: 'h3', text: t('report.plan.heading', { title: p.plan.title, period }) }];
	if (p.plan.decidedBy || p.plan.decidedOn) blocks.push({ kind: 'p', text: t('report.plan.decided', { by: p.plan.decidedBy ?? '–', on: p.plan.decidedOn ?? '–' }) });
	if (!p.measures.length) return [...blocks, { kind: 'p', text: t('report.plan.none') }];
	blocks.push({
		kind: 'table',
		id: 'plan',
		caption: t('report.plan.caption'),
		header: [t('report.col.number'), t('report.col.measure'), t('report.col.units'), t('report.col.targets'), t('report.col.localTarget'), t('report.col.followUp')],
		rows: p.measures.map((m) => [m.number, m.title, m.units.join(', '), m.targetCodes.join(', '), m.localTarget ?? '', followUpText(p, m, t)])
	});
	return blocks;
}

/** "Delår: 2 pågår, 1 genomförd, 3 utan uppföljning" for the newest point with any entry; else "Ingen uppföljning än". */
export function followUpText(p: NonNullable<ReportSource['plan']>, m: NonNullable<ReportSource['plan']>['measures'][number], t: Translate): string {
	const point = [...p.points].reverse().find((pt) => m.statuses.some((c) => c.byPoint[pt.id]));
	if (!point) return t('report.plan.noFollowUp');
	const counts = new Map<string, number>();
	let missing = 0;
	for (const c of m.statuses) {
		const e = c.byPoint[point.id];
		if (!e) missing += 1;
		else {
			const label = t(followUpStatusLabelKeys[e.status]).toLocaleLowerCase();
			counts.set(label, (counts.get(label) ?? 0) + 1);
		}
	}
	const parts = [...counts].map(([label, n]) => `${n} ${label}`);
	if (missing) parts.push(`${missing} ${t('report.plan.missing')}`);
	return `${point.name}: ${parts.join(', ')}`;
}

export function heatmapTable(h: HeatmapModel, t: Translate): TableBlock {
	return {
		kind: 'table',
		id: 'heatmap',
		caption: t('report.mapping.heatmap.table'),
		header: [t('report.col.unit'), ...h.goals.map((g) => String(g)), t('report.col.total')],
		rows: h.rows.map((r) => [r.unitName, ...r.cells.map((c) => c.value), r.total])
	};
}

export function mappingBlocks(s: ReportSource, t: Translate, locale: Locale, charts: { heatmap: HeatmapModel; wheel: WheelSegment[] }): Block[] {
	const num = (v: number) => formatNumber(locale, v);
	const tot = s.result.coverage.totals;
	const perUnit = s.input.units.filter((u) => s.participating.has(u.id)).map((u) => {
		const cs = s.input.contributions.filter((c) => c.unitId === u.id);
		const rel = s.input.relevance.filter((r) => r.unitId === u.id && r.kind === 'goal' && (r.level === 'medel' || r.level === 'hög'));
		return [u.name, rel.length, s.input.activities.filter((a) => a.unitId === u.id).length, cs.filter((c) => c.direction === 'bidrar').length, cs.filter((c) => c.direction === 'motverkar').length, cs.filter((c) => c.directness === 'direkt').length, cs.filter((c) => c.directness === 'indirekt').length];
	});
	return [
		{ kind: 'p', text: t('report.mapping.totals', { units: num(tot.units), activities: num(tot.activities), contributions: num(tot.contributions), covered: num(tot.coveredTargets), relevant: num(tot.relevantTargets) }) },
		{
			kind: 'table',
			id: 'goals-coverage',
			caption: t('report.mapping.goals.caption'),
			header: [t('report.col.goal'), t('report.col.unitsRelevant'), t('report.col.unitsContributing'), t('report.col.positive'), t('report.col.negative'), t('report.col.covered')],
			rows: s.result.coverage.goals.map((g) => {
				const w = charts.wheel.find((x) => x.goal === g.goal);
				return [goalLabel(t, locale, g.goal), g.unitsRelevant, g.unitsContributing, g.positive, g.negative, w ? `${w.covered}/${w.total}` : ''];
			})
		},
		{
			kind: 'table',
			id: 'units',
			caption: t('report.mapping.units.caption'),
			header: [t('report.col.unit'), t('report.col.relevantGoals'), t('report.col.activities'), t('report.col.positiveCount'), t('report.col.negativeCount'), t('report.col.direct'), t('report.col.indirect')],
			rows: perUnit
		},
		{ kind: 'figure', figure: 'heatmap', caption: t('report.mapping.heatmap.caption'), alt: t('report.mapping.heatmap.alt', { units: num(charts.heatmap.rows.length), max: num(charts.heatmap.max) }), table: heatmapTable(charts.heatmap, t) },
		{
			kind: 'figure',
			figure: 'wheel',
			caption: t('report.mapping.wheel.caption'),
			alt: t('report.mapping.wheel.alt', { covered: num(tot.coveredTargets) }),
			table: {
				kind: 'table',
				id: 'wheel',
				caption: t('report.mapping.wheel.table'),
				header: [t('report.col.goal'), t('report.col.coveredTargets'), t('report.col.targetsTotal'), t('report.col.percent')],
				rows: charts.wheel.map((w) => [goalLabel(t, locale, w.goal), w.covered, w.total, w.percent])
			}
		}
	];
}

/** A finding as a ranked sentence with the size of its evidence. */
function findingItems(list: readonly Finding[], t: Translate, locale: Locale): string[] {
	return list.map((f) => {
		const e = f.evidence;
		return `${describeFinding(f, locale)} ${t('report.findings.evidence', { relevance: e.relevance.length, contributions: e.contributions.length, activities: e.activities.length, interactions: e.interactions.length })}`;
	});
}

export function findingBlocks(s: ReportSource, t: Translate, locale: Locale, network: NetworkModel): Block[] {
	const r = s.result;
	const out: Block[] = [];
	for (const [list, heading, none] of [
		[r.strengths, t('report.findings.strengths'), t('report.findings.noStrengths')],
		[r.gaps, t('report.findings.gaps'), t('report.findings.noGaps')],
		[r.synergies, t('report.findings.synergies'), t('report.findings.noSynergies')],
		[r.conflicts, t('report.findings.conflicts'), t('report.findings.noConflicts')]
	] as const) {
		out.push({ kind: 'h3', text: heading });
		out.push(list.length ? { kind: 'list', ordered: true, items: findingItems(list, t, locale) } : { kind: 'p', text: none });
	}
	const ranked = [...network.nodes].filter((n) => n.rankOutSum !== null).sort((a, b) => (a.rankOutSum ?? 0) - (b.rankOutSum ?? 0)).slice(0, 15);
	out.push({
		kind: 'figure',
		figure: 'network',
		caption: t('report.findings.network.caption'),
		alt: t('report.findings.network.alt', { nodes: network.nodes.length, links: network.links.length }),
		table: {
			kind: 'table',
			id: 'network',
			caption: t('report.findings.network.table'),
			header: [t('report.col.target'), t('report.col.outSum'), t('report.col.inSum'), t('report.col.secondOrder'), t('report.col.rank')],
			rows: ranked.map((n) => [n.code, n.outSum, n.inSum, n.secondOrder, n.rankOutSum])
		}
	});
	return out;
}
