import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import {
	acceptInvitation,
	registerWithInvitation,
	viewInvitation,
	type InvitationProblem
} from '#lib/server/services/invitation.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard, guardAction } from '#lib/server/http/respond.js';
import { setSessionCookie } from '#lib/server/auth/cookies.js';
import { translator } from '#lib/i18n/index.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { registerSchema } from '#lib/validation/invitation.js';

/** Unknown links are 404; expired or used ones are gone (410). */
function dead(locals: App.Locals, problem: InvitationProblem): never {
	const t = translator(locals.locale);
	if (problem === 'unknown') error(404, t('invitation.dead.unknown'));
	error(410, t(problem === 'expired' ? 'invitation.dead.expired' : 'invitation.dead.used'));
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const view = await guard(locals, () => viewInvitation(actorOf(locals), params.token));
	if (view.state !== 'open') dead(locals, view.state);
	const { state: _, ...invitation } = view;
	return { invitation, token: params.token };
};

export const actions: Actions = {
	accept: async ({ locals, params, url }) => {
		if (!locals.user) redirect(303, `/logga-in?redirectTo=${encodeURIComponent(url.pathname)}`);
		const result = await guardAction(locals, {}, () => acceptInvitation(actorOf(locals), params.token));
		if (!('outcome' in result)) return result;
		if (result.outcome !== 'accepted') dead(locals, result.outcome);
		redirect(303, `/org/${result.organisationId}`);
	},
	register: async ({ request, locals, params, cookies, url }) => {
		const form = await request.formData();
		const parsed = parseForm(registerSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await guardAction(locals, formValues(form), () =>
			registerWithInvitation(actorOf(locals), params.token, { displayName: parsed.data.displayName, password: parsed.data.password })
		);
		if (!('outcome' in result)) return result;
		if (result.outcome !== 'accepted') dead(locals, result.outcome);
		setSessionCookie(cookies, url, result.sessionToken, result.sessionExpiresAt);
		redirect(303, `/org/${result.organisationId}`);
	}
};
