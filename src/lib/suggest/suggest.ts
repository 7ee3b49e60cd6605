// Target suggestions for an activity text: BM25 over each target's official text and Swedish heading, its
// goal's titles as context and a lexicon of municipal words. Proposals only: a person accepts or rejects.
import { goal, indicatorsOf, targets, type Lang, type Target } from '#lib/sdg/catalogue.js';
import { Analyzer, type Terms } from './analyze.js';
import { Bm25Index } from './bm25.js';
import { LEXICON, STATE_LEVEL } from './lexicon.js';

export const MAX_SUGGESTIONS = 10;
/** Below this a match is noise (one common word shared with a long text)… */
export const MIN_SCORE = 0.02;
/** …and so is a match far weaker than the best one. */
export const RELATIVE_FLOOR = 0.15;
/** Targets only states act on score this much of their match (see STATE_LEVEL). */
export const STATE_LEVEL_FACTOR = 0.7;

export interface Suggestion {
	code: string;
	/** In [0, 1]: how much of the text's weight the target's words explain. */
	score: number;
}

// How much each source counts towards a target's terms. The goal is context, never the main evidence.
const WEIGHTS = { title: 1, shortTitle: 1, goal: 0.3, indicators: 0.3, lexicon: 1 };
// Moderate length normalisation: the lexicon makes some targets' texts long for good reason.
const BM25 = { k1: 1.2, b: 0.5 };

export interface SuggestOptions {
	/** Use the municipal lexicon (default). Off measures what the official texts alone achieve. */
	lexicon?: boolean;
}

function fields(t: Target, lang: Lang, lexicon: boolean): [text: string | null | undefined, weight: number][] {
	const g = goal(t.goal);
	return [
		[t.title[lang], WEIGHTS.title],
		[t.shortTitle[lang], WEIGHTS.shortTitle],
		[`${g?.title[lang] ?? ''} ${g?.shortTitle[lang] ?? ''}`, WEIGHTS.goal],
		// Indicator titles exist in English only.
		[indicatorsOf(t.code).map((i) => i.title[lang] ?? '').join(' '), WEIGHTS.indicators],
		[lexicon ? LEXICON[t.code]?.[lang] : null, WEIGHTS.lexicon]
	];
}

interface Engine {
	analyzer: Analyzer;
	index: Bm25Index<string>;
}

function build(lang: Lang, lexicon: boolean): Engine {
	const docs = targets().map((t) => ({ code: t.code, fields: fields(t, lang, lexicon) }));
	// First pass: plain stems, the vocabulary that compounds are split against.
	const plain = new Analyzer(lang);
	const vocabulary = new Set<string>();
	for (const d of docs) for (const [text] of d.fields) for (const term of plain.terms(text ?? '').keys()) vocabulary.add(term);
	const analyzer = new Analyzer(lang, vocabulary);
	const indexed = docs.map((d) => {
		const terms: Terms = new Map();
		for (const [text, weight] of d.fields) {
			for (const [term, w] of analyzer.terms(text ?? '')) terms.set(term, (terms.get(term) ?? 0) + w * weight);
		}
		return { id: d.code, terms };
	});
	return { analyzer, index: new Bm25Index(indexed, BM25) };
}

const engines = new Map<string, Engine>();

function engine(lang: Lang, lexicon: boolean): Engine {
	const key = `${lang}:${lexicon}`;
	let e = engines.get(key);
	if (!e) engines.set(key, (e = build(lang, lexicon)));
	return e;
}

/** Up to `limit` (at most 10) targets for `text`, best first; empty when nothing in it points to a target. */
export function suggestTargets(text: string, lang: Lang, limit = MAX_SUGGESTIONS, options: SuggestOptions = {}): Suggestion[] {
	const { analyzer, index } = engine(lang, options.lexicon ?? true);
	const query = analyzer.terms(text);
	if (query.size === 0) return [];
	return index
		.search(query)
		.map(({ id, score }) => ({ code: id, score: STATE_LEVEL.has(id) ? score * STATE_LEVEL_FACTOR : score }))
		.sort((a, b) => b.score - a.score)
		.filter((s, _, all) => s.score >= MIN_SCORE && s.score >= RELATIVE_FLOOR * all[0]!.score)
		.slice(0, Math.max(0, Math.min(limit, MAX_SUGGESTIONS)));
}
