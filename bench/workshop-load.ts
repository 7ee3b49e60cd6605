// The workshop benchmark's load process (started by bench/workshop.ts with an IPC channel; loopback only;
// bounded: N participants, `seconds` of posting, a hard stop). It joins N guests to one workshop, keeps
// their SSE streams and 5 projector streams open, posts one rating per participant per second with ids it
// generates (retrying the same id like the page's outbox), and has the facilitator change step every 10 s.
// Then, at the same rate from this same process, the floors: (a) the raw INSERT + pg_notify, (b) a bare
// node:http server doing (a) per POST, (c) a bare SSE hop. Results go back over IPC.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { openSse, request, sleep, type Stream } from './workshop-http.js';
import { openFloorDb } from './workshop-floordb.js';

export interface LoadConfig {
	base: string;
	orgId: string;
	workshopId: string;
	joinCode: string;
	sessionCookie: string;
	participants: number;
	seconds: number;
	floorSeconds: number;
	floorUrl: string;
	db: 'postgres' | 'pglite';
	databaseUrl?: string;
	floorDir?: string;
	stepCount: number;
	idsFile: string;
	resultFile: string;
}

export interface LoadResult {
	sent: number;
	acked: number;
	noAck: number;
	joined: number;
	ackMs: number[];
	fanoutMs: number[];
	unseenInputs: number;
	stepFanoutMs: number[];
	unseenSteps: number;
	floorInsertMs: number[];
	floorHttpMs: number[];
	floorSseMs: number[];
	errors: Record<string, number>;
}

const PROJECTORS = 5;
const RETRY_GRACE_MS = 10_000;
const levels = ['ej_relevant', 'låg', 'medel', 'hög', 'vet_ej'];

const cfg = JSON.parse(process.env.BENCH_LOAD ?? '{}') as LoadConfig;
const send = (m: unknown) => process.send?.(m);
// Hard bound: whatever happens, this process ends.
setTimeout(() => {
	console.error('workshop-load: hard time limit reached');
	process.exit(3);
}, (cfg.seconds + cfg.floorSeconds * 3 + 240) * 1000).unref();
const ppid = process.ppid;
setInterval(() => {
	if (process.ppid !== ppid) process.exit(0);
}, 500).unref();

const errors: Record<string, number> = {};
const countError = (what: string) => (errors[what] = (errors[what] ?? 0) + 1);

async function pool<T>(items: T[], width: number, fn: (item: T, i: number) => Promise<void>) {
	let next = 0;
	await Promise.all(
		Array.from({ length: width }, async () => {
			while (next < items.length) {
				const i = next++;
				await fn(items[i]!, i);
			}
		})
	);
}

/** Runs `fn(k, i)` for `count` workers, each once a second at its own offset in the second, `seconds` times. */
async function paced(count: number, seconds: number, fn: (worker: number, tick: number) => Promise<void>): Promise<number> {
	const start = performance.now() + 200;
	const pending: Promise<void>[] = [];
	await Promise.all(
		Array.from({ length: count }, async (_, w) => {
			for (let k = 0; k < seconds; k++) {
				const at = start + k * 1000 + (w * 1000) / count;
				const wait = at - performance.now();
				if (wait > 0) await sleep(wait);
				pending.push(fn(w, k));
			}
		})
	);
	const lastPost = performance.now();
	await Promise.all(pending);
	return lastPost;
}

