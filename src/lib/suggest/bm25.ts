// Okapi BM25 over documents whose terms carry weights (field weights × term weights), with scores
// scaled to [0, 1] by the best score the query could reach.
import type { Terms } from './analyze.js';

export interface Bm25Options {
	/** Term-frequency saturation. */
	k1: number;
	/** Length normalisation, 0 (none) to 1 (full). */
	b: number;
}

export interface Scored<Id> {
	id: Id;
	/** In [0, 1]: the share of the query's attainable weight this document reaches. */
	score: number;
}

export class Bm25Index<Id> {
	private readonly df = new Map<string, number>();
	private readonly lengths: number[];
	private readonly avgLength: number;

	constructor(
		private readonly docs: readonly { id: Id; terms: Terms }[],
		private readonly options: Bm25Options = { k1: 1.2, b: 0.75 }
	) {
		this.lengths = docs.map((d) => {
			let length = 0;
			for (const [term, tf] of d.terms) {
				if (tf > 0) this.df.set(term, (this.df.get(term) ?? 0) + 1);
				length += tf;
			}
			return length;
		});
		this.avgLength = docs.length ? this.lengths.reduce((a, v) => a + v, 0) / docs.length : 0;
	}

	idf(term: string): number {
		const n = this.df.get(term) ?? 0;
		return n === 0 ? 0 : Math.log(1 + (this.docs.length - n + 0.5) / (n + 0.5));
	}

	/**
	 * Every document with a score above zero, best first (ties in document order). The score is the
	 * document's BM25 over the best any document could reach, counting words the index does not know as
	 * its rarest: a text that is mostly about something else scores low everywhere.
	 */
	search(query: Terms): Scored<Id>[] {
		const { k1, b } = this.options;
		const rarest = Math.log(1 + (this.docs.length - 0.5) / 1.5);
		let attainable = 0;
		let known = false;
		for (const [term, qw] of query) {
			const idf = this.idf(term);
			known ||= idf > 0;
			attainable += qw * (this.df.has(term) ? idf : rarest) * (k1 + 1);
		}
		if (!known) return [];
		const out: Scored<Id>[] = [];
		for (const [i, d] of this.docs.entries()) {
			const norm = k1 * (1 - b + (b * this.lengths[i]!) / this.avgLength);
			let s = 0;
			for (const [term, qw] of query) {
				const tf = d.terms.get(term);
				if (tf) s += qw * this.idf(term) * ((tf * (k1 + 1)) / (tf + norm));
			}
			if (s > 0) out.push({ id: d.id, score: Math.min(1, s / attainable) });
		}
		return out.sort((x, y) => y.score - x.score);
	}
}
