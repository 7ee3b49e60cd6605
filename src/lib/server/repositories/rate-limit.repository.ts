// Fixed-window counters, shared by every app instance through the database.
import { sql } from 'kysely';
import type { Db } from '../db/index.js';

/** Adds one to the counter for `key` and returns the count in the current window. */
export async function hit(db: Db, key: string, windowMs: number, now = new Date()): Promise<number> {
	const windowStart = new Date(now.getTime() - windowMs);
	const row = await db
		.insertInto('rate_limit')
		.values({ key, window_start: now, count: 1 })
		.onConflict((oc) =>
			oc.column('key').doUpdateSet({
				count: sql<number>`case when rate_limit.window_start <= ${windowStart} then 1 else rate_limit.count + 1 end`,
				window_start: sql<Date>`case when rate_limit.window_start <= ${windowStart} then ${now} else rate_limit.window_start end`
			})
		)
		.returning('count')
		.executeTakeFirstOrThrow();
	return row.count;
}

export async function count(db: Db, key: string, windowMs: number, now = new Date()): Promise<number> {
	const row = await db
		.selectFrom('rate_limit')
		.select(['count', 'window_start'])
		.where('key', '=', key)
		.executeTakeFirst();
	if (!row || new Date(row.window_start).getTime() <= now.getTime() - windowMs) return 0;
	return row.count;
}

/** Takes one back (an attempt that turned out right), never below zero. */
export async function release(db: Db, key: string): Promise<void> {
	await db.updateTable('rate_limit').set({ count: sql<number>`greatest(count - 1, 0)` }).where('key', '=', key).execute();
}

export async function clear(db: Db, key: string): Promise<void> {
	await db.deleteFrom('rate_limit').where('key', '=', key).execute();
}
