// Server-Sent Events for `+server.ts` endpoints: frames bus events, keeps the stream alive, and ends it on disconnect or shutdown.
//
// Wire format: every message is `id: <seq>` + `data: <JSON array of events>`; the array holds one event or a
// burst that arrived together (in arrival order). The id is the highest sequence number the stream has
// written, so a browser reconnecting with Last-Event-ID asks for what came after it.
import { log } from '../log.js';
import type { BusEvent } from './bus.js';

export interface SseOptions {
	/**
	 * Starts delivery; returns what stops it. Given a bus Subscription, its `ready` is awaited before
	 * `initial` runs, so nothing published after `initial` has read the state can be missed. `close` ends
	 * the stream (e.g. as the bus's onResync: the browser reconnects and `initial` catches it up).
	 */
	subscribe: (send: (event: BusEvent) => void, close: () => void) => Unsubscribe | Promise<Unsubscribe>;
	/** Written first: the current state, or what the client missed since its Last-Event-ID (null if none). */
	initial?: (lastEventId: number | null) => BusEvent[] | Promise<BusEvent[]>;
	/** How long the browser waits before reconnecting. */
	retryMs?: number;
	/** Proxies and load balancers drop connections silent for ~30–60 s. */
	keepAliveMs?: number;
	/** Collects events for this long before writing them as one message (0: what arrived in one turn of the event loop). */
	batchMs?: number;
}

type Unsubscribe = (() => void) & { ready?: Promise<void> };

/** A client that reads slower than this falls behind for good: drop it, it reconnects and catches up. */
const MAX_QUEUED_BYTES = 1024 * 1024;

const open = new Set<() => void>();

/** Ends every open stream; registered for shutdown, where an open stream would hold the process for SHUTDOWN_TIMEOUT. */
export function closeAllStreams(): void {
	for (const close of [...open]) close();
}

export function openStreamCount(): number {
	return open.size;
}

export function sseRetry(ms: number): string {
	return `retry: ${Math.max(0, Math.round(ms))}\n\n`;
}

export function sseComment(text: string): string {
	return `: ${text.replace(/[\r\n]+/g, ' ')}\n\n`;
}

/** JSON has no raw line breaks, so the batch fits one `data:` line. */
export function sseMessage(events: readonly BusEvent[], id: number | null): string {
	return `${id === null ? '' : `id: ${id}\n`}data: ${JSON.stringify(events)}\n\n`;
}

export function parseLastEventId(value: string | null): number | null {
	if (value === null || !/^\d{1,15}$/.test(value.trim())) return null;
	return Number(value.trim());
}

export function sseResponse(request: Request, opts: SseOptions): Response {
	const { retryMs = 2000, keepAliveMs = 15_000, batchMs = 0 } = opts;
	const lastEventId = parseLastEventId(request.headers.get('last-event-id'));
	const encoder = new TextEncoder();
	let controller!: ReadableStreamDefaultController<Uint8Array>;
	let closed = false;
	let started = false;
	let unsubscribe: Unsubscribe | null = null;
	let highest = lastEventId;
	let pending: BusEvent[] = [];
	let flushing: (() => void) | null = null;
	let keepAlive: ReturnType<typeof setInterval> | undefined;

	const close = () => {
		if (closed) return;
		closed = true;
		open.delete(close);
		clearInterval(keepAlive);
		flushing?.();
		request.signal.removeEventListener('abort', close);
		const stop = unsubscribe;
		unsubscribe = null;
		stop?.();
		try {
			controller.close();
		} catch {
			// Already cancelled by the reader.
		}
	};

	const write = (text: string) => {
		if (closed) return;
		controller.enqueue(encoder.encode(text));
		if ((controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) {
			log.warn({ url: request.url }, 'en SSE-klient läser för långsamt; strömmen stängs');
			close();
		}
	};

	const writeEvents = (events: BusEvent[]) => {
		for (const e of events) if (highest === null || e.seq > highest) highest = e.seq;
		write(sseMessage(events, highest));
	};

	const flush = () => {
		flushing = null;
		if (closed || !pending.length) return;
		const batch = pending;
		pending = [];
		writeEvents(batch);
	};

	const schedule = () => {
		if (flushing || !started) return;
		if (batchMs > 0) {
			const t = setTimeout(flush, batchMs);
			flushing = () => clearTimeout(t);
		} else {
			const t = setImmediate(flush);
			flushing = () => clearImmediate(t);
		}
	};

	const send = (event: BusEvent) => {
		if (closed) return;
		pending.push(event);
		schedule();
	};

	const begin = async () => {
		try {
			const stop = await opts.subscribe(send, close);
			if (closed) return stop();
			unsubscribe = stop;
			await stop.ready;
			const initial = opts.initial ? await opts.initial(lastEventId) : [];
			if (closed) return;
			if (initial.length) writeEvents(initial);
			// Events that arrived while `initial` ran follow it, in their order.
			started = true;
			flush();
		} catch (err) {
			log.error({ err, url: request.url }, 'SSE-strömmen kunde inte starta');
			close();
		}
	};

	const stream = new ReadableStream<Uint8Array>(
		{
			start(c) {
				controller = c;
				if (request.signal.aborted) {
					closed = true;
					c.close();
					return;
				}
				open.add(close);
				request.signal.addEventListener('abort', close, { once: true });
				write(sseRetry(retryMs));
				keepAlive = setInterval(() => write(sseComment('keep-alive')), keepAliveMs);
				keepAlive.unref();
				void begin();
			},
			cancel() {
				close();
			}
		},
		{ highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength }
	);

	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-cache',
			// nginx buffers responses unless told not to; a buffered event stream arrives in lumps.
			'x-accel-buffering': 'no'
		}
	});
}
