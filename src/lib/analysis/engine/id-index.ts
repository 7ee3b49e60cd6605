// Positions of a small set of ids — an organisation's units — looked up for every rating, activity and
// contribution of a cycle (some 37,000 times per analysis of a large municipality). A Map hashes every freshly
// loaded id string in full; this reads three characters to pick a bucket and confirms the id by equality, about
// half the time per lookup. Buckets come from the last three characters: random in a uuid, and the varying part
// of sequential ids. Ids that crowd one bucket anyway make the index use a Map, so a lookup never costs more
// than a few comparisons.

export interface IdIndex {
	readonly ids: readonly string[];
	/** First position in each bucket, -1 for none; `next` chains positions in the same bucket. */
	readonly head: Int32Array;
	readonly next: Int32Array;
	/** Used instead of the buckets when they are crowded. */
	readonly map: ReadonlyMap<string, number> | null;
}

const BITS = 5;
const BUCKETS = 1 << (3 * BITS);
const MASK = (1 << BITS) - 1;
const CROWDED = 4;

function bucketOf(id: string): number {
	const n = id.length;
	if (n < 3) return n;
	return ((id.charCodeAt(n - 1) & MASK) << (2 * BITS)) | ((id.charCodeAt(n - 2) & MASK) << BITS) | (id.charCodeAt(n - 3) & MASK);
}

/** An index of distinct ids: each one's position in `ids`. */
export function idIndex(ids: readonly string[]): IdIndex {
	const head = new Int32Array(BUCKETS).fill(-1);
	const next = new Int32Array(ids.length).fill(-1);
	const load = new Uint8Array(BUCKETS);
	let crowded = false;
	for (let i = ids.length - 1; i >= 0; i--) {
		const b = bucketOf(ids[i]!);
		next[i] = head[b]!;
		head[b] = i;
		if (++load[b]! > CROWDED) crowded = true;
	}
	return { ids, head, next, map: crowded ? new Map(ids.map((id, i) => [id, i])) : null };
}

/** The position of an id, or -1 when it is not in the index. */
export function positionOf(index: IdIndex, id: string): number {
	if (index.map !== null) return index.map.get(id) ?? -1;
	for (let k = index.head[bucketOf(id)]!; k >= 0; k = index.next[k]!) if (index.ids[k] === id) return k;
	return -1;
}
