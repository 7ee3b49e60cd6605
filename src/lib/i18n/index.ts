// Translation: t(key, params) for the current locale, with {name} placeholders.
import { messages, type Locale, type MessageKey } from './catalogue.js';

export type { Locale, MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function isLocale(value: unknown): value is Locale {
	return value === 'sv' || value === 'en';
}

export function translator(locale: Locale): Translate {
	const table = messages[locale];
	return (key, params) => {
		const text = table[key] ?? messages.sv[key] ?? key;
		if (!params) return text;
		return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
	};
}

/** Number formatting for the screen (sv-SE uses a non-breaking space and a real minus sign). */
export function formatNumber(locale: Locale, value: number): string {
	return new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB').format(value);
}
