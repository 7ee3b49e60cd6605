import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Outbox, type PendingRating } from './outbox.js';

const store = new Map<string, string>();
const storage = {
	getItem: (k: string) => store.get(k) ?? null,
	setItem: (k: string, v: string) => void store.set(k, String(v)),
	removeItem: (k: string) => void store.delete(k)
};

const rating = (subject: string, id = crypto.randomUUID()): PendingRating => ({ id, kind: 'goal_relevance', subject, level: 'hög', unitId: crypto.randomUUID() });
const ok = (seq: number) => new Response(JSON.stringify({ seq }), { status: 200 });

beforeEach(() => {
	store.clear();
	vi.useFakeTimers();
	vi.stubGlobal('localStorage', storage);
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('the outbox', () => {
	it('keeps a rating until acknowledged, retries after a failure with the same id, and ends saved', async () => {
		const sent: string[] = [];
		let up = false;
		vi.stubGlobal(
			'fetch',
			vi.fn(async (_url: string, init: RequestInit) => {
				sent.push(JSON.parse(String(init.body)).id);
				if (!up) throw new TypeError('network down');
				return ok(7);
			})
		);
		const box = new Outbox('w1', '/delta/w1/svar');
		const statuses: string[] = [];
		const acks: number[] = [];
		box.onChange = (s) => statuses.push(s);
		box.onAck = (_r, seq) => acks.push(seq);
		const r = rating('6');
		box.add(r);
		await vi.advanceTimersByTimeAsync(0);
		expect(box.pending()).toEqual([r]);
		expect(statuses.at(-1)).toBe('retrying');
		// A new page (a reload) finds it in storage.
		expect(new Outbox('w1', '/x').pending()).toEqual([r]);
		up = true;
		await vi.advanceTimersByTimeAsync(2000);
		expect(box.pending()).toEqual([]);
		expect(statuses.at(-1)).toBe('saved');
		expect(acks).toEqual([7]);
		expect(new Set(sent)).toEqual(new Set([r.id]));
	});

	it('drops a rating the server refuses for good (4xx), but keeps retrying on 5xx and 429', async () => {
		const answers = [new Response('{}', { status: 409 }), new Response('{}', { status: 503 }), new Response('{}', { status: 429 }), ok(3)];
		vi.stubGlobal('fetch', vi.fn(async () => answers.shift()!));
		const box = new Outbox('w2', '/u');
		box.add(rating('6'));
		await vi.advanceTimersByTimeAsync(0);
		expect(box.pending()).toEqual([]);
		box.add(rating('3'));
		await vi.advanceTimersByTimeAsync(0);
		expect(box.pending()).toHaveLength(1);
		expect(box.status).toBe('retrying');
		await vi.advanceTimersByTimeAsync(4000);
		expect(box.pending()).toEqual([]);
		expect(box.status).toBe('saved');
	});

	it('reports a refused input with the server’s reasons and never ends saved after it', async () => {
		const refusal = { message: 'Ogiltigt värde.', errors: { targetCode: 'mapping.error.target' } };
		vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(refusal), { status: 400 })));
		const box = new Outbox('w3', '/u');
		const refused: unknown[] = [];
		box.onRefuse = (r, why) => refused.push([r.id, why]);
		const r = rating('6');
		box.add(r);
		await vi.advanceTimersByTimeAsync(0);
		expect(box.pending()).toEqual([]);
		expect(refused).toEqual([[r.id, refusal]]);
		expect(box.status).toBe('refused');
	});

	it('keeps each workshop’s ratings apart', () => {
		new Outbox('a', '/u');
		storage.setItem('malkarta-outbox:a', JSON.stringify([rating('1')]));
		expect(new Outbox('b', '/u').pending()).toEqual([]);
		storage.setItem('malkarta-outbox:b', 'not json');
		expect(new Outbox('b', '/u').pending()).toEqual([]);
	});
});
