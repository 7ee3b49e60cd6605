// Text → weighted index terms: words, stop words out, stems, and (for Swedish) compounds split into the
// words the index knows, so "avfallshanteringen" meets "avfall" and "hantering".
import type { Lang } from '#lib/sdg/text.js';
import { stemEnglish } from './stem-en.js';
import { stemSwedish } from './stem-sv.js';
import { STOP_WORDS } from './stopwords.js';

/** Terms with weights: 1 for a word's own stem, less for the parts of a compound. */
export type Terms = Map<string, number>;

/** Weight of each part of a split compound, relative to a whole word. */
export const PART_WEIGHT = 0.5;
const MIN_HEAD = 3;
const MIN_TAIL = 4;
// Endings a word may carry beyond what the stemmer removes; tried when its stem is unknown.
const ENDINGS = ['et', 'ets', 'en', 'ens', 'n', 'ns', 'na', 'nas', 't', 's', 'a', 'e', 'er', 'ar', 'or', 'erna', 'arna', 'orna'];
// Never a part of a compound: endings ("skap-ande") and prefixes ("för-ebygga", "be-tyda").
const NOT_TAILS = new Set(['ande', 'ende', 'erna', 'arna', 'orna', 'ernas', 'arnas', 'ornas', 'ades', 'andes', 'aren', 'arens', 'heten', 'heter', 'hetens', 'heterna', 'andet', 'ning', 'ningen', 'ningar', 'ningarna']);
const NOT_HEADS = new Set(['be', 'for', 'fore', 'ut', 'till', 'upp', 'mot', 'over', 'in', 'av', 'om', 'sam', 'an', 'pa', 'fram', 'mis', 'van', 'ater', 'lik', 'under', 'efter', 'med', 'vid', 'gen', 'ur']);

/** Lower case without diacritics. */
export function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The content words of `text`: lower case, numbers and stop words left out. */
export function words(text: string, lang: Lang): string[] {
	const stop = STOP_WORDS[lang];
	return (text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
		(w) => w.length >= 2 && !/^\p{N}+$/u.test(w) && !stop.has(w)
	);
}

/**
 * The folded stem of one lower-case word. Swedish adds three rules to Snowball's, so that more forms of a
 * word meet: a long stem loses a definite "-et" that Snowball keeps after a double consonant ("avfallet",
 * "samhället") and a definite "-an" ("skolan", "kvinnan"), and "-el" after a consonant loses its "e" as
 * the plural does ("cykel", "cykeln" as "cyklar"; "regel" as "regler").
 */
export function stem(word: string, lang: Lang): string {
	if (lang === 'en') return stemEnglish(fold(word));
	const s = fold(stemSwedish(word));
	if (s.length >= 7 && s.endsWith('et')) return s.slice(0, -2);
	if (s.length >= 5 && s.endsWith('an')) return s.slice(0, -2);
	if (s.length >= 5 && /[^aeiouy]el$/.test(s)) return `${s.slice(0, -2)}l`;
	if (s.length >= 6 && /[^aeiouy]eln$/.test(s)) return `${s.slice(0, -3)}l`;
	return s;
}

export class Analyzer {
	/** `vocabulary`: the stems the index holds; compounds are split only into parts found there. */
	constructor(
		readonly lang: Lang,
		private readonly vocabulary: ReadonlySet<string> = new Set()
	) {}

	/** The weighted terms of a text (weights add up over repeated words). */
	terms(text: string): Terms {
		const out: Terms = new Map();
		for (const w of words(text, this.lang)) {
			for (const [term, weight] of this.wordTerms(w)) out.set(term, (out.get(term) ?? 0) + weight);
		}
		return out;
	}

	/** The terms of one word: its stem, or the known word it inflects, plus the parts of a compound. */
	wordTerms(word: string): Terms {
		const out: Terms = new Map();
		const whole = stem(word, this.lang);
		if (this.lang !== 'sv' || this.vocabulary.size === 0) return out.set(whole, 1);
		const folded = fold(word);
		const known = this.vocabulary.has(whole) ? whole : this.inflected(folded);
		const split = this.split(folded, 0);
		const parts = (split ?? (known ? [] : this.ends(folded))).filter((p) => p !== known);
		if (known) out.set(known, 1);
		else if (parts.length === 0) out.set(whole, 1);
		// A compound the index lacks is matched by its known parts, a little above parts of known words.
		const weight = known ? PART_WEIGHT : split ? PART_WEIGHT * 1.5 : PART_WEIGHT;
		for (const p of parts) out.set(p, Math.max(out.get(p) ?? 0, weight));
		return out;
	}

	/** The longest known first part and the longest known last part of a compound that does not split fully. */
	private ends(w: string): string[] {
		const out: string[] = [];
		for (let i = w.length - MIN_TAIL; i >= MIN_TAIL; i--) {
			const head = this.part(w.slice(0, i), false);
			if (head) {
				out.push(head);
				break;
			}
		}
		for (let i = MIN_TAIL; i <= w.length - MIN_TAIL; i++) {
			const tail = this.part(w.slice(i), false);
			if (tail) {
				out.push(tail);
				break;
			}
		}
		return [...new Set(out)];
	}

	/** "avfallet" → "avfall" when the stemmer keeps an ending the index does not. */
	private inflected(w: string): string | null {
		for (const e of ENDINGS) {
			if (!w.endsWith(e) || w.length - e.length < 4) continue;
			const s = stem(w.slice(0, -e.length), 'sv');
			if (this.vocabulary.has(s)) return s;
		}
		return null;
	}

	/** A known word as part of a compound: stems of four letters or more, or a bare three-letter head ("mat"). */
	private part(w: string, head: boolean): string | null {
		if (w.length < (head ? MIN_HEAD : MIN_TAIL) || STOP_WORDS.sv.has(w) || NOT_HEADS.has(w) || NOT_TAILS.has(w)) return null;
		const s = stem(w, 'sv');
		const known = this.vocabulary.has(s) ? s : this.inflected(w);
		return known && (known.length >= 4 || (head && known === w)) ? known : null;
	}

	/** Splits a compound into known parts (longest first part first), with an optional linking "s". */
	private split(w: string, depth: number): string[] | null {
		if (w.length < MIN_HEAD + MIN_TAIL || depth > 3) return null;
		for (let i = w.length - MIN_TAIL; i >= MIN_HEAD; i--) {
			const head = this.part(w.slice(0, i), true);
			if (!head) continue;
			const rest = w.slice(i);
			for (const tail of rest.startsWith('s') ? [rest, rest.slice(1)] : [rest]) {
				const last = this.part(tail, false);
				if (last) return [head, last];
				const more = this.split(tail, depth + 1);
				if (more) return [head, ...more];
			}
		}
		return null;
	}
}
