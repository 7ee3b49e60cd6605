// Installation-wide settings and one-time codes (key/value).
import type { Db } from '../db/index.js';

export async function putSetting(db: Db, key: string, value: string): Promise<void> {
	await db
		.insertInto('app_setting')
		.values({ key, value })
		.onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: new Date() }))
		.execute();
}

export async function getSetting(db: Db, key: string): Promise<string | null> {
	const row = await db.selectFrom('app_setting').select('value').where('key', '=', key).executeTakeFirst();
	return row?.value ?? null;
}

export async function deleteSettingsWithPrefix(db: Db, prefix: string): Promise<void> {
	await db.deleteFrom('app_setting').where('key', 'like', `${prefix.replace(/[%_\\]/g, '\\$&')}%`).execute();
}
