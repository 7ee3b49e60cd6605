// The live Kolada v3 client: /v3/data/kpi/{ids}/municipality/{ids}/year/{years}, at most 25 ids per path
// parameter (Kolada's limit), 5,000 rows a page, following next_url. Each request has a timeout and is tried
// again with a growing pause on a network error or a 5xx; when Kolada cannot be reached the caller gets a
// KoladaUnreachable and keeps what is stored. It never waits longer than its timeouts allow.
import { parseKoladaFile } from './parse.js';
import type { KoladaValue } from '#lib/domain/steering.js';

export const KOLADA_BATCH = 25;
export const KOLADA_PER_PAGE = 5000;

export class KoladaUnreachable extends Error {
	constructor(readonly reason: 'network' | 'timeout' | 'status' | 'answer', detail: string) {
		super(`Kolada: ${reason} (${detail})`);
		this.name = 'KoladaUnreachable';
	}
}

export interface KoladaClientOptions {
	baseUrl: string;
	fetch?: typeof fetch;
	timeoutMs?: number;
	retries?: number;
	/** The first pause before trying again; doubled each time. */
	backoffMs?: number;
	/** A safety limit on pages followed per request. */
	maxPages?: number;
}

function batches<T>(list: readonly T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
	return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function getJson(url: string, o: Required<Omit<KoladaClientOptions, 'baseUrl'>>): Promise<unknown> {
	let last: KoladaUnreachable | null = null;
	for (let attempt = 0; attempt <= o.retries; attempt++) {
		if (attempt > 0) await sleep(o.backoffMs * 2 ** (attempt - 1));
		try {
			const res = await o.fetch(url, { signal: AbortSignal.timeout(o.timeoutMs), headers: { accept: 'application/json' } });
			if (res.status >= 500) {
				last = new KoladaUnreachable('status', String(res.status));
				continue;
			}
			if (!res.ok) throw new KoladaUnreachable('status', String(res.status));
			try {
				return await res.json();
			} catch {
				throw new KoladaUnreachable('answer', 'not JSON');
			}
		} catch (e) {
			// A 4xx or an answer that is not JSON will not get better by asking again.
			if (e instanceof KoladaUnreachable) throw e;
			const timeout = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
			last = new KoladaUnreachable(timeout ? 'timeout' : 'network', e instanceof Error ? e.message : String(e));
		}
	}
	throw last ?? new KoladaUnreachable('network', url);
}

/** All values of the KPIs for the municipalities (or groups) and years, every page, every batch. */
export async function fetchKoladaValues(
	options: KoladaClientOptions,
	query: { kpis: readonly string[]; municipalities: readonly string[]; years: readonly number[] }
): Promise<{ values: KoladaValue[]; skipped: number; requests: number }> {
	const o = { fetch: globalThis.fetch, timeoutMs: 10_000, retries: 2, backoffMs: 500, maxPages: 50, ...options };
	const base = o.baseUrl.replace(/\/+$/, '');
	const values: KoladaValue[] = [];
	let skipped = 0;
	let requests = 0;
	for (const kpis of batches(query.kpis, KOLADA_BATCH))
		for (const municipalities of batches(query.municipalities, KOLADA_BATCH))
			for (const years of batches(query.years, KOLADA_BATCH)) {
				let url: string | null = `${base}/v3/data/kpi/${kpis.join(',')}/municipality/${municipalities.join(',')}/year/${years.join(',')}?per_page=${KOLADA_PER_PAGE}`;
				for (let page = 0; url && page < o.maxPages; page++) {
					const body = await getJson(url, o);
					requests++;
					const parsed = parseKoladaFile(JSON.stringify(body));
					if (!parsed.ok) throw new KoladaUnreachable('answer', parsed.problem.key);
					values.push(...parsed.values);
					skipped += parsed.skipped;
					const next = (body as { next_url?: unknown }).next_url;
					url = typeof next === 'string' && next ? new URL(next, base).toString() : null;
				}
			}
	return { values, skipped, requests };
}
