// Parses a submitted form with its schema. Field errors come back as i18n keys, so the page shows
// them in the user's language next to the right field.
import { z } from 'zod';
import type { MessageKey } from '#lib/i18n/index.js';

export type FieldErrors = Partial<Record<string, MessageKey>>;

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

/** Every schema attaches an i18n key as its message; anything else falls back to a generic one. */
function keyOf(issue: z.core.$ZodIssue): MessageKey {
	const m = issue.message;
	return (/^[a-z][\w]*(\.[\w]+)+$/i.test(m) ? m : 'form.invalid') as MessageKey;
}

export function formValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [k, v] of form.entries()) if (typeof v === 'string' && !/password|losenord/i.test(k)) values[k] = v;
	return values;
}

export function parseForm<S extends z.ZodType>(schema: S, form: FormData): FormResult<z.infer<S>> {
	const raw: Record<string, unknown> = {};
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
		raw[key] = all.length > 1 || key.endsWith('[]') ? all : all[0];
	}
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? '_form');
		errors[field] ??= keyOf(issue);
	}
	return { ok: false, errors, values: formValues(form) };
}

/** Building blocks with Swedish-first messages given as i18n keys. */
export const text = (max = 200) =>
	z
		.string({ error: 'form.required' })
		.trim()
		.min(1, { error: 'form.required' })
		.max(max, { error: 'form.tooLong' });

export const optionalText = (max = 2000) =>
	z
		.string()
		.trim()
		.max(max, { error: 'form.tooLong' })
		.optional()
		.transform((v) => (v ? v : null));

export const email = () =>
	z
		.string({ error: 'form.required' })
		.trim()
		.toLowerCase()
		.min(1, { error: 'form.required' })
		.max(254, { error: 'form.tooLong' })
		.pipe(z.email({ error: 'form.invalidEmail' }));
