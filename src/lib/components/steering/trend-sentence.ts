// The plain-language reading of an indicator's trend, from trendOf: which way it is moving since the
// baseline, and whether the nearest target value is reached at the present pace ("Utvecklingen går åt rätt
// håll sedan 2018; målet 75 till 2023 nås inte i nuvarande takt."). Also the changes since the previous year
// and since the baseline, signed. These are the municipality's own calculations, never Kolada's.
import type { Trend } from '#lib/domain/trend.js';
import type { Locale, Translate } from '#lib/i18n/index.js';

const intl = (locale: Locale) => (locale === 'sv' ? 'sv-SE' : 'en-GB');

/** A value as shown: at most two decimals, the locale's separators. */
export function formatValue(locale: Locale, value: number): string {
	return new Intl.NumberFormat(intl(locale), { maximumFractionDigits: 2 }).format(value);
}

/** A change with its sign ("+3,5", "−2", "±0"). */
export function formatChange(locale: Locale, value: number): string {
	const rounded = Math.round(value * 100) / 100;
	if (rounded === 0) return `\u00b1${formatValue(locale, 0)}`;
	return new Intl.NumberFormat(intl(locale), { maximumFractionDigits: 2, signDisplay: 'always' }).format(rounded);
}

export function trendSentence(trend: Trend, t: Translate, locale: Locale): string {
	if (!trend.latest) return t('steering.trend.noOutcomes');
	const since = trend.baseline?.year ?? trend.latest.year;
	const first =
		trend.status === 'right'
			? t('steering.trend.right', { year: since })
			: trend.status === 'wrong'
				? t('steering.trend.wrong', { year: since })
				: trend.status === 'flat'
					? t('steering.trend.flat', { year: since })
					: t('steering.trend.unknown', { year: trend.latest.year });
	const target = trend.target;
	if (!target) return `${first}.`;
	const params = { value: formatValue(locale, target.value), year: target.year };
	const second =
		target.onPace === null && target.year <= trend.latest.year
			? target.reached
				? t('steering.trend.target.met', params)
				: t('steering.trend.target.missed', params)
			: target.reached
				? t('steering.trend.target.reached', params)
				: target.onPace === true
					? t('steering.trend.target.onPace', params)
					: target.onPace === false
						? t('steering.trend.target.offPace', params)
						: t('steering.trend.target.cannotTell', params);
	return `${first}; ${second}.`;
}

/** "Sedan föregående år (2020): +3,2. Sedan basåret 2018: +5." — or null when there is only one outcome. */
export function changeSentence(trend: Trend, t: Translate, locale: Locale, previousYear: number | null): string | null {
	if (trend.changeSincePrevious === null || !trend.baseline || trend.changeSinceBaseline === null) return null;
	return t('steering.change.sentence', {
		previousYear: previousYear ?? trend.baseline.year,
		previous: formatChange(locale, trend.changeSincePrevious),
		baselineYear: trend.baseline.year,
		baseline: formatChange(locale, trend.changeSinceBaseline)
	});
}
