// The bus workshop events go out on: the running app's (LISTEN/NOTIFY on server PostgreSQL), or, where no
// app runtime is started (database tests, scripts), one in-process bus.
import { dbKind, eventBus } from '../runtime.js';
import type { Db } from '../db/index.js';
import { publishAfterCommit, type EventBus, type Queue } from '../realtime/index.js';
import type { SseOptions } from '../realtime/sse.js';
import { LocalEventBus } from '../realtime/local-bus.js';
import { findWorkshop } from '../repositories/workshop.repository.js';

let fallback: EventBus | null = null;

export function workshopBus(): EventBus {
	if (dbKind()) return eventBus();
	fallback ??= new LocalEventBus();
	return fallback;
}

export const workshopChannel = (workshopId: string) => `workshop:${workshopId}`;

/** Runs `work` in a transaction and publishes what it queued once committed. */
export function withWorkshopEvents<T>(db: Db, work: (trx: Db, queue: Queue) => Promise<T>): Promise<T> {
	return publishAfterCommit(workshopBus(), db, work);
}

export type StreamAudience = 'facilitator' | 'participant';

/**
 * What a workshop's SSE stream sends. The facilitator's and projector's streams get every event (ids and
 * sequence numbers only). A participant's stream gets step changes and agreed values, and an 'aggregate'
 * nudge for inputs only while results are shown — never anything about another person's input otherwise.
 * A reconnect or resync starts with one 'sync' event carrying the workshop's current sequence number, read
 * once the subscription is live: a change committed while the stream was opening is then either in that
 * number or delivered as an event, never neither — the page compares it with the number its data was loaded at.
 */
export function workshopStream(db: Db, w: { organisationId: string; id: string; showResults: boolean }, audience: StreamAudience): SseOptions {
	const workshopId = w.id;
	let showResults = w.showResults;
	return {
		subscribe: (send, close) =>
			workshopBus().subscribe(
				workshopChannel(workshopId),
				(e) => {
					if (audience === 'facilitator') return send(e);
					if (e.type === 'state') showResults = e.showResults === true;
					if (e.type === 'input') {
						if (showResults) send({ type: 'aggregate', seq: e.seq });
						return;
					}
					if (e.type === 'state' || e.type === 'agreed') send(e);
				},
				{ onResync: close }
			),
		initial: async (lastEventId) => {
			const now = await findWorkshop(db, w.organisationId, workshopId);
			if (!now) return [];
			showResults = now.showResults;
			return lastEventId === null || lastEventId < now.seq ? [{ type: 'sync', seq: now.seq }] : [];
		}
	};
}
