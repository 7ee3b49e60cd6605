// The page's translator, provided once by the root layout and read by every component.
import { getContext, setContext } from 'svelte';
import { translator, type Locale, type Translate } from './index.js';

const KEY = Symbol('i18n');

export interface I18n {
	readonly locale: Locale;
	t: Translate;
}

export function provideI18n(getLocale: () => Locale): I18n {
	const value: I18n = {
		get locale() {
			return getLocale();
		},
		t: (key, params) => translator(getLocale())(key, params)
	};
	setContext(KEY, value);
	return value;
}

export function useI18n(): I18n {
	return getContext<I18n>(KEY);
}
