// The event bus inside one process, for the embedded database (PGlite serves a single process only).
import { log } from '../log.js';
import { encodeEvent, type BusEvent, type EventBus, type EventHandler, type SubscribeOptions, type Subscription } from './bus.js';

interface Sub {
	handler: EventHandler;
}

export class LocalEventBus implements EventBus {
	readonly kind = 'local' as const;
	#channels = new Map<string, Set<Sub>>();
	#closed = false;

	async publish(channel: string, event: BusEvent): Promise<void> {
		// Encoded and decoded like a NOTIFY payload, so code written against embedded mode meets the same
		// limit and gets the same plain-JSON copy as on server PostgreSQL.
		const payload = encodeEvent(channel, event);
		const subs = this.#channels.get(channel);
		if (this.#closed || !subs?.size) return;
		const delivered = Object.freeze(JSON.parse(payload) as BusEvent);
		const targets = [...subs];
		// Delivered on a microtask, in publish order, never inside the publisher's own call.
		queueMicrotask(() => {
			for (const sub of targets) {
				if (!subs.has(sub)) continue;
				try {
					sub.handler(delivered);
				} catch (err) {
					log.error({ err, channel, type: delivered.type }, 'en mottagare av en händelse kastade ett fel');
				}
			}
		});
	}

	// Nothing can be missed in one process, so `onResync` is never called here.
	subscribe(channel: string, handler: EventHandler, _options?: SubscribeOptions): Subscription {
		const ready = Promise.resolve();
		if (this.#closed) return Object.assign(() => {}, { ready });
		let subs = this.#channels.get(channel);
		if (!subs) this.#channels.set(channel, (subs = new Set()));
		const sub: Sub = { handler };
		subs.add(sub);
		const unsubscribe = () => {
			subs.delete(sub);
			if (subs.size === 0 && this.#channels.get(channel) === subs) this.#channels.delete(channel);
		};
		return Object.assign(unsubscribe, { ready });
	}

	async close(): Promise<void> {
		this.#closed = true;
		for (const subs of this.#channels.values()) subs.clear();
		this.#channels.clear();
	}
}
