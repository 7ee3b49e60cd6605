// The conclusions' first draft, prefilled from the analysis: per dimension the strongest findings touching
// its goals (gaps and conflicts first, then strengths and synergies), overall the strongest of each kind;
// each finding becomes one plain sentence the samordnare then edits.
import { DEFAULT_DIMENSIONS } from '#lib/analysis/engine/dimensions.js';
import { describeFinding } from '#lib/analysis/engine/sentence.js';
import type { AnalysisResult, DimensionGrouping, Finding } from '#lib/analysis/engine/types.js';
import type { Locale } from '#lib/i18n/index.js';
import type { ConclusionScope } from './model.js';

const PER_DIMENSION = 4;

function byWeight(findings: readonly Finding[]): Finding[] {
	return [...findings].sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
}

export function prefillConclusion(result: AnalysisResult, scope: ConclusionScope, locale: Locale, grouping?: DimensionGrouping): string {
	const groups = grouping ?? DEFAULT_DIMENSIONS;
	const say = (f: Finding) => describeFinding(f, locale);
	if (scope === 'overall') {
		const picks = [result.strengths, result.gaps, result.conflicts, result.synergies].map((l) => byWeight(l)[0]).filter((f): f is Finding => !!f);
		return picks.map(say).join('\n\n');
	}
	const goals = new Set(groups[scope]);
	const touches = (f: Finding) => f.goals.some((g) => goals.has(g));
	const concerns = byWeight([...result.gaps, ...result.conflicts].filter(touches)).slice(0, PER_DIMENSION / 2);
	const assets = byWeight([...result.strengths, ...result.synergies].filter(touches)).slice(0, PER_DIMENSION / 2);
	return [...assets, ...concerns].map(say).join('\n\n');
}
