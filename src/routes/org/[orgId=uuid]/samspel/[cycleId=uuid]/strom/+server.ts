// The cycle's live stream (SSE): each change's type, pair and sequence number; the pages refetch on it.
import type { RequestHandler } from './$types';
import { actorOf } from '#lib/server/services/actor.js';
import { openInteractionStream } from '#lib/server/services/interaction.service.js';
import { guard } from '#lib/server/http/respond.js';
import { sseResponse } from '#lib/server/realtime/index.js';

export const GET: RequestHandler = async ({ locals, params, request }) =>
	sseResponse(request, await guard(locals, () => openInteractionStream(actorOf(locals), params.orgId, params.cycleId)));
