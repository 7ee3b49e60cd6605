// Live updates: picks the event bus for the database kind, and publishes a transaction's events once it has committed.
//
// Use (the bus comes from `eventBus()` in runtime.ts, started on first use and closed on shutdown):
//   service:  await publishAfterCommit(eventBus(), ctx.db, async (trx, queue) => {
//               const seq = await saveInput(trx, …);            // the sequence number, assigned in the database
//               queue(`workshop:${id}`, { type: 'input', seq, inputId });
//             });
//   endpoint: return sseResponse(request, {
//               subscribe: (send, close) => eventBus().subscribe(`workshop:${id}`, send, { onResync: close }),
//               initial: (lastEventId) => eventsSince(ctx, id, lastEventId)
//             });
// Delivery is at most once: a stream that reconnects (Last-Event-ID) or resyncs refetches from the database.
import type { Db, DbKind } from '../db/index.js';
import { log } from '../log.js';
import { encodeEvent, type BusEvent, type EventBus } from './bus.js';
import { LocalEventBus } from './local-bus.js';
import { PgEventBus } from './pg-bus.js';

export { EventTooLargeError, MAX_EVENT_BYTES, type BusEvent, type EventBus, type Subscription } from './bus.js';
export { sseResponse, closeAllStreams } from './sse.js';

/** The one place that chooses: PGlite serves one process, so its events stay in it; server PostgreSQL fans out. */
export function createEventBus(opts: { kind: DbKind; db: Db; databaseUrl: string | null }): EventBus {
	if (opts.kind === 'pglite') return new LocalEventBus();
	if (!opts.databaseUrl) throw new Error('Händelsebussen för PostgreSQL behöver DATABASE_URL.');
	return new PgEventBus({ db: opts.db, connectionString: opts.databaseUrl });
}

export type Queue = (channel: string, event: BusEvent) => void;

/**
 * Runs `work` in one transaction and publishes the events it queued after the commit, in order; a
 * rollback publishes nothing. Events are checked when queued, so an oversized one rolls the work back.
 * Publishing failures after the commit are logged, not thrown: the data is stored, and subscribers
 * catch up when they refetch (their stream resyncs when the bus reconnects).
 */
export async function publishAfterCommit<T>(bus: EventBus, db: Db, work: (trx: Db, queue: Queue) => Promise<T>): Promise<T> {
	const queued: Array<[string, BusEvent]> = [];
	const result = await db.transaction().execute((trx) =>
		work(trx, (channel, event) => {
			encodeEvent(channel, event);
			queued.push([channel, event]);
		})
	);
	for (const [channel, event] of queued) {
		try {
			await bus.publish(channel, event);
		} catch (err) {
			log.error({ err, channel, type: event.type }, 'händelsen kunde inte publiceras efter commit');
		}
	}
	return result;
}
