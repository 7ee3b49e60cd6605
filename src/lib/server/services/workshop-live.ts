// The bus workshop events go out on: the running app's (LISTEN/NOTIFY on server PostgreSQL), or, where no
// app runtime is started (database tests, scripts), one in-process bus.
import { dbKind, eventBus } from '../runtime.js';
import type { Db } from '../db/index.js';
import { publishAfterCommit, type EventBus, type Queue } from '../realtime/index.js';
import { LocalEventBus } from '../realtime/local-bus.js';

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
