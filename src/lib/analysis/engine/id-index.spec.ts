import { describe, expect, it } from 'vitest';
import { idIndex, positionOf } from './id-index.js';

describe('idIndex', () => {
	it('finds every id at its position, equal strings made apart included, and nothing else', () => {
		const ids = Array.from({ length: 80 }, () => crypto.randomUUID());
		const index = idIndex(ids);
		// Ids as a loader delivers them: new strings cut out of a larger text.
		const text = ids.join(',');
		const loaded = text.split(',');
		expect(loaded.map((id) => positionOf(index, id))).toEqual(ids.map((_, i) => i));
		expect([positionOf(index, ''), positionOf(index, 'x'), positionOf(index, crypto.randomUUID()), positionOf(index, ids[0]!.toUpperCase())]).toEqual([-1, -1, -1, -1]);
		expect(index.map).toBeNull();
	});

	it('works for short and sequential ids, and falls back to a Map when ids crowd one bucket', () => {
		const short = ['u', 'u-ks', 'u-sn', 'ab', 'u-klf'];
		const small = idIndex(short);
		expect(short.map((id) => positionOf(small, id))).toEqual([0, 1, 2, 3, 4]);
		expect(positionOf(small, 'u-k')).toBe(-1);
		const sequential = Array.from({ length: 500 }, (_, i) => `enhet-${String(i).padStart(4, '0')}`);
		const seq = idIndex(sequential);
		expect(sequential.map((id) => positionOf(seq, id))).toEqual(sequential.map((_, i) => i));
		// The same last three characters: one bucket, so the index uses a Map, with the same answers.
		const crowded = Array.from({ length: 10 }, (_, i) => `${i}-samma`);
		const map = idIndex(crowded);
		expect(map.map).not.toBeNull();
		expect(crowded.map((id) => positionOf(map, id))).toEqual(crowded.map((_, i) => i));
		expect(positionOf(map, 'x-samma')).toBe(-1);
	});
});
