// The report's data as flat views for XLSX (one sheet each) and CSV (one file each): mapping per unit ×
// target, contributions, relevance, findings, interactions, indicators and their values, the action plan, workshops.
import { describeFinding } from '#lib/analysis/engine/sentence.js';
import type { Locale, Translate } from '#lib/i18n/index.js';
import { followUpStatusLabelKeys } from '#lib/domain/plan.js';
import type { View } from './model.js';
import type { ReportSource } from './source.js';

export function buildViews(s: ReportSource, t: Translate, locale: Locale): View[] {
	const unit = new Map(s.input.units.map((u) => [u.id, u.name]));
	const activity = new Map(s.input.activities.map((a) => [a.id, a.name]));
	const u = (id: string) => unit.get(id) ?? '';
	const r = s.result;
	const findings = [
		...r.strengths.map((f, i) => [t('report.kind.strength'), i + 1, f] as const),
		...r.gaps.map((f, i) => [t('report.kind.gap'), i + 1, f] as const),
		...r.synergies.map((f, i) => [t('report.kind.synergy'), i + 1, f] as const),
		...r.conflicts.map((f, i) => [t('report.kind.conflict'), i + 1, f] as const)
	];
	const indicators = (s.steering?.indicators ?? []).flatMap((i) => [
		...i.outcomes.map((o) => [i.name, i.koladaKpi ?? '', t('report.value.outcome'), o.year, o.gender, o.value, i.koladaKpi ? t('report.source.kolada') : (i.sourceName ?? '')]),
		...i.targets.map((v) => [i.name, i.koladaKpi ?? '', t('report.value.target'), v.year, '', v.value, ''])
	]);
	return [
		{
			id: 'kartlaggning',
			name: t('report.view.mapping'),
			header: [t('report.col.unit'), t('report.col.target'), t('report.col.relevance'), t('report.col.positive'), t('report.col.negative'), t('report.col.contributions')],
			types: ['text', 'text', 'text', 'number', 'number', 'number'],
			rows: r.coverage.unitTargets.filter((c) => c.relevance || c.contributions).map((c) => [u(c.unitId), c.code, c.relevance ?? '', c.positive, c.negative, c.contributions])
		},
		{
			id: 'bidrag',
			name: t('report.view.contributions'),
			header: [t('report.col.unit'), t('report.col.activity'), t('report.col.target'), t('report.col.direction'), t('report.col.strength'), t('report.col.directness'), t('report.col.indicator')],
			types: ['text', 'text', 'text', 'text', 'number', 'text', 'text'],
			rows: s.input.contributions.map((c) => [u(c.unitId), activity.get(c.activityId) ?? '', c.targetCode, c.direction, c.strength, c.directness, c.indicator ? `${c.indicator.kind}:${c.indicator.ref}` : ''])
		},
		{
			id: 'relevans',
			name: t('report.view.relevance'),
			header: [t('report.col.unit'), t('report.col.kind'), t('report.col.code'), t('report.col.relevance')],
			types: ['text', 'text', 'text', 'text'],
			rows: s.input.relevance.map((x) => [u(x.unitId), x.kind, x.code, x.level])
		},
		{
			id: 'fynd',
			name: t('report.view.findings'),
			header: [t('report.col.kind'), t('report.col.rank'), t('report.col.finding'), t('report.col.weight'), t('report.col.targets'), t('report.col.units')],
			types: ['text', 'number', 'text', 'number', 'text', 'text'],
			rows: findings.map(([k, i, f]) => [k, i, describeFinding(f, locale), f.weight, f.targetCodes.join(', '), f.unitIds.map(u).join(', ')])
		},
		{
			id: 'samspel',
			name: t('report.view.interactions'),
			header: [t('report.col.from'), t('report.col.to'), t('report.col.score')],
			types: ['text', 'text', 'number'],
			rows: s.input.interactions.map((i) => [i.from, i.to, i.score])
		},
		{
			id: 'indikatorer',
			name: t('report.view.indicators'),
			header: [t('report.col.indicator'), t('report.col.kpi'), t('report.col.kind'), t('report.col.year'), t('report.col.gender'), t('report.col.value'), t('report.col.source')],
			types: ['text', 'text', 'text', 'number', 'text', 'number', 'text'],
			rows: indicators
		},
		...planViews(s, t),
		{
			id: 'workshoppar',
			name: t('report.view.workshops'),
			header: [t('report.col.workshop'), t('report.col.date'), t('report.col.participants')],
			types: ['text', 'date', 'number'],
			rows: s.workshops.map((w) => [w.name, w.date.toISOString(), w.participants])
		}
	];
}

/** The action plan (when there is one): a row per measure and unit, with the status at each follow-up point. */
function planViews(s: ReportSource, t: Translate): View[] {
	const p = s.plan;
	if (!p) return [];
	const status = (e: { status: keyof typeof followUpStatusLabelKeys } | null | undefined) => (e ? t(followUpStatusLabelKeys[e.status]) : '');
	return [
		{
			id: 'handlingsplan',
			name: t('report.view.plan'),
			header: [t('report.col.number'), t('report.col.measure'), t('report.col.unit'), t('report.col.targets'), t('report.col.localTarget'), ...p.points.map((pt) => pt.name)],
			types: ['number', 'text', 'text', 'text', 'text', ...p.points.map(() => 'text' as const)],
			rows: p.measures.flatMap((m) =>
				(m.statuses.length ? m.statuses : [{ unit: '', byPoint: {} }]).map((c) => [m.number, m.title, c.unit, m.targetCodes.join(', '), m.localTarget ?? '', ...p.points.map((pt) => status((c.byPoint as Record<string, { status: keyof typeof followUpStatusLabelKeys } | null>)[pt.id]))])
			)
		}
	];
}
