// A participant's live stream (SSE): step changes, agreed values, and the group's aggregate while shown.
import type { RequestHandler } from './$types';
import { guestToken } from '#lib/server/auth/guest.js';
import { openGuestStream } from '#lib/server/services/guest.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { guard } from '#lib/server/http/respond.js';
import { sseResponse } from '#lib/server/realtime/index.js';

export const GET: RequestHandler = async ({ locals, params, request, cookies, url }) =>
	sseResponse(request, await guard(locals, () => openGuestStream(actorOf(locals), params.workshopId, guestToken(cookies, url))));
