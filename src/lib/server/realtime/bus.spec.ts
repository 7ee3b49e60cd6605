import { describe, expect, it, vi } from 'vitest';
import { encodeEvent, EventTooLargeError, MAX_EVENT_BYTES, pgChannelName, type BusEvent } from './bus.js';
import { LocalEventBus } from './local-bus.js';
import { eventOfBytes } from '../../../../tests/helpers/events.js';

describe('PostgreSQL channel names', () => {
	it('are lower-case identifiers of at most 63 bytes, whatever the logical name', () => {
		for (const name of ['workshop:0b6c2a52-5a8e-4d52-9a3c-2f1d6f7e8a90:projector', 'x'.repeat(500), 'Åtgärd ÄÖ "; drop table x; --', '::', '7']) {
			const pg = pgChannelName(name);
			expect(pg).toMatch(/^[a-z_][a-z0-9_]*$/);
			expect(Buffer.byteLength(pg)).toBeLessThanOrEqual(63);
		}
	});

	it('keep a readable prefix and are stable', () => {
		expect(pgChannelName('workshop:42')).toMatch(/^mk_workshop_42_[0-9a-f]{16}$/);
		expect(pgChannelName('workshop:42')).toBe(pgChannelName('workshop:42'));
	});

	it('keep apart names that read alike or share a long prefix', () => {
		expect(pgChannelName('a:b')).not.toBe(pgChannelName('a_b'));
		expect(pgChannelName('A')).not.toBe(pgChannelName('a'));
		const long = 'workshop:' + 'x'.repeat(60);
		expect(pgChannelName(long + ':1')).not.toBe(pgChannelName(long + ':2'));
	});
});

describe('event encoding', () => {
	it('accepts an event of exactly the NOTIFY limit, counted in UTF-8 bytes', () => {
		const event = eventOfBytes(MAX_EVENT_BYTES);
		expect(Buffer.byteLength(encodeEvent('c', event))).toBe(MAX_EVENT_BYTES);
	});

	it('refuses a larger event with an error that names the size and the limit', () => {
		const event = eventOfBytes(MAX_EVENT_BYTES + 1);
		expect(() => encodeEvent('workshop:1', event)).toThrow(EventTooLargeError);
		expect(() => encodeEvent('workshop:1', event)).toThrow(/8000 byte.*7999 byte/);
	});

	it('refuses an event without a type or a sequence number', () => {
		expect(() => encodeEvent('c', { type: '', seq: 1 })).toThrow(/typ/);
		expect(() => encodeEvent('c', { type: 'x', seq: -1 })).toThrow(/sekvensnummer/);
		expect(() => encodeEvent('c', { type: 'x', seq: 1.5 })).toThrow(/sekvensnummer/);
		expect(() => encodeEvent('c', { type: 'x' } as unknown as BusEvent)).toThrow(/sekvensnummer/);
		expect(() => encodeEvent('', { type: 'x', seq: 1 })).toThrow(/Kanalen/);
	});
});

describe('the in-process bus', () => {
	const tick = () => new Promise((r) => setTimeout(r, 0));

	it('delivers to every subscriber of the channel, in order, and nowhere else', async () => {
		const bus = new LocalEventBus();
		const a: number[] = [];
		const b: number[] = [];
		const other = vi.fn();
		bus.subscribe('w:1', (e) => a.push(e.seq));
		bus.subscribe('w:1', (e) => b.push(e.seq));
		bus.subscribe('w:2', other);
		for (let seq = 1; seq <= 5; seq++) await bus.publish('w:1', { type: 'input', seq });
		await tick();
		expect(a).toEqual([1, 2, 3, 4, 5]);
		expect(b).toEqual([1, 2, 3, 4, 5]);
		expect(other).not.toHaveBeenCalled();
	});

	it('delivers a frozen plain-JSON copy, never inside the publisher’s call', async () => {
		const bus = new LocalEventBus();
		const got: Readonly<BusEvent>[] = [];
		bus.subscribe('c', (e) => got.push(e));
		const sent = { type: 'x', seq: 1, at: new Date(0) };
		const publishing = bus.publish('c', sent);
		expect(got).toEqual([]);
		await publishing;
		await tick();
		expect(got[0]).toEqual({ type: 'x', seq: 1, at: '1970-01-01T00:00:00.000Z' });
		expect(got[0]).not.toBe(sent);
		expect(Object.isFrozen(got[0])).toBe(true);
	});

	it('stops delivery on unsubscribe, even for an event already published', async () => {
		const bus = new LocalEventBus();
		const handler = vi.fn();
		const unsubscribe = bus.subscribe('c', handler);
		await unsubscribe.ready;
		const publishing = bus.publish('c', { type: 'x', seq: 1 });
		unsubscribe();
		await publishing;
		await bus.publish('c', { type: 'x', seq: 2 });
		await tick();
		expect(handler).not.toHaveBeenCalled();
	});

	it('refuses an oversized event even with nobody listening', async () => {
		const bus = new LocalEventBus();
		await expect(bus.publish('c', eventOfBytes(MAX_EVENT_BYTES + 1))).rejects.toThrow(EventTooLargeError);
	});

	it('keeps delivering to the others when one subscriber throws', async () => {
		const bus = new LocalEventBus();
		const seen = vi.fn();
		bus.subscribe('c', () => {
			throw new Error('boom');
		});
		bus.subscribe('c', seen);
		await bus.publish('c', { type: 'x', seq: 1 });
		await tick();
		expect(seen).toHaveBeenCalledOnce();
	});

	it('delivers nothing after close', async () => {
		const bus = new LocalEventBus();
		const handler = vi.fn();
		bus.subscribe('c', handler);
		await bus.close();
		await bus.publish('c', { type: 'x', seq: 1 });
		bus.subscribe('c', handler);
		await bus.publish('c', { type: 'x', seq: 2 });
		await tick();
		expect(handler).not.toHaveBeenCalled();
	});
});
