// Finding targets by code ("6.3", "6.", "11") or by words in the reader's language, best matches first.
import { compareTargetCodes, parseGoalNumber, targetOfIndicatorCode } from '#lib/domain/sdg-codes.js';
import type { Target } from './catalogue.js';
import { pickText, type Lang } from './text.js';

/** Longer queries are cut to this many characters. */
export const MAX_QUERY_LENGTH = 100;

/** Why a target matched, best first. */
export type MatchKind = 'code' | 'codePrefix' | 'shortTitle' | 'text';
const rank: Record<MatchKind, number> = { code: 0, codePrefix: 1, shortTitle: 2, text: 3 };

export interface SearchHit {
	target: Target;
	match: MatchKind;
}

/** Lower case without diacritics, so "Återvinning", "atervinning" and "ÅTERVINNING" compare equal. */
export function foldForSearch(text: string): string {
	return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

// "6", "6.", "6.3", "6,3", "6.a", "6.3.1" — a goal, a target or an indicator code.
const CODE_QUERY = /^(\d{1,2})(?:[.,](?:(\d{1,2}|[a-z])(?:[.,](\d{1,2}))?)?)?$/;

function byCode(list: readonly Target[], query: string): SearchHit[] | null {
	const m = CODE_QUERY.exec(query);
	if (!m) return null;
	const goal = parseGoalNumber(m[1]!);
	if (goal === null) return [];
	if (m[2] === undefined) {
		return list.filter((t) => t.goal === goal).map((t) => ({ target: t, match: 'codePrefix' }));
	}
	const code = `${goal}.${m[2]}`;
	if (m[3] !== undefined) {
		const fromIndicator = targetOfIndicatorCode(`${code}.${m[3]}`);
		return list.filter((t) => t.code === fromIndicator).map((t) => ({ target: t, match: 'code' }));
	}
	// "17.1" also offers 17.10–17.19, after 17.1 itself.
	return list
		.filter((t) => t.code === code || t.code.startsWith(code))
		.map((t): SearchHit => ({ target: t, match: t.code === code ? 'code' : 'codePrefix' }));
}

interface Folded {
	short: string;
	full: string;
}
const foldCache = new WeakMap<Target, Partial<Record<Lang, Folded>>>();

function folded(target: Target, locale: Lang): Folded {
	let entry = foldCache.get(target);
	if (!entry) foldCache.set(target, (entry = {}));
	return (entry[locale] ??= {
		// Only a short title in the reader's own language counts: a Swedish heading is no match for English words.
		short: foldForSearch(target.shortTitle[locale] ?? ''),
		full: foldForSearch(pickText(target.title, locale)?.text ?? '')
	});
}

function byWords(list: readonly Target[], query: string, locale: Lang): SearchHit[] {
	const words = foldForSearch(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
	if (words.length === 0) return [];
	const hits: SearchHit[] = [];
	for (const target of list) {
		const { short, full } = folded(target, locale);
		// Substrings, not whole words: Swedish compounds ("avloppsvatten") should be found by their parts.
		if (words.every((w) => short.includes(w))) hits.push({ target, match: 'shortTitle' });
		else if (words.every((w) => short.includes(w) || full.includes(w))) hits.push({ target, match: 'text' });
	}
	return hits;
}

/**
 * Searches `list` for `query` in `locale`. A code-shaped query matches codes only; anything else matches
 * every word (case and diacritics ignored) in the short title or the full text. Ranked by match kind,
 * then in SDG order. An empty query finds nothing.
 */
export function searchTargets(list: readonly Target[], query: string, locale: Lang): SearchHit[] {
	const q = foldForSearch(query.slice(0, MAX_QUERY_LENGTH)).trim();
	if (!q) return [];
	const hits = byCode(list, q) ?? byWords(list, q, locale);
	return hits.sort((a, b) => rank[a.match] - rank[b.match] || compareTargetCodes(a.target.code, b.target.code));
}
