// The units a member belongs to, for what their units owe at the next follow-up point.
import type { Db } from '../db/index.js';

export async function listMemberUnitIds(db: Db, organisationId: string, userId: string): Promise<string[]> {
	const rows = await db.selectFrom('membership_unit').select('unit_id').where('organisation_id', '=', organisationId).where('user_id', '=', userId).execute();
	return rows.map((r) => r.unit_id);
}
