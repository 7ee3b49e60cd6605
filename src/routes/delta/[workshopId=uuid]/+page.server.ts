import { fail, isHttpError, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { guestToken } from '#lib/server/auth/guest.js';
import { formInputId, getParticipantView, getThankYou, submitGuestInput } from '#lib/server/services/guest.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard, guardAction } from '#lib/server/http/respond.js';
import { formValues } from '#lib/validation/form.js';
import { ratingsFromForm } from '#lib/validation/workshop.js';
import { stepInputFromFields } from '#lib/validation/workshop-inputs.js';

export const load: PageServerLoad = async ({ locals, params, cookies, url }) => {
	const token = guestToken(cookies, url);
	if (!token && !locals.user) redirect(303, '/delta');
	const activityId = url.searchParams.get('aktivitet');
	const query = url.searchParams.get('sok')?.trim();
	const search = activityId && query ? { activityId, query } : undefined;
	const view = await guard(locals, () => getParticipantView(actorOf(locals), params.workshopId, token, search)).catch(async (e: unknown) => {
		// The workshop closed: its participants get their thank-you page, not a 404.
		if (isHttpError(e, 404) && (await getThankYou(actorOf(locals), params.workshopId, token).then(() => true, () => false))) {
			redirect(303, `/delta/${params.workshopId}/tack`);
		}
		throw e;
	});
	// A fresh id per subject for the plain form: submitting the same page twice stores each rating once.
	// The later steps' forms derive their input's id from this seed and their fields, for the same reason.
	return { ...view, formIds: Object.fromEntries(view.subjects.map((s) => [s, crypto.randomUUID()])), formSeed: crypto.randomUUID() };
};

export const actions: Actions = {
	/** Without JavaScript: every rating chosen on the page in one submit; the ones already stored are acknowledged again. */
	rate: async ({ request, locals, params, cookies, url }) => {
		const form = await request.formData();
		const parsed = ratingsFromForm(form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: formValues(form) });
		const token = guestToken(cookies, url);
		const result = await guardAction(locals, {}, async () => {
			const view = await getParticipantView(actorOf(locals), params.workshopId, token);
			let saved = 0;
			for (const r of parsed.data) {
				if (view.mine[r.subject] === r.level) continue;
				await submitGuestInput(actorOf(locals), params.workshopId, token, r);
				saved++;
			}
			return saved;
		});
		if (typeof result !== 'number') return result;
		return { notice: 'workshop.saved' as const };
	},
	/** Without JavaScript: one proposal or note of the later steps. */
	input: async ({ request, locals, params, cookies, url }) => {
		const values = formValues(await request.formData());
		const parsed = stepInputFromFields({ ...values, id: formInputId(values) });
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values });
		const result = await guardAction(locals, values, () => submitGuestInput(actorOf(locals), params.workshopId, guestToken(cookies, url), parsed.data));
		if (!('seq' in result)) return result;
		return { notice: 'workshop.saved' as const };
	}
};
