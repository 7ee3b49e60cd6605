// A finding's plain-language sentence: its message key translated, list parameters joined as a list ("A, B och
// C"), numbers formatted for the screen, and {unitGenitive} made from {unit} ("Socialnämndens").
import { formatNumber, translator, type Locale, type MessageKey } from '#lib/i18n/index.js';
import type { Finding, FindingKind, FindingType } from './types.js';

export const findingKindLabelKeys = {
	strength: 'finding.kind.strength',
	gap: 'finding.kind.gap',
	synergy: 'finding.kind.synergy',
	conflict: 'finding.kind.conflict'
} as const satisfies Record<FindingKind, MessageKey>;

export const findingTypeLabelKeys = {
	strongTarget: 'finding.type.strongTarget',
	strongGoal: 'finding.type.strongGoal',
	relevantWithoutContribution: 'finding.type.relevantWithoutContribution',
	unaddressed: 'finding.type.unaddressed',
	onlyNegative: 'finding.type.onlyNegative',
	withoutIndicator: 'finding.type.withoutIndicator',
	notFollowed: 'finding.type.notFollowed',
	wrongWay: 'finding.type.wrongWay',
	fragileGoal: 'finding.type.fragileGoal',
	sharedTargets: 'finding.type.sharedTargets',
	reinforcingPair: 'finding.type.reinforcingPair',
	activityConflict: 'finding.type.activityConflict',
	opposedUnits: 'finding.type.opposedUnits',
	negativeInteraction: 'finding.type.negativeInteraction'
} as const satisfies Record<FindingType, MessageKey>;

/**
 * The Swedish genitive of a name: "Socialnämnden" → "Socialnämndens", "Kultur- och fritidsnämnden" →
 * "Kultur- och fritidsnämndens"; a name ending in s, x or z takes nothing ("Alingsås"); an abbreviation or a
 * number takes colon-s ("Tunabyggen AB" → "Tunabyggen AB:s").
 */
export function swedishGenitive(name: string): string {
	const trimmed = name.trim();
	if (trimmed === '') return trimmed;
	const last = trimmed.split(/\s+/).at(-1)!;
	if (/^\p{Lu}{2,}$/u.test(last) || /\d$/.test(last)) return `${trimmed}:s`;
	if (/[sxz]$/i.test(trimmed)) return trimmed;
	return `${trimmed}s`;
}

/** The English possessive: "Socialnämnden’s", "Alingsås’". */
export function englishGenitive(name: string): string {
	const trimmed = name.trim();
	if (trimmed === '') return trimmed;
	return /s$/i.test(trimmed) ? `${trimmed}’` : `${trimmed}’s`;
}

const listFormats = {
	sv: new Intl.ListFormat('sv', { style: 'long', type: 'conjunction' }),
	en: new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' })
} satisfies Record<Locale, Intl.ListFormat>;

/** "A, B och C" / "A, B and C". */
export function formatList(locale: Locale, items: readonly string[]): string {
	return listFormats[locale].format(items);
}

const quotes = { sv: ['”', '”'], en: ['“', '”'] } satisfies Record<Locale, [string, string]>;

/**
 * An activity's name inside a sentence, quoted and without its own full stop: "Ta fram en plan." →
 * ”Ta fram en plan”; a unit in brackets after it stays outside the quotes: ”Ta fram en plan” (Kommunstyrelsen).
 */
export function quoteActivity(locale: Locale, text: string): string {
	const [open, close] = quotes[locale];
	const m = /^(.*?)(\s\([^()]*\))?$/s.exec(text.trim())!;
	const name = m[1]!.replace(/[.\s]+$/, '');
	return `${open}${name}${close}${m[2] ?? ''}`;
}

/** A score on the −3…+3 scale with its sign: "+2", "−1", "0". */
function signedScore(locale: Locale, value: number): string {
	return value > 0 ? `+${formatNumber(locale, value)}` : formatNumber(locale, value);
}

export function describeFinding(finding: Pick<Finding, 'message'>, locale: Locale): string {
	const params: Record<string, string | number> = {};
	for (const [name, value] of Object.entries(finding.message.params)) {
		if (name === 'activity' && typeof value === 'string') params[name] = quoteActivity(locale, value);
		else if (name === 'activities' && typeof value === 'object') params[name] = formatList(locale, value.map((a) => quoteActivity(locale, a)));
		else if (name === 'score' && typeof value === 'number') params[name] = signedScore(locale, value);
		else params[name] = typeof value === 'number' ? formatNumber(locale, value) : typeof value === 'string' ? value : formatList(locale, value);
	}
	const unit = finding.message.params['unit'];
	if (typeof unit === 'string') params['unitGenitive'] = locale === 'sv' ? swedishGenitive(unit) : englishGenitive(unit);
	return translator(locale)(finding.message.key as MessageKey, params);
}
