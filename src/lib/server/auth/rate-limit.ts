// Limits on guessing: failed logins per account and per address, reset-link requests per address.
// Counters are in the database (rate-limit.repository) so they hold across app instances.
import type { Db } from '../db/index.js';
import * as counters from '../repositories/rate-limit.repository.js';

export interface Limit {
	max: number;
	windowMs: number;
}

const MINUTE = 60_000;
export const limits = {
	loginPerAccount: { max: 5, windowMs: 15 * MINUTE },
	loginPerAddress: { max: 30, windowMs: 15 * MINUTE },
	resetPerAddress: { max: 5, windowMs: 15 * MINUTE },
	setupPerAddress: { max: 10, windowMs: 15 * MINUTE }
} satisfies Record<string, Limit>;

export async function isLimited(db: Db, key: string, limit: Limit, now = new Date()): Promise<boolean> {
	return (await counters.count(db, key, limit.windowMs, now)) >= limit.max;
}

export async function record(db: Db, key: string, limit: Limit, now = new Date()): Promise<number> {
	return counters.hit(db, key, limit.windowMs, now);
}

export function clear(db: Db, key: string): Promise<void> {
	return counters.clear(db, key);
}
