// A cycle with a little of everything for one unit (Socialnämnden) of a fixture organisation, made through
// the services as its samordnare: grunduppdrag, a goal's relevance, an activity with a contribution, a
// challenge, a steering document and an individual input. Returns the ids, for tests that aim at them.
import type { Db } from '#lib/server/db/index.js';
import { createActivity, createContribution } from '#lib/server/services/activity.service.js';
import { createChallenge, createDocument } from '#lib/server/services/board.service.js';
import { createCycle } from '#lib/server/services/cycle.service.js';
import { recordInput } from '#lib/server/services/input.service.js';
import { saveGrunduppdrag, setRelevances } from '#lib/server/services/mapping.service.js';
import { ctxOf, type OrganisationFixture } from './fixtures.js';

export async function makeMapping(db: Db, f: OrganisationFixture) {
	const ctx = ctxOf(db, f.samordnare);
	const org = f.organisation.id;
	const unitId = f.units.sn.id;
	const cycle = await createCycle(ctx, org, { name: 'Kartläggning 2026', year: 2026, copy: false });
	await saveGrunduppdrag(ctx, org, cycle.id, unitId, { text: 'Socialtjänst och omsorg.', version: 0 });
	await setRelevances(ctx, org, cycle.id, unitId, [{ kind: 'goal', code: '3', level: 'hög', motivation: null, version: 0 }]);
	const activity = await createActivity(ctx, org, cycle.id, unitId, { name: 'Hemtjänst', description: null, owner: null });
	const contribution = await createContribution(ctx, org, cycle.id, unitId, activity.id, {
		targetCode: '3.8',
		direction: 'bidrar',
		strength: 2,
		directness: 'direkt',
		motivation: null,
		indicator: null
	});
	const challenge = await createChallenge(ctx, org, cycle.id, unitId, { dimension: 'social', kind: 'utmaning', text: 'Ensamhet', targetCodes: [] });
	const document = await createDocument(ctx, org, cycle.id, unitId, { name: 'Äldreplan', type: 'plan', url: null, targetCodes: [] });
	const inputId = crypto.randomUUID();
	await recordInput(ctx, org, { id: inputId, cycleId: cycle.id, unitId, kind: 'goal_relevance', subject: '3', value: { level: 'hög' } });
	return { cycleId: cycle.id, unitId, activityId: activity.id, contributionId: contribution.id, challengeId: challenge.id, documentId: document.id, inputId };
}

export type MappingFixture = Awaited<ReturnType<typeof makeMapping>>;
