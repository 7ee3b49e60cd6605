// A form action in one line: parse the form with its schema, run the service call, answer with the
// form's `section` and a notice. Bad input is a 400 with field errors; a conflicting edit (someone saved
// first) is a 409 with the value stored now; other service errors as guardAction answers them.
import { fail, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import type { MessageKey } from '#lib/i18n/index.js';
import { formValues, parseForm, type FieldErrors } from '#lib/validation/form.js';
import { actorOf, type Ctx } from '../services/actor.js';
import { ConflictError } from '../services/conflict.js';
import { guardAction } from './respond.js';

/** `P` is the route's parameters, as the callback's annotation names them (`p: { orgId: string }`). */
export function formAction<S extends z.ZodType, P extends Record<string, string>>(
	schema: S,
	run: (ctx: Ctx, data: z.output<S>, params: P) => Promise<MessageKey>
) {
	return async (event: RequestEvent) => {
		const form = await event.request.formData();
		const values = formValues(form);
		const section = values.section ?? '';
		const parsed = parseForm(schema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		return guardAction(event.locals, values, async () => {
			try {
				const notice = await run(actorOf(event.locals), parsed.data, event.params as P);
				return { section, notice };
			} catch (e) {
				if (!(e instanceof ConflictError)) throw e;
				const errors: FieldErrors = { _form: e.messageKey };
				return fail(409, { errors, values, conflict: e.items });
			}
		});
	};
}
