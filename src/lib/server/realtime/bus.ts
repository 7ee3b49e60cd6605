// The event bus contract shared by both implementations: small JSON events on named channels, plus the
// checks and channel naming that make an event valid on server PostgreSQL (so embedded mode refuses the same).
import { createHash } from 'node:crypto';

/**
 * What travels on the bus: a type, the sequence number assigned in the database, and ids. Never the
 * details: subscribers refetch those, which keeps events far below the NOTIFY limit and never stale.
 */
export interface BusEvent {
	type: string;
	seq: number;
	[key: string]: unknown;
}

export type EventHandler = (event: Readonly<BusEvent>) => void;

export interface SubscribeOptions {
	/**
	 * Called after the bus lost its connection and listens again: events published in between were
	 * missed, so the subscriber should refetch (an SSE stream can simply close; the browser reconnects
	 * with Last-Event-ID).
	 */
	onResync?: () => void;
}

/** Stops delivery when called. `ready` settles once events published from now on will arrive. */
export type Subscription = (() => void) & { ready: Promise<void> };

/**
 * Publish after the transaction that wrote the data has committed (see `publishAfterCommit`): a
 * subscriber that refetches on an event must find the data, and a rollback must publish nothing.
 * Delivery is at most once, in publish order per publisher.
 */
export interface EventBus {
	readonly kind: 'local' | 'postgres';
	publish(channel: string, event: BusEvent): Promise<void>;
	subscribe(channel: string, handler: EventHandler, options?: SubscribeOptions): Subscription;
	close(): Promise<void>;
}

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
export const MAX_EVENT_BYTES = 7999;

export class EventTooLargeError extends Error {
	constructor(
		readonly channel: string,
		readonly bytes: number
	) {
		super(
			`Händelsen på kanalen "${channel.slice(0, 80)}" är ${bytes} byte som JSON; högst ${MAX_EVENT_BYTES} byte ryms ` +
				'i en PostgreSQL-notis. Skicka id:n och ett sekvensnummer, och låt mottagaren hämta detaljerna.'
		);
		this.name = 'EventTooLargeError';
	}
}

/** Checks an event and returns its JSON, refusing what PostgreSQL could not carry. */
export function encodeEvent(channel: string, event: BusEvent): string {
	if (typeof channel !== 'string' || channel === '') throw new TypeError('Kanalen saknar namn.');
	if (typeof event?.type !== 'string' || event.type === '') throw new TypeError('Händelsen saknar typ.');
	if (!Number.isSafeInteger(event.seq) || event.seq < 0) {
		throw new TypeError(`Händelsen "${event.type}" saknar ett giltigt sekvensnummer.`);
	}
	const json = JSON.stringify(event);
	const bytes = Buffer.byteLength(json, 'utf8');
	if (bytes > MAX_EVENT_BYTES) throw new EventTooLargeError(channel, bytes);
	return json;
}

/**
 * The PostgreSQL channel for a logical channel: a lower-case identifier of at most 63 bytes (longer
 * names are truncated by LISTEN and refused by pg_notify). A readable prefix helps when reading
 * pg_stat_activity; the hash keeps channels apart that read alike (`a:b` and `a_b`) or share a prefix.
 */
export function pgChannelName(channel: string): string {
	const hash = createHash('sha256').update(channel, 'utf8').digest('hex').slice(0, 16);
	const readable = channel
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.slice(0, 43)
		.replace(/_+$/, '');
	return readable ? `mk_${readable}_${hash}` : `mk_${hash}`;
}
