// The 7-point scale on screen: each score's name (+3 odelbar … −3 upphävande) and numbers in the locale's format.
import type { MessageKey } from '#lib/i18n/index.js';
import { scoreLabelKeys } from '#lib/validation/interactions.js';

export { scoreLabelKeys };

/** From +3 down to −3, as the scale is read. */
export const scaleValues = ['3', '2', '1', '0', '-1', '-2', '-3'] as const;

export function scoreLabelKey(score: number): MessageKey {
	return scoreLabelKeys[String(score) as keyof typeof scoreLabelKeys] ?? 'interactions.notScored';
}

export function scoreOptions(t: (key: MessageKey) => string) {
	return scaleValues.map((value) => ({ value, label: t(scoreLabelKeys[value]) }));
}

/** A sum or a score with its sign (+3, 0, −2) and at most one decimal (second-order sums end in .5). */
export function formatSigned(locale: 'sv' | 'en', n: number): string {
	return new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(n);
}
