// Limits on guessing. Sign-in counts per account *and* address pair, so nobody can lock another person's
// account from elsewhere, and one person's mistakes do not lock a room behind one router; failures on an
// account from many addresses slow its answers down instead of locking it. Attempts are counted before they
// are checked (one atomic upsert), so parallel requests cannot slip past a limit.
// Counters are in the database (rate-limit.repository) so they hold across app instances.
import type { Db } from '../db/index.js';
import * as counters from '../repositories/rate-limit.repository.js';

export interface Limit {
	max: number;
	windowMs: number;
}

const MINUTE = 60_000;
export const limits = {
	/** Attempts (right ones are taken back) by one address on one account: the sixth in 5 minutes waits. */
	loginPerPair: { max: 5, windowMs: 5 * MINUTE },
	/** Failures on one account from anywhere: past 10, each answer is slowed, never refused. */
	loginSlowdownPerAccount: { max: 10, windowMs: 15 * MINUTE },
	/** Attempts from one address across accounts: a room signs in freely; spraying many accounts is stopped. */
	loginPerAddress: { max: 100, windowMs: 15 * MINUTE },
	resetPerAddress: { max: 5, windowMs: 15 * MINUTE },
	setupPerAddress: { max: 10, windowMs: 15 * MINUTE }
} satisfies Record<string, Limit>;

export async function isLimited(db: Db, key: string, limit: Limit, now = new Date()): Promise<boolean> {
	return (await counters.count(db, key, limit.windowMs, now)) >= limit.max;
}

export function count(db: Db, key: string, limit: Limit, now = new Date()): Promise<number> {
	return counters.count(db, key, limit.windowMs, now);
}

export async function record(db: Db, key: string, limit: Limit, now = new Date()): Promise<number> {
	return counters.hit(db, key, limit.windowMs, now);
}

/** Counts one attempt and says whether it is over the limit: count first, then check, in one statement. */
export async function take(db: Db, key: string, limit: Limit, now = new Date()): Promise<boolean> {
	return (await counters.hit(db, key, limit.windowMs, now)) > limit.max;
}

/** Takes back an attempt counted by take() that turned out right. */
export function release(db: Db, key: string): Promise<void> {
	return counters.release(db, key);
}

/** The delay before answering, growing with the failures past the limit: 250 ms doubled, at most 4 s. */
export function slowdownMs(failures: number, limit: Limit): number {
	return failures <= limit.max ? 0 : Math.min(4000, 250 * 2 ** Math.min(4, failures - limit.max - 1));
}

export function clear(db: Db, key: string): Promise<void> {
	return counters.clear(db, key);
}
