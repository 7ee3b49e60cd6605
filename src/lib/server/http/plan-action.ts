// A form action of the handlingsplan that goes somewhere after it succeeds (the new plan, the saved
// measure): parse with the schema, call the service, redirect with 303. Refusals answer as formAction
// does, plus `sent`: every checkbox list as ticked, so the form shows it again (values keep one per name).
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { formValues, parseForm, type FieldErrors } from '#lib/validation/form.js';
import { actorOf, type Ctx } from '../services/actor.js';
import { ConflictError, type ConflictItem } from '../services/conflict.js';
import { guardAction } from './respond.js';

/** What a refused form gets back. */
export interface Refused {
	errors: FieldErrors;
	values: Record<string, string>;
	sent: Record<string, string[]>;
	conflict?: ConflictItem[];
}

function lists(form: FormData): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const key of new Set(form.keys())) if (key.endsWith('Ids')) out[key] = form.getAll(key).filter((v): v is string => typeof v === 'string');
	return out;
}

export function redirectingAction<S extends z.ZodType, P extends Record<string, string>>(schema: S, run: (ctx: Ctx, data: z.output<S>, params: P) => Promise<string>) {
	return async (event: RequestEvent) => {
		const form = await event.request.formData();
		const values = formValues(form);
		const sent = lists(form);
		const parsed = parseForm(schema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values, sent } satisfies Refused);
		const to = await guardAction(event.locals, values, async () => {
			try {
				return await run(actorOf(event.locals), parsed.data, event.params as P);
			} catch (e) {
				if (!(e instanceof ConflictError)) throw e;
				const errors: FieldErrors = { _form: e.messageKey };
				return fail(409, { errors, values, conflict: e.items });
			}
		});
		if (typeof to === 'string') redirect(303, to);
		const data = to.data as Omit<Refused, 'sent'>;
		return fail(to.status, { errors: data.errors, values: data.values, sent, ...(data.conflict ? { conflict: data.conflict } : {}) } satisfies Refused);
	};
}
