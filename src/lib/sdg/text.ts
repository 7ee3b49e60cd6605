// Texts that exist in Swedish, English or both, and how a page picks one (with no catalogue data attached).

export type Lang = 'sv' | 'en';

/** A text in both languages; null where no real source had it (e.g. Swedish indicator titles). */
export interface LocalizedText {
	readonly sv: string | null;
	readonly en: string | null;
}

/** The text to show, its language, and whether that is the other language than asked for. */
export interface PickedText {
	text: string;
	lang: Lang;
	fallback: boolean;
}

/**
 * The text in `locale`, else in the other language with `fallback: true` (the page then marks the element
 * with `lang`), else null.
 */
export function pickText(value: LocalizedText, locale: Lang): PickedText | null {
	const own = value[locale];
	if (own) return { text: own, lang: locale, fallback: false };
	const other: Lang = locale === 'sv' ? 'en' : 'sv';
	const theirs = value[other];
	return theirs ? { text: theirs, lang: other, fallback: true } : null;
}

/** The `lang` attribute an element needs for a picked text: only when it differs from the page's language. */
export function langAttr(picked: PickedText | null): Lang | undefined {
	return picked?.fallback ? picked.lang : undefined;
}
