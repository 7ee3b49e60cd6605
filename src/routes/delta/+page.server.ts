import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { normaliseJoinCode } from '#lib/domain/workshop.js';
import { setGuestCookie } from '#lib/server/auth/guest.js';
import { checkJoinCode, joinAsGuest, joinAsMember, memberJoinName, memberOfferForCode } from '#lib/server/services/guest.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guardAction } from '#lib/server/http/respond.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { joinCodeSchema, joinSchema } from '#lib/validation/workshop.js';

/** A QR code opens this page with the code filled in (?kod=…): straight to the name, or to joining as oneself. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const code = normaliseJoinCode(url.searchParams.get('kod') ?? '');
	return { code, memberName: code ? await memberOfferForCode(actorOf(locals), code) : null };
};

export const actions: Actions = {
	code: async ({ request, locals, getClientAddress }) => {
		const form = await request.formData();
		const parsed = parseForm(joinCodeSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await guardAction(locals, formValues(form), () => checkJoinCode(actorOf(locals), parsed.data.code, getClientAddress()));
		if (!('workshopId' in result)) return result;
		const memberName = await memberJoinName(actorOf(locals), result.workshopId);
		return { step: 'name' as const, code: normaliseJoinCode(parsed.data.code) ?? '', workshopName: result.name, memberName };
	},
	join: async ({ request, locals, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const parsed = parseForm(joinSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values, step: 'name' as const });
		const result = await guardAction(locals, formValues(form), () =>
			joinAsGuest(actorOf(locals), { code: parsed.data.code, displayName: parsed.data.displayName, address: getClientAddress() })
		);
		if (!('token' in result)) return result;
		setGuestCookie(cookies, url, result.token);
		redirect(303, `/delta/${result.workshopId}`);
	},
	/** A signed-in member of the workshop's organisation takes part as themselves: no name to type. */
	member: async ({ request, locals, getClientAddress }) => {
		const form = await request.formData();
		const parsed = parseForm(joinCodeSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await guardAction(locals, formValues(form), () => joinAsMember(actorOf(locals), { code: parsed.data.code, address: getClientAddress() }));
		if (!('participantId' in result)) return result;
		redirect(303, `/delta/${result.workshopId}`);
	}
};
