import type { Actions, PageServerLoad } from './$types';
import { getUnitMapping, saveGrunduppdrag, setRelevances } from '#lib/server/services/mapping.service.js';
import { compareUnitWithPreviousCycle } from '#lib/server/services/mapping-compare.service.js';
import * as activity from '#lib/server/services/activity.service.js';
import * as board from '#lib/server/services/board.service.js';
import { actorOf } from '#lib/server/services/actor.js';
import { formAction } from '#lib/server/http/form-action.js';
import { guard } from '#lib/server/http/respond.js';
import { goalHeads, targetHeads, targetOptions } from '#lib/sdg/views.js';
import * as v from '#lib/validation/mapping.js';

type P = { orgId: string; cycleId: string; unitId: string };

export const load: PageServerLoad = async ({ locals, params }) => {
	const [mapping, comparison] = await guard(locals, () =>
		Promise.all([
			getUnitMapping(actorOf(locals), params.orgId, params.cycleId, params.unitId),
			compareUnitWithPreviousCycle(actorOf(locals), params.orgId, params.cycleId, params.unitId)
		])
	);
	return {
		mapping,
		comparison,
		goals: goalHeads(locals.locale),
		targetsByGoal: targetHeads(mapping.targetGoals, locals.locale),
		targetOptions: targetOptions(locals.locale)
	};
};

const saved = 'mapping.notice.saved' as const;
const added = 'mapping.notice.added' as const;
const deleted = 'mapping.notice.deleted' as const;

export const actions: Actions = {
	grunduppdrag: formAction(v.grunduppdragSchema, async (ctx, d, p: P) => (await saveGrunduppdrag(ctx, p.orgId, p.cycleId, p.unitId, d), saved)),
	goals: formAction(v.relevanceSchema('goal'), async (ctx, d, p: P) =>
		(await setRelevances(ctx, p.orgId, p.cycleId, p.unitId, d)).changed ? saved : 'mapping.notice.unchanged'
	),
	targets: formAction(v.relevanceSchema('target'), async (ctx, d, p: P) =>
		(await setRelevances(ctx, p.orgId, p.cycleId, p.unitId, d)).changed ? saved : 'mapping.notice.unchanged'
	),
	addActivity: formAction(v.createActivitySchema, async (ctx, d, p: P) => (await activity.createActivity(ctx, p.orgId, p.cycleId, p.unitId, d), added)),
	updateActivity: formAction(v.updateActivitySchema, async (ctx, { activityId, ...d }, p: P) => (await activity.updateActivity(ctx, p.orgId, p.cycleId, p.unitId, activityId, d), saved)),
	deleteActivity: formAction(v.deleteActivitySchema, async (ctx, d, p: P) => (await activity.deleteActivity(ctx, p.orgId, p.cycleId, p.unitId, d.activityId), deleted)),
	addContribution: formAction(v.createContributionSchema, async (ctx, { activityId, ...d }, p: P) => (await activity.createContribution(ctx, p.orgId, p.cycleId, p.unitId, activityId, d), added)),
	updateContribution: formAction(v.updateContributionSchema, async (ctx, { contributionId, ...d }, p: P) =>
		(await activity.updateContribution(ctx, p.orgId, p.cycleId, p.unitId, contributionId, d), saved)
	),
	deleteContribution: formAction(v.deleteContributionSchema, async (ctx, d, p: P) => (await activity.deleteContribution(ctx, p.orgId, p.cycleId, p.unitId, d.contributionId), deleted)),
	addChallenge: formAction(v.createChallengeSchema, async (ctx, d, p: P) => (await board.createChallenge(ctx, p.orgId, p.cycleId, p.unitId, d), added)),
	updateChallenge: formAction(v.updateChallengeSchema, async (ctx, { challengeId, ...d }, p: P) => (await board.updateChallenge(ctx, p.orgId, p.cycleId, p.unitId, challengeId, d), saved)),
	deleteChallenge: formAction(v.deleteChallengeSchema, async (ctx, d, p: P) => (await board.deleteChallenge(ctx, p.orgId, p.cycleId, p.unitId, d.challengeId), deleted)),
	addDocument: formAction(v.createDocumentSchema, async (ctx, d, p: P) => (await board.createDocument(ctx, p.orgId, p.cycleId, p.unitId, d), added)),
	updateDocument: formAction(v.updateDocumentSchema, async (ctx, { documentId, ...d }, p: P) => (await board.updateDocument(ctx, p.orgId, p.cycleId, p.unitId, documentId, d), saved)),
	deleteDocument: formAction(v.deleteDocumentSchema, async (ctx, d, p: P) => (await board.deleteDocument(ctx, p.orgId, p.cycleId, p.unitId, d.documentId), deleted))
};