// ---- joining ------------------------------------------------------------------------------------------
const guestCookies: string[] = [];
await pool(
	Array.from({ length: cfg.participants }, (_, i) => i),
	16,
	async (i) => {
		const r = await request(`${cfg.base}/delta?/join`, {
			method: 'POST',
			headers: { origin: cfg.base, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
			body: new URLSearchParams({ code: cfg.joinCode, displayName: `Deltagare ${i + 1}` }).toString()
		});
		const cookie = (r.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!).find((c) => /malkarta_guest=./.test(c));
		if (r.status !== 303 || !cookie) throw new Error(`join ${i} answered ${r.status}: ${r.body.slice(0, 300)}`);
		guestCookies[i] = cookie;
	}
);

// ---- streams ------------------------------------------------------------------------------------------
const projectorEvents: Array<Array<{ seq: number; at: number }>> = Array.from({ length: PROJECTORS }, () => []);
const participantStates: Array<Array<{ stepIndex: number; at: number }>> = guestCookies.map(() => []);
const streams: Stream[] = [];
for (let p = 0; p < PROJECTORS; p++) {
	streams.push(
		openSse(`${cfg.base}/org/${cfg.orgId}/workshop/${cfg.workshopId}/strom`, { cookie: cfg.sessionCookie }, (events, at) => {
			for (const e of events) if (typeof e.seq === 'number') projectorEvents[p]!.push({ seq: e.seq, at });
		})
	);
}
guestCookies.forEach((cookie, i) =>
	streams.push(
		openSse(`${cfg.base}/delta/${cfg.workshopId}/strom`, { cookie }, (events, at) => {
			for (const e of events) if (e.type === 'state' && typeof e.stepIndex === 'number') participantStates[i]!.push({ stepIndex: e.stepIndex, at });
		})
	)
);
await Promise.all(streams.map((s) => s.opened));
await sleep(500);

// ---- the app under load -------------------------------------------------------------------------------
interface Post {
	id: string;
	t0: number;
	ackAt?: number;
	seq?: number;
}
const posts: Post[] = [];
const steps: Array<{ index: number; t0: number }> = [];
let stopRetrying = Infinity;

async function postRating(w: number, k: number) {
	const post: Post = { id: randomUUID(), t0: performance.now() };
	posts.push(post);
	const body = JSON.stringify({ id: post.id, kind: 'goal_relevance', subject: String(1 + ((w + k) % 17)), level: levels[(w * 7 + k) % levels.length] });
	for (;;) {
		try {
			const r = await request(`${cfg.base}/delta/${cfg.workshopId}/svar`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json', origin: cfg.base, cookie: guestCookies[w]! },
				body
			});
			if (r.status === 200) {
				const ack = JSON.parse(r.body) as { id: string; seq: number; stored: boolean };
				post.ackAt = performance.now();
				post.seq = ack.seq;
				return;
			}
			countError(`svar ${r.status}`);
			if (r.status < 500 && r.status !== 429) return;
		} catch (e) {
			countError(`svar ${(e as Error).message}`);
		}
		if (performance.now() > stopRetrying) return;
		await sleep(250);
	}
}

async function stepChanger(until: () => boolean) {
	let index = 0;
	await sleep(10_000);
	while (!until()) {
		index = (index + 1) % cfg.stepCount;
		const t0 = performance.now();
		steps.push({ index, t0 });
		const r = await request(`${cfg.base}/org/${cfg.orgId}/workshop/${cfg.workshopId}?/step`, {
			method: 'POST',
			headers: { origin: cfg.base, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', cookie: cfg.sessionCookie },
			body: `index=${index}`
		}).catch((e: Error) => ({ status: e.message }) as unknown as { status: number });
		if (r.status !== 200 && r.status !== 303) countError(`step ${r.status}`);
		await sleep(Math.max(0, t0 + 10_000 - performance.now()));
	}
}

send({ phase: 'load-start' });
let loadDone = false;
const stepping = stepChanger(() => loadDone);
const appPhase = paced(cfg.participants, cfg.seconds, async (w, k) => {
	await postRating(w, k);
});
// Retries end 10 s after the last scheduled post; what has no acknowledgement by then counts as lost.
const lastPost = await Promise.race([
	appPhase,
	(async () => {
		await sleep(cfg.seconds * 1000 + 200);
		stopRetrying = performance.now() + RETRY_GRACE_MS;
		return appPhase;
	})()
]);
loadDone = true;
void lastPost;
await stepping;
await sleep(1000); // the last events on their way
send({ phase: 'load-end' });
for (const s of streams) s.close();

const acked = posts.filter((p) => p.ackAt !== undefined);
const ackMs = acked.map((p) => p.ackAt! - p.t0);
const firstAtOrAfter = (events: Array<{ seq: number; at: number }>, seq: number) => {
	let lo = 0;
	let hi = events.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (events[mid]!.seq >= seq) hi = mid;
		else lo = mid + 1;
	}
	return events[lo]?.at;
};
// Sequence numbers only grow on a stream (a stream's events arrive in order); keep a running max for the search.
for (const ev of projectorEvents) for (let i = 1; i < ev.length; i++) if (ev[i]!.seq < ev[i - 1]!.seq) ev[i]!.seq = ev[i - 1]!.seq;
const fanoutMs: number[] = [];
let unseenInputs = 0;
for (const p of acked) {
	let last = -Infinity;
	for (const ev of projectorEvents) {
		const at = firstAtOrAfter(ev, p.seq!);
		if (at === undefined) {
			last = NaN;
			break;
		}
		last = Math.max(last, at);
	}
	if (Number.isNaN(last)) unseenInputs++;
	else fanoutMs.push(Math.max(0, last - p.t0));
}
const stepFanoutMs: number[] = [];
let unseenSteps = 0;
for (const s of steps) {
	let last = -Infinity;
	for (const states of participantStates) {
		const hit = states.find((e) => e.at >= s.t0 && e.stepIndex === s.index);
		if (!hit) {
			last = NaN;
			break;
		}
		last = Math.max(last, hit.at);
	}
	if (Number.isNaN(last)) unseenSteps++;
	else stepFanoutMs.push(last - s.t0);
}
fs.writeFileSync(cfg.idsFile, JSON.stringify({ sent: posts.map((p) => p.id), acked: acked.map((p) => p.id) }));

