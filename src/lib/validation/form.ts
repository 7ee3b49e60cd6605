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

/**
 * C0 control characters other than tab, line feed and carriage return (a textarea sends CR LF). PostgreSQL
 * refuses NUL in text, and none of them belongs in anything a person types or names.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

export function hasControlChars(value: string): boolean {
	return CONTROL.test(value);
}

/** A name that comes from outside (an uploaded file's name) with the control characters taken out. */
export function withoutControlChars(value: string): string {
	return value.replace(new RegExp(CONTROL.source, 'g'), '');
}

/** The first string anywhere in a JSON value that holds a control character, as its path ("" at the top). */
export function controlCharPath(value: unknown, path = '', depth = 0): string | null {
	if (typeof value === 'string') return hasControlChars(value) ? path : null;
	if (depth > 20 || value === null || typeof value !== 'object') return null;
	for (const [k, v] of Object.entries(value)) {
		if (hasControlChars(k)) return path ? `${path}.${k}` : k;
		const found = controlCharPath(v, path ? `${path}.${k}` : k, depth + 1);
		if (found !== null) return found;
	}
	return null;
}

export function parseForm<S extends z.ZodType>(schema: S, form: FormData): FormResult<z.infer<S>> {
	// Every text field of every form, before its schema: a control character is a field error, never stored.
	const refused: FieldErrors = {};
	for (const [key, v] of form.entries()) if (typeof v === 'string' && hasControlChars(v)) refused[key.replace(/\[\]$/, '')] ??= 'form.controlChars';
	if (Object.keys(refused).length) return { ok: false, errors: refused, values: formValues(form) };
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
		.max(max, { error: 'form.tooLong' })
		.refine((v) => !hasControlChars(v), { error: 'form.controlChars' });

export const optionalText = (max = 2000) =>
	z
		.string()
		.trim()
		.max(max, { error: 'form.tooLong' })
		.refine((v) => !hasControlChars(v), { error: 'form.controlChars' })
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
