// The demo's workshop in progress: Miljöskyddsnämnden (not mapped in 2025) rates the goals' relevance in the
// open cycle "Kartläggning hösten 2026". Six participants have joined as guests and given some of their
// ratings; nothing is agreed yet, so a new user sees the console, the wall's bars and the disagreement at
// once. The names and ratings are the demo's own examples, not anyone's real answers.
import type { Db } from '../db/index.js';
import * as workshops from '../repositories/workshop.repository.js';
import * as guests from '../repositories/guest.repository.js';
import * as inputs from '../repositories/input.repository.js';
import { mintGuestToken } from '../auth/guest.js';
import { generateJoinCode, workshopSteps } from '#lib/domain/workshop.js';
import type { RelevanceLevel } from '#lib/domain/mapping.js';

export const demoWorkshop = {
	name: 'Miljöskyddsnämnden – kartläggning hösten 2026',
	unit: 'Miljöskyddsnämnden'
} as const;

const H: RelevanceLevel = 'hög';
const M: RelevanceLevel = 'medel';
const L: RelevanceLevel = 'låg';
const E: RelevanceLevel = 'ej_relevant';
const V: RelevanceLevel = 'vet_ej';

/** Each participant's ratings of goals 1–17 so far (null = not yet answered). Goal 8 and 11 split the room. */
const participants: Array<{ name: string; goals: Array<RelevanceLevel | null> }> = [
	{ name: 'Amina', goals: [L, E, H, L, L, H, M, L, M, L, H, H, H, H, H, M, L] },
	{ name: 'Johan', goals: [E, L, H, E, L, H, M, H, M, E, L, H, H, M, H, M, null] },
	{ name: 'Lena', goals: [L, L, M, L, E, H, H, L, L, L, H, H, H, H, H, null, null] },
	{ name: 'Erik', goals: [E, E, M, E, E, H, M, H, M, E, L, M, H, M, H, L, M] },
	{ name: 'Sofia', goals: [L, M, H, L, L, H, M, null, null, null, H, H, H, H, null, null, null] },
	{ name: 'Kalle', goals: [V, E, M, L, E, H, L, L, M, L, M, H, H, M, H, M, L] }
];

export async function loadDemoWorkshop(db: Db, organisationId: string, cycleId: string, unitId: string, createdBy: string): Promise<void> {
	let w = null;
	// A fresh database holds no other workshop, so the first code is free; the loop is only a guard.
	while (!w) {
		w = await workshops.insertWorkshop(db, organisationId, {
			cycleId,
			name: demoWorkshop.name,
			steps: [...workshopSteps],
			unitIds: [unitId],
			joinCode: generateJoinCode(),
			createdBy
		});
	}
	// Open, on the goal step: the state a facilitator leaves it in during the coffee break.
	w = (await workshops.changeWorkshop(db, organisationId, w.id, { status: 'open', stepIndex: 1 }))!;
	for (const p of participants) {
		// Nobody holds these tokens: the demo guests cannot be taken over, only seen.
		const guest = await guests.insertGuest(db, { organisationId, workshopId: w.id, displayName: p.name, tokenHash: mintGuestToken().tokenHash });
		w = (await workshops.changeWorkshop(db, organisationId, w.id, {}))!;
		for (const [i, level] of p.goals.entries()) {
			if (!level) continue;
			w = (await workshops.changeWorkshop(db, organisationId, w.id, {}))!;
			await inputs.insertInput(
				db,
				{ organisationId, cycleId, unitId },
				{ id: crypto.randomUUID(), workshopId: w.id, authorUserId: null, authorGuestId: guest.id, kind: 'goal_relevance', subject: String(i + 1), value: { level }, seq: w.seq }
			);
		}
	}
}
