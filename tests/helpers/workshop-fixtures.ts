// An open workshop on a fixture organisation's Socialnämnden and Kommunstyrelsen, with one guest who
// has rated goal 6: made through the services as the organisation's processledare.
import type { Db } from '#lib/server/db/index.js';
import { joinAsGuest, submitGuestInput } from '#lib/server/services/guest.service.js';
import { changeWorkshop, createWorkshop } from '#lib/server/services/workshop.service.js';
import { ctxOf, type OrganisationFixture } from './fixtures.js';

export async function makeWorkshop(db: Db, f: OrganisationFixture, cycleId: string) {
	const ctx = ctxOf(db, f.processledare);
	const org = f.organisation.id;
	const created = await createWorkshop(ctx, org, { name: 'Workshop', cycleId, unitIds: [f.units.sn.id, f.units.ks.id], steps: ['intro', 'goals', 'targets'] });
	const workshop = await changeWorkshop(ctx, org, created.id, { type: 'status', status: 'open' });
	const guest = await joinAsGuest({ db }, { code: workshop.joinCode, displayName: 'Gäst', address: '192.0.2.1' });
	await submitGuestInput({ db }, workshop.id, guest.token, { id: crypto.randomUUID(), kind: 'goal_relevance', subject: '6', level: 'hög' });
	return { workshopId: workshop.id, joinCode: workshop.joinCode, guestToken: guest.token };
}

export type WorkshopFixture = Awaited<ReturnType<typeof makeWorkshop>>;
