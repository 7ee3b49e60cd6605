// One input from the participant's script, with the id the client generated: stored before the answer,
// which is the acknowledgement with the workshop's sequence number ({ id, seq, stored }). Ratings come as
// { id, kind, subject, level }, the later steps' proposals and notes as their form's flat fields.
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { guestToken } from '#lib/server/auth/guest.js';
import { submitGuestInput } from '#lib/server/services/guest.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard } from '#lib/server/http/respond.js';
import { ratingSchema } from '#lib/validation/workshop.js';
import { stepInputFromFields } from '#lib/validation/workshop-inputs.js';
import { translator } from '#lib/i18n/index.js';
import { controlCharPath } from '#lib/validation/form.js';

const MAX_INPUT_BYTES = 64 * 1024;

export const POST: RequestHandler = async ({ request, locals, params, cookies, url }) => {
	// One input is a few kB: a body past the server's limit is 413, not a malformed one.
	const tooLarge = () => json({ message: translator(locals.locale)('form.tooLarge') }, { status: 413 });
	if (Number(request.headers.get('content-length') ?? 0) > MAX_INPUT_BYTES) return tooLarge();
	let body: unknown = null;
	try {
		const text = await request.text();
		if (text.length > MAX_INPUT_BYTES) return tooLarge();
		body = JSON.parse(text);
	} catch (e) {
		if ((e as { status?: number }).status === 413) return tooLarge();
	}
	// A control character anywhere in the input (PostgreSQL refuses NUL) is refused with its message, not stored.
	if (controlCharPath(body) !== null) return json({ message: translator(locals.locale)('form.controlChars') }, { status: 400 });
	const rating = ratingSchema.safeParse(body);
	const note = rating.success || typeof body !== 'object' || body === null ? null : stepInputFromFields(body as Record<string, unknown>);
	const input = rating.success ? rating.data : note?.ok ? note.data : null;
	// Refused: the message, and for a note's form its field errors (i18n keys), which the page shows next to the fields.
	if (!input) return json({ message: translator(locals.locale)('form.invalid'), ...(note && !note.ok && { errors: note.errors }) }, { status: 400 });
	const ack = await guard(locals, () => submitGuestInput(actorOf(locals), params.workshopId, guestToken(cookies, url), input));
	return json(ack);
};
