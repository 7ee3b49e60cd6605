// What a mapping form action answers, and which part of it belongs to one form on the page: every form
// sends a hidden `section`, echoed back on success (with the notice) and inside the values on failure.
import type { MessageKey } from '#lib/i18n/index.js';
import type { FieldErrors } from '#lib/validation/form.js';
import type { ConflictItem } from '#lib/server/services/conflict.js';

export interface MappingFormResult {
	section?: string;
	notice?: MessageKey;
	errors?: FieldErrors;
	values?: Record<string, string>;
	conflict?: ConflictItem[];
}

export interface SectionResult {
	/** The notice of a successful save of this form. */
	saved: MessageKey | undefined;
	/** The failed submission of this form: its errors, the values sent and any conflict. */
	errors: FieldErrors | undefined;
	values: Record<string, string> | undefined;
	conflict: ConflictItem[] | undefined;
}

export function resultFor(form: MappingFormResult | null | undefined, section: string): SectionResult {
	const failed = form?.values?.section === section && form.errors ? form : null;
	return {
		saved: form?.section === section ? form.notice : undefined,
		errors: failed?.errors,
		values: failed?.values,
		conflict: failed?.conflict
	};
}

/** Dates and times on screen, in Swedish time whatever the server's or browser's zone. */
export function formatWhen(locale: 'sv' | 'en', date: Date): string {
	return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(date);
}

type T = (key: MessageKey) => string;

/** Field labels for the error summaries of each kind of form. */
export const fieldLabels = {
	activity: (t: T) => ({ name: t('mapping.activity.field.name'), description: t('mapping.activity.field.description'), owner: t('mapping.activity.field.owner') }),
	contribution: (t: T) => ({
		targetCode: t('mapping.contribution.field.targetCode'),
		direction: t('mapping.contribution.field.direction'),
		strength: t('mapping.contribution.field.strength'),
		directness: t('mapping.contribution.field.directness'),
		motivation: t('mapping.contribution.field.motivation'),
		indicatorKind: t('mapping.contribution.field.indicatorKind'),
		indicatorRef: t('mapping.contribution.field.indicatorRef')
	}),
	challenge: (t: T) => ({
		dimension: t('mapping.challenge.field.dimension'),
		kind: t('mapping.challenge.field.kind'),
		text: t('mapping.challenge.field.text'),
		targetCodes: t('mapping.field.targetCodes')
	}),
	document: (t: T) => ({
		name: t('mapping.document.field.name'),
		type: t('mapping.document.field.type'),
		url: t('mapping.document.field.url'),
		targetCodes: t('mapping.field.targetCodes')
	})
};
