// The Snowball stemmer for Swedish (current algorithm, with its "-et" rule), written out in TypeScript.
// Algorithm: https://snowballstem.org/algorithms/swedish/stemmer.html (BSD licence).

const VOWELS = new Set('aeiouyäåö');
const S_ENDING = new Set('bcdfghjklmnoprtvy');
const OST_ENDING = new Set('iklnprtuv');

const MAIN_SUFFIXES = [
	'a', 'arna', 'erna', 'heterna', 'orna', 'ad', 'e', 'ade', 'ande', 'arne', 'are', 'aste', 'en', 'anden',
	'aren', 'heten', 'ern', 'ar', 'er', 'heter', 'or', 'as', 'arnas', 'ernas', 'ornas', 'es', 'ades',
	'andes', 'ens', 'arens', 'hetens', 'erns', 'at', 'andet', 'het', 'ast', 's', 'et'
].sort((a, b) => b.length - a.length);

// Words where "-et" belongs to the stem (frihet, societet, alfabet, paket, …).
const ET_KEEP = ['h', 'iet', 'uit', 'fab', 'cit', 'dit', 'alit', 'ilit', 'mit', 'nit', 'pit', 'rit', 'sit', 'tit', 'ivit', 'kvit', 'xit', 'kom', 'rak', 'pak', 'stak'];
const CONSONANT_PAIRS = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];

const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c);

/** R1: the region after the first non-vowel that follows a vowel, but not before the fourth letter. */
function r1Start(w: string): number {
	if (w.length < 3) return w.length;
	let i = 0;
	while (i < w.length && !isVowel(w[i])) i++;
	while (i < w.length && isVowel(w[i])) i++;
	if (i >= w.length) return w.length;
	return Math.max(i + 1, 3);
}

/** May "-et" that starts at `end` be removed? Needs consonant + vowel before it, and none of the exceptions. */
function etCondition(w: string, end: number): boolean {
	if (end < 3 || isVowel(w[end - 1]) || !isVowel(w[end - 2])) return false;
	const head = w.slice(0, end);
	return !ET_KEEP.some((e) => head.endsWith(e));
}

function mainSuffix(w: string, p1: number): string {
	const suffix = MAIN_SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= p1);
	if (!suffix) return w;
	const at = w.length - suffix.length;
	if (suffix === 'et') return etCondition(w, at) ? w.slice(0, at) : w;
	if (suffix === 's') {
		if (w.slice(at - 2, at) === 'et' && etCondition(w, at - 2)) return w.slice(0, at - 2);
		return S_ENDING.has(w[at - 1] ?? '') ? w.slice(0, at) : w;
	}
	return w.slice(0, at);
}

function consonantPair(w: string, p1: number): string {
	return w.length - 2 >= p1 && CONSONANT_PAIRS.some((p) => w.endsWith(p)) ? w.slice(0, -1) : w;
}

function otherSuffix(w: string, p1: number): string {
	const inR1 = (s: string) => w.endsWith(s) && w.length - s.length >= p1;
	if (inR1('fullt')) return w.slice(0, -1);
	if (inR1('öst')) return OST_ENDING.has(w[w.length - 4] ?? '') ? w.slice(0, -1) : w;
	if (inR1('lig')) return w.slice(0, -3);
	if (inR1('els')) return w.slice(0, -3);
	if (inR1('ig')) return w.slice(0, -2);
	return w;
}

/** The Snowball stem of one lower-case Swedish word ("avfallshanteringen" → "avfallshantering"). */
export function stemSwedish(word: string): string {
	const p1 = r1Start(word);
	return otherSuffix(consonantPair(mainSuffix(word, p1), p1), p1);
}