// ---- the floors, same rate, same process ----------------------------------------------------------------
send({ phase: 'floor-start' });
const floorDb = await openFloorDb(cfg.db, cfg.db === 'postgres' ? cfg.databaseUrl! : cfg.floorDir!, 'bench_floor_a');
const floorInsertMs: number[] = [];
await paced(cfg.participants, cfg.floorSeconds, async (w, k) => {
	const t0 = performance.now();
	await floorDb.insert(randomUUID(), JSON.stringify({ w, k, level: levels[k % levels.length] }));
	floorInsertMs.push(performance.now() - t0);
});
await floorDb.close();

const floorHttpMs: number[] = [];
await paced(cfg.participants, cfg.floorSeconds, async (w, k) => {
	const t0 = performance.now();
	const r = await request(`${cfg.floorUrl}/insert`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ id: randomUUID(), kind: 'goal_relevance', subject: String(1 + (k % 17)), level: levels[w % levels.length] })
	}).catch(() => null);
	if (r?.status === 200) floorHttpMs.push(performance.now() - t0);
	else countError(`floor http ${r?.status ?? 'error'}`);
});

const hopSeen: Array<Map<number, number>> = Array.from({ length: PROJECTORS }, () => new Map());
const hopStreams = hopSeen.map((seen) => openSse(`${cfg.floorUrl}/sse`, {}, (events, at) => events.forEach((e) => seen.set(e.seq as number, at))));
await Promise.all(hopStreams.map((s) => s.opened));
const hopPosts: Array<{ seq: number; t0: number }> = [];
let hopSeq = 0;
await paced(cfg.participants, cfg.floorSeconds, async () => {
	const seq = ++hopSeq;
	hopPosts.push({ seq, t0: performance.now() });
	await request(`${cfg.floorUrl}/hop`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seq }) }).catch(() => countError('floor hop'));
});
await sleep(500);
for (const s of hopStreams) s.close();
const floorSseMs: number[] = [];
for (const h of hopPosts) {
	const ats = hopSeen.map((seen) => seen.get(h.seq));
	if (ats.every((a) => a !== undefined)) floorSseMs.push(Math.max(...(ats as number[])) - h.t0);
}

const result: LoadResult = {
	sent: posts.length,
	acked: acked.length,
	noAck: posts.length - acked.length,
	joined: guestCookies.length,
	ackMs,
	fanoutMs,
	unseenInputs,
	stepFanoutMs,
	unseenSteps,
	floorInsertMs,
	floorHttpMs,
	floorSseMs,
	errors
};
// Large arrays go through a file; the IPC message only says where.
fs.writeFileSync(cfg.resultFile, JSON.stringify(result));
process.send?.({ phase: 'done' }, () => process.exit(0));
