import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeAllStreams, openStreamCount, parseLastEventId, sseComment, sseMessage, sseResponse, sseRetry, type SseOptions } from './sse.js';
import { LocalEventBus } from './local-bus.js';
import { SseReader } from '../../../../tests/helpers/events.js';

describe('SSE framing', () => {
	it('writes one message per batch: id, then the events as one JSON array on one data line', () => {
		const text = sseMessage([{ type: 'input', seq: 7, note: 'rad 1\nrad 2' }], 7);
		expect(text).toBe('id: 7\ndata: [{"type":"input","seq":7,"note":"rad 1\\nrad 2"}]\n\n');
		expect(sseMessage([{ type: 'a', seq: 1 }], null)).toBe('data: [{"type":"a","seq":1}]\n\n');
	});

	it('writes the retry hint and comments that cannot break a frame', () => {
		expect(sseRetry(1500)).toBe('retry: 1500\n\n');
		expect(sseComment('keep-alive')).toBe(': keep-alive\n\n');
		expect(sseComment('a\nb')).toBe(': a b\n\n');
	});

	it('reads Last-Event-ID as a sequence number, ignoring anything else', () => {
		expect(parseLastEventId('42')).toBe(42);
		expect(parseLastEventId(' 42 ')).toBe(42);
		expect(parseLastEventId(null)).toBeNull();
		expect(parseLastEventId('')).toBeNull();
		expect(parseLastEventId('-1')).toBeNull();
		expect(parseLastEventId('4e3')).toBeNull();
	});
});

describe('sseResponse', () => {
	let bus = new LocalEventBus();
	afterEach(async () => {
		closeAllStreams();
		await bus.close();
		bus = new LocalEventBus();
	});

	function open(opts: Partial<SseOptions> = {}, headers: Record<string, string> = {}) {
		const abort = new AbortController();
		const request = new Request('http://localhost/live', { headers, signal: abort.signal });
		const response = sseResponse(request, { subscribe: (send) => bus.subscribe('w', send), ...opts });
		return { abort, response, reader: new SseReader(response.body!) };
	}

	it('answers with an uncached, unbuffered event stream that starts with the retry hint', async () => {
		const { response, reader } = open({ retryMs: 1234 });
		expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
		expect(response.headers.get('cache-control')).toBe('no-cache');
		expect(response.headers.get('x-accel-buffering')).toBe('no');
		expect(await reader.next()).toEqual({ retry: '1234' });
	});

	it('writes initial events first, then published ones, with the sequence number as id', async () => {
		const initial = vi.fn(() => [{ type: 'state', seq: 10 }]);
		const { reader } = open({ initial }, { 'last-event-id': '9' });
		await reader.next();
		expect(await reader.nextEvents()).toEqual({ id: 10, events: [{ type: 'state', seq: 10 }] });
		expect(initial).toHaveBeenCalledWith(9);
		await bus.publish('w', { type: 'input', seq: 11, inputId: 'a' });
		expect(await reader.nextEvents()).toEqual({ id: 11, events: [{ type: 'input', seq: 11, inputId: 'a' }] });
	});

	it('writes a burst as one message in publish order, its id the highest sequence number', async () => {
		const { reader } = open();
		await reader.next();
		await vi.waitFor(() => expect(openStreamCount()).toBe(1));
		await new Promise((r) => setTimeout(r, 10));
		void bus.publish('w', { type: 'input', seq: 3 });
		void bus.publish('w', { type: 'input', seq: 2 });
		void bus.publish('w', { type: 'input', seq: 4 });
		const message = await reader.nextEvents();
		expect(message.events.map((e) => e.seq)).toEqual([3, 2, 4]);
		expect(message.id).toBe(4);
	});

	it('keeps events that arrive while initial runs, after it and in order', async () => {
		let release!: () => void;
		const { reader } = open({
			initial: async () => {
				await bus.publish('w', { type: 'input', seq: 6 });
				await bus.publish('w', { type: 'input', seq: 7 });
				await new Promise<void>((r) => (release = r));
				return [{ type: 'state', seq: 5 }];
			}
		});
		await reader.next();
		await vi.waitFor(() => expect(release).toBeTypeOf('function'));
		release();
		expect((await reader.nextEvents()).events).toEqual([{ type: 'state', seq: 5 }]);
		expect((await reader.nextEvents()).events.map((e) => e.seq)).toEqual([6, 7]);
	});

	it('sends a keep-alive comment every keepAliveMs', async () => {
		const { reader } = open({ keepAliveMs: 20 });
		await reader.next();
		expect(await reader.next(1000)).toEqual({ comment: 'keep-alive' });
		expect(await reader.next(1000)).toEqual({ comment: 'keep-alive' });
	});

	it('ends and unsubscribes when the client goes away (request aborted)', async () => {
		const stop = vi.fn();
		const { abort, reader } = open({ subscribe: () => stop });
		await reader.next();
		await vi.waitFor(() => expect(openStreamCount()).toBe(1));
		abort.abort();
		expect(await reader.next()).toBeNull();
		expect(stop).toHaveBeenCalledOnce();
		expect(openStreamCount()).toBe(0);
	});

	it('unsubscribes when the reader cancels the stream', async () => {
		const handler = vi.fn();
		const { reader } = open();
		await reader.next();
		await reader.cancel();
		bus.subscribe('w', handler);
		await bus.publish('w', { type: 'x', seq: 1 });
		await vi.waitFor(() => expect(handler).toHaveBeenCalled());
		expect(openStreamCount()).toBe(0);
	});

	it('closes every open stream on shutdown', async () => {
		const streams = [open(), open(), open()];
		for (const s of streams) await s.reader.next();
		expect(openStreamCount()).toBe(3);
		closeAllStreams();
		for (const s of streams) expect(await s.reader.next()).toBeNull();
		expect(openStreamCount()).toBe(0);
	});

	it('ends the stream when the subscriber asks (e.g. the bus resynced), so the browser reconnects', async () => {
		let close!: () => void;
		const { reader } = open({ subscribe: (_send, c) => ((close = c), () => {}) });
		await reader.next();
		close();
		expect(await reader.next()).toBeNull();
	});

	it('drops a client that stopped reading once a megabyte is queued', async () => {
		const { reader } = open();
		await reader.next();
		await new Promise((r) => setTimeout(r, 10));
		const pad = 'x'.repeat(4000);
		for (let seq = 1; seq <= 400; seq++) {
			await bus.publish('w', { type: 'x', seq, pad });
			if (seq % 50 === 0) await new Promise((r) => setImmediate(r));
		}
		expect(openStreamCount()).toBe(0);
		let frames = 0;
		while (await reader.next()) frames++;
		expect(frames).toBeGreaterThan(0);
		expect(reader.raw.length).toBeLessThan(2 * 1024 * 1024);
	});

	it('never opens a stream for a request already aborted', async () => {
		const abort = new AbortController();
		abort.abort();
		const subscribe = vi.fn(() => () => {});
		const response = sseResponse(new Request('http://localhost/live', { signal: abort.signal }), { subscribe });
		expect(await new SseReader(response.body!).next()).toBeNull();
		expect(subscribe).not.toHaveBeenCalled();
		expect(openStreamCount()).toBe(0);
	});
});
