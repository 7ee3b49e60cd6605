// What a measure form shows: what was sent when it was refused, else the stored measure or the draft.
import type { FieldErrors } from '#lib/validation/form.js';

type Keys = 'unitIds' | 'focusAreaIds' | 'goalIds' | 'indicatorIds' | 'activityIds';

export function formState(
	form: { values?: Record<string, string>; errors?: FieldErrors; sent?: Partial<Record<Keys, string[]>> } | null | undefined,
	stored: Record<string, string>,
	selected: Record<Keys, string[]>
) {
	const refused = !!form?.errors;
	const pick = (k: Keys) => new Set(refused && form?.sent ? (form.sent[k] ?? []) : selected[k]);
	return {
		values: refused ? (form?.values ?? {}) : stored,
		selected: { unitIds: pick('unitIds'), focusAreaIds: pick('focusAreaIds'), goalIds: pick('goalIds'), indicatorIds: pick('indicatorIds'), activityIds: pick('activityIds') }
	};
}
