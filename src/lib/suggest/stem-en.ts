// A light English stemmer: plural and verb endings plus the commonest derivational suffixes, so that
// "recycling", "recycled" and "recycles" meet. Over-stemming is harmless here: both sides use the same rules.

const VOWEL = /[aeiouy]/;

// Longest first; each suffix is removed only when at least three letters with a vowel stay.
const SUFFIXES = [
	'ational', 'ations', 'ation', 'ements', 'ement', 'ments', 'ment', 'ities', 'ity', 'ness', 'ings', 'ing',
	'ively', 'ive', 'ional', 'ally', 'ical', 'ful', 'ised', 'ized', 'ises', 'izes', 'ise', 'ize', 'ers', 'er',
	'ed', 'ly', 'al', 'es', 's', 'e'
];

function keep(stem: string): boolean {
	return stem.length >= 3 && VOWEL.test(stem);
}

/** The stem of one lower-case English word ("communities" → "commun", "recycling" → "recycl"). */
export function stemEnglish(word: string): string {
	let w = word;
	if (w.length <= 3) return w;
	if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
	else if (w.endsWith('sses')) w = w.slice(0, -2);
	else if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
	for (const s of SUFFIXES) {
		if (w.endsWith(s) && keep(w.slice(0, -s.length))) {
			w = w.slice(0, -s.length);
			break;
		}
	}
	if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`;
	// Undouble a final consonant left by -ing/-ed ("planning" → "plan").
	if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
	return w;
}
