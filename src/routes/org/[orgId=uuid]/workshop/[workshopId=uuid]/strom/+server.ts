// The facilitator's and projector's live stream (SSE): ids and sequence numbers; the pages refetch on each.
import type { RequestHandler } from './$types';
import { actorOf } from '#lib/server/services/actor.js';
import { openWorkshopStream } from '#lib/server/services/workshop.service.js';
import { guard } from '#lib/server/http/respond.js';
import { sseResponse } from '#lib/server/realtime/index.js';

export const GET: RequestHandler = async ({ locals, params, request }) =>
	sseResponse(request, await guard(locals, () => openWorkshopStream(actorOf(locals), params.orgId, params.workshopId)));
