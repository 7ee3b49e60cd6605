// The report's later sections: 5 Befintlig statistik, 6 Utmaningar och möjligheter per dimension,
// 7 Slutsatser (saved versions, else the draft prefilled from the analysis), 8 Bilagor. Pure.
import { dimensionLabelKeys, dimensions, challengeKindLabelKeys, directionLabelKeys, directnessLabelKeys, relevanceLevelLabelKeys, type ChallengeKind, type Dimension } from '#lib/domain/mapping.js';
import { formatNumber, type Locale, type Translate } from '#lib/i18n/index.js';
import { prefillConclusion } from './conclusions.js';
import { conclusionScopes, type Block } from './model.js';
import type { ReportSource } from './source.js';

export function statisticsBlocks(s: ReportSource, t: Translate, locale: Locale): Block[] {
	const num = (v: number) => formatNumber(locale, v);
	const list = s.steering?.indicators ?? [];
	if (!list.length) return [{ kind: 'p', text: t('report.statistics.none') }];
	const comparison = s.comparison;
	const rows = list.map((i) => {
		const whole = i.outcomes.filter((o) => o.area === '' && o.gender === 'T').sort((a, b) => a.year - b.year);
		const last = whole.at(-1) ?? [...i.outcomes].sort((a, b) => a.year - b.year).at(-1);
		const first = whole[0];
		const target = [...i.targets].sort((a, b) => a.year - b.year).at(-1);
		const trend = !last || !first || first === last ? t('report.statistics.trend.unknown') : (last.value > first.value) === (i.direction === 'higher') ? t('report.statistics.trend.right') : last.value === first.value ? t('report.statistics.trend.flat') : t('report.statistics.trend.wrong');
		const row = [i.name, i.targetCodes.join(', '), last?.year ?? null, last?.value ?? null, target ? `${num(target.value)} (${target.year})` : '', trend];
		// the comparison group's value of the same year as the outcome, else its newest
		if (comparison) {
			const series = (i.koladaKpi && comparison.byKpi[i.koladaKpi]) || [];
			const same = series.find((v) => v.year === last?.year) ?? [...series].sort((a, b) => a.year - b.year).at(-1);
			row.push(same ? `${num(same.value)} (${same.year})` : '');
		}
		row.push(i.koladaKpi ? t('report.statistics.kolada', { kpi: i.koladaKpi }) : (i.sourceName ?? ''));
		return row;
	});
	const header = [t('report.col.indicator'), t('report.col.targets'), t('report.col.year'), t('report.col.outcome'), t('report.col.targetValue'), t('report.col.trend')];
	if (comparison) header.push(t('report.col.comparison', { name: comparison.name }));
	header.push(t('report.col.source'));
	return [{ kind: 'table', id: 'indicators', caption: t('report.statistics.caption'), header, rows }];
}

export function challengeBlocks(s: ReportSource, t: Translate): Block[] {
	const unit = new Map(s.input.units.map((u) => [u.id, u.name]));
	const out: Block[] = [];
	for (const d of dimensions) {
		out.push({ kind: 'h3', text: t(dimensionLabelKeys[d]) });
		const items = s.challenges.filter((c) => c.dimension === d).map((c) => `${t(challengeKindLabelKeys[c.kind as ChallengeKind] ?? 'report.challenge.other')}: ${c.text} (${unit.get(c.unitId) ?? ''})`);
		out.push(items.length ? { kind: 'list', items } : { kind: 'p', text: t('report.challenges.none') });
	}
	return out;
}

export function conclusionBlocks(s: ReportSource, t: Translate, locale: Locale): Block[] {
	return conclusionScopes.map((scope) => {
		const saved = s.conclusions[scope];
		return {
			kind: 'conclusion' as const,
			scope,
			heading: scope === 'overall' ? t('report.conclusions.overall') : t(dimensionLabelKeys[scope as Dimension]),
			text: saved ? saved.text : prefillConclusion(s.result, scope, locale, s.input.dimensions),
			version: saved?.version ?? null
		};
	});
}

export function annexBlocks(s: ReportSource, t: Translate): Block[] {
	const out: Block[] = [{ kind: 'h3', text: t('report.annex.units') }];
	const activity = new Map(s.input.activities.map((a) => [a.id, a.name]));
	const relevance = Map.groupBy(s.input.relevance, (r) => r.unitId);
	const contributions = Map.groupBy(s.input.contributions, (c) => c.unitId);
	for (const u of s.input.units.filter((x) => s.participating.has(x.id))) {
		const rel = relevance.get(u.id) ?? [];
		const cs = contributions.get(u.id) ?? [];
		out.push({
			kind: 'table',
			id: `unit-${u.id}`,
			caption: t('report.annex.unit.caption', { unit: u.name }),
			header: [t('report.col.activity'), t('report.col.target'), t('report.col.direction'), t('report.col.strength'), t('report.col.directness')],
			rows: cs.map((c) => [activity.get(c.activityId) ?? '', c.targetCode, t(directionLabelKeys[c.direction]), c.strength, t(directnessLabelKeys[c.directness])])
		});
		if (rel.length)
			out.push({
				kind: 'table',
				id: `relevance-${u.id}`,
				caption: t('report.annex.relevance.caption', { unit: u.name }),
				header: [t('report.col.code'), t('report.col.relevance')],
				rows: rel.map((r) => [r.code, t(relevanceLevelLabelKeys[r.level])])
			});
	}
	out.push({ kind: 'h3', text: t('report.annex.documents') });
	const unit = new Map(s.input.units.map((u) => [u.id, u.name]));
	out.push(
		s.documents.length
			? { kind: 'table', id: 'documents', caption: t('report.annex.documents.caption'), header: [t('report.col.document'), t('report.col.type'), t('report.col.unit'), t('report.col.targets')], rows: s.documents.map((d) => [d.name, d.type, unit.get(d.unitId) ?? '', d.targetCodes.join(', ')]) }
			: { kind: 'p', text: t('report.annex.noDocuments') }
	);
	out.push({ kind: 'h3', text: t('report.annex.interactions') });
	out.push(
		s.input.interactions.length
			? { kind: 'table', id: 'interactions', caption: t('report.annex.interactions.caption'), header: [t('report.col.from'), t('report.col.to'), t('report.col.score')], rows: s.input.interactions.map((i) => [i.from, i.to, i.score]) }
			: { kind: 'p', text: t('report.annex.noInteractions') }
	);
	return out;
}
