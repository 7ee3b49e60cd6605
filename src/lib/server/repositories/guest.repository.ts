// Workshop guests: a display name and the hash of their session token, tied to one workshop.
import { sql } from 'kysely';
import type { Db } from '../db/index.js';

export interface Guest {
	id: string;
	organisationId: string;
	workshopId: string;
	displayName: string;
}

type Row = { id: string; organisation_id: string; workshop_id: string; display_name: string };
const rowToGuest = (r: Row): Guest => ({ id: r.id, organisationId: r.organisation_id, workshopId: r.workshop_id, displayName: r.display_name });

export async function insertGuest(db: Db, g: { organisationId: string; workshopId: string; displayName: string; tokenHash: string }): Promise<Guest> {
	const row = await db
		.insertInto('workshop_participant')
		.values({ organisation_id: g.organisationId, workshop_id: g.workshopId, display_name: g.displayName, token_hash: g.tokenHash })
		.returning(['id', 'organisation_id', 'workshop_id', 'display_name'])
		.executeTakeFirstOrThrow();
	return rowToGuest(row);
}

/** Guest sessions end with their workshop: sets aside the token hashes of a closed workshop's guests. */
export async function revokeGuestTokens(db: Db, organisationId: string, workshopId: string): Promise<void> {
	// The row stays (its inputs name it as author); the token stops working for anything but the closed
	// workshop's thank-you page, which finds the participant by 'closed:' and the token's hash.
	await db
		.updateTable('workshop_participant')
		.set({ token_hash: sql<string>`'closed:' || token_hash` })
		.where('organisation_id', '=', organisationId)
		.where('workshop_id', '=', workshopId)
		.where('token_hash', 'not like', 'closed:%')
		.execute();
}
