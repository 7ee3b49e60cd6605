// The demo's interaction network for Alingsås: how progress on one of the mapped targets affects another,
// on SEI's scale −3 … +3, each with a reason. The scores and reasons are the demo's own examples of what an
// analysis group could agree, not Alingsås' judgements. "Kartläggning 2025" holds them as agreed, with two
// members' individual scores on one pair not yet settled (they disagree); the open cycle starts from the
// agreed scores, as a new cycle may.
import type { Db } from '../db/index.js';
import * as interactions from '../repositories/interaction.repository.js';
import type { InteractionScore } from '#lib/analysis/interactions/types.js';

type Cell = { from: string; to: string; score: InteractionScore; reason: string };

export const demoInteractions: readonly Cell[] = [
	{ from: '8.3', to: '15.1', score: -2, reason: 'Ny verksamhetsmark för fler företag tar natur- och jordbruksmark i anspråk.' },
	{ from: '11.1', to: '15.1', score: -1, reason: 'Nya bostadsområden tar mark i anspråk; förtätning kan begränsa det.' },
	{ from: '11.7', to: '15.1', score: 1, reason: 'Parker och grönområden bevarar natur i tätorten.' },
	{ from: '8.3', to: '8.5', score: 2, reason: 'Fler och växande företag ger fler arbetstillfällen.' },
	{ from: '8.5', to: '10.2', score: 2, reason: 'Arbete är den viktigaste vägen till egen försörjning och delaktighet.' },
	{ from: '10.2', to: '8.5', score: 1, reason: 'Delaktighet och stöd gör det lättare att komma in på arbetsmarknaden.' },
	{ from: '4.1', to: '8.5', score: 2, reason: 'En fullföljd utbildning ger bättre möjligheter till arbete.' },
	{ from: '7.2', to: '13.2', score: 2, reason: 'Solceller minskar utsläppen från kommunkoncernens energianvändning.' },
	{ from: '13.2', to: '7.2', score: 1, reason: 'En klimatplan driver på utbyggnaden av förnybar energi.' },
	{ from: '11.1', to: '10.2', score: 1, reason: 'Bostäder för fler grupper bidrar till inkludering.' },
	{ from: '16.6', to: '8.3', score: 1, reason: 'Snabbare handläggning gör det lättare att starta och driva företag.' },
	{ from: '3.5', to: '16.1', score: 2, reason: 'Mindre narkotikabruk bland unga minskar kriminalitet och våld.' }
];

/** A proposed pair the group has not settled: two members scored it differently. */
export const demoOpenPair = { from: '11.1', to: '8.3' } as const;

export async function loadDemoInteractions(
	db: Db,
	organisationId: string,
	cycles: { closedId: string; openId: string },
	people: { samordnare: string; rådsledamot: string }
): Promise<void> {
	const closed = { organisationId, cycleId: cycles.closedId };
	for (const cell of demoInteractions) await interactions.insertAgreed(db, closed, cell, people.samordnare);
	await interactions.upsertScore(db, closed, {
		...demoOpenPair,
		scorerId: people.samordnare,
		score: 1,
		reason: 'Bostäder gör det lättare för företag att rekrytera.'
	});
	await interactions.upsertScore(db, closed, {
		...demoOpenPair,
		scorerId: people.rådsledamot,
		score: -1,
		reason: 'Bostäder och verksamheter konkurrerar om samma mark.'
	});
	await interactions.copyAgreed(db, organisationId, cycles.closedId, cycles.openId, people.samordnare);
}
