// Turns service errors into HTTP answers for routes: 4xx with a translated message, never a 5xx; a
// database that is away is a 503 with a message.
import { error, fail } from '@sveltejs/kit';
import { translator, type Locale } from '#lib/i18n/index.js';
import type { FieldErrors } from '#lib/validation/form.js';
import { ServiceError } from '../services/errors.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';

/** The 503 for a database that is away (hooks.server.ts maps what escapes the routes the same way). */
export function databaseUnavailable(locals: App.Locals): never {
	error(503, translator(locals.locale as Locale)('error.503'));
}

/** For loads and endpoints: run the service call, mapping a ServiceError to error(status). */
export async function guard<T>(locals: App.Locals, fn: () => Promise<T>): Promise<T> {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof ServiceError) {
			const t = translator(locals.locale as Locale);
			error(e.status, t(e.messageKey, e.params));
		}
		if (isDatabaseUnavailable(e)) databaseUnavailable(locals);
		throw e;
	}
}

/** For form actions: a ServiceError becomes a failed form with a message (403/404 stay errors). */
export async function guardAction<T>(
	locals: App.Locals,
	values: Record<string, string>,
	fn: () => Promise<T>
) {
	try {
		return await fn();
	} catch (e) {
		if (e instanceof ServiceError) {
			if (e.status === 403 || e.status === 404 || e.status === 401) {
				const t = translator(locals.locale as Locale);
				error(e.status, t(e.messageKey, e.params));
			}
			const errors: FieldErrors = { [String(e.params?.field ?? '_form')]: e.messageKey };
			return fail(e.status, { errors, values });
		}
		if (isDatabaseUnavailable(e)) databaseUnavailable(locals);
		throw e;
	}
}
