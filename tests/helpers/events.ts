// Test helpers for live updates: events of an exact size, and a reader for Server-Sent Events streams.
import type { BusEvent } from '#lib/server/realtime/bus.js';

/** An event whose JSON is exactly `bytes` long in UTF-8 (å takes two bytes, so byte counting is tested too). */
export function eventOfBytes(bytes: number, seq = 1): BusEvent {
	const base = JSON.stringify({ type: 't', seq, pad: '' });
	const room = bytes - Buffer.byteLength(base);
	return { type: 't', seq, pad: 'å'.repeat(Math.floor(room / 2)) + 'a'.repeat(room % 2) };
}

export interface SseFrame {
	id?: string;
	retry?: string;
	data?: string;
	comment?: string;
}

/** Reads an event stream as a browser would: frames end with a blank line; `:` starts a comment. */
export class SseReader {
	#reader: ReadableStreamDefaultReader<Uint8Array>;
	#decoder = new TextDecoder();
	#buffer = '';
	raw = '';
	done = false;

	constructor(body: ReadableStream<Uint8Array>) {
		this.#reader = body.getReader();
	}

	/** The next frame, or null when the stream has ended; fails after `timeoutMs`. */
	async next(timeoutMs = 5000): Promise<SseFrame | null> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const end = this.#buffer.indexOf('\n\n');
			if (end >= 0) {
				const block = this.#buffer.slice(0, end);
				this.#buffer = this.#buffer.slice(end + 2);
				const frame: SseFrame = {};
				for (const line of block.split('\n')) {
					if (line.startsWith(':')) frame.comment = line.slice(1).trim();
					else {
						const i = line.indexOf(':');
						const field = line.slice(0, i) as 'id' | 'retry' | 'data';
						frame[field] = (frame[field] ? frame[field] + '\n' : '') + line.slice(i + 1).replace(/^ /, '');
					}
				}
				return frame;
			}
			if (this.done) return null;
			const left = deadline - Date.now();
			if (left <= 0) throw new Error(`no SSE frame within ${timeoutMs} ms; read so far: ${JSON.stringify(this.raw)}`);
			let timer: ReturnType<typeof setTimeout> | undefined;
			const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), left)));
			const result = await Promise.race([this.#reader.read(), timeout]);
			clearTimeout(timer);
			if (result === 'timeout') continue;
			if (result.done) this.done = true;
			else {
				const text = this.#decoder.decode(result.value, { stream: true });
				this.raw += text;
				this.#buffer += text;
			}
		}
	}

	/** The next frame that carries events (skipping keep-alive comments), as its id and events. */
	async nextEvents(timeoutMs = 5000): Promise<{ id: number; events: BusEvent[] }> {
		for (;;) {
			const frame = await this.next(timeoutMs);
			if (!frame) throw new Error('the stream ended');
			if (frame.data !== undefined) return { id: Number(frame.id), events: JSON.parse(frame.data) };
		}
	}

	cancel(): Promise<void> {
		return this.#reader.cancel();
	}
}
