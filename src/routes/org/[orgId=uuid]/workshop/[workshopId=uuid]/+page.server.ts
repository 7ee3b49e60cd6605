import type { Actions, PageServerLoad } from './$types';
import { actorOf } from '#lib/server/services/actor.js';
import { changeWorkshop, getConsole, setAgreed } from '#lib/server/services/workshop.service.js';
import { formAction } from '#lib/server/http/form-action.js';
import { guard } from '#lib/server/http/respond.js';
import { adoptActivity, decideSuggestion, promoteNote, settleContribution } from '#lib/server/services/workshop-activities.service.js';
import { adoptDocument } from '#lib/server/services/workshop-documents.service.js';
import { adoptActivitySchema, adoptDocumentSchema, agreeSchema, groupSuggestionSchema, promoteSchema, settleSchema, extraGoalSchema, resultsSchema, statusSchema, stepSchema, unitSchema } from '#lib/validation/workshop.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export const load: PageServerLoad = async ({ locals, params, url }) =>
	guard(locals, async () => {
		const c = await getConsole(actorOf(locals), params.orgId, params.workshopId);
		return {
			...c,
			// Built from the address this page was served at, so phones in the room reach the same server.
			joinUrl: `${url.origin}/delta?kod=${c.workshop.joinCode}`,
			localhostOnly: LOOPBACK.has(url.hostname),
			plainHttp: url.protocol === 'http:'
		};
	});

type P = { orgId: string; workshopId: string };

export const actions: Actions = {
	step: formAction(stepSchema, async (ctx, d, p: P) => {
		await changeWorkshop(ctx, p.orgId, p.workshopId, { type: 'step', index: d.index });
		return 'workshop.notice.step';
	}),
	unit: formAction(unitSchema, async (ctx, d, p: P) => {
		await changeWorkshop(ctx, p.orgId, p.workshopId, { type: 'unit', unitId: d.unitId });
		return 'workshop.notice.unit';
	}),
	results: formAction(resultsSchema, async (ctx, d, p: P) => {
		await changeWorkshop(ctx, p.orgId, p.workshopId, { type: 'results', show: d.show });
		return d.show ? 'workshop.notice.resultsShown' : 'workshop.notice.resultsHidden';
	}),
	status: formAction(statusSchema, async (ctx, d, p: P) => {
		await changeWorkshop(ctx, p.orgId, p.workshopId, { type: 'status', status: d.status });
		return 'workshop.notice.status';
	}),
	extraGoal: formAction(extraGoalSchema, async (ctx, d, p: P) => {
		await changeWorkshop(ctx, p.orgId, p.workshopId, { type: 'extraGoal', goal: d.goal, add: d.add });
		return 'workshop.notice.extraGoal';
	}),
	agree: formAction(agreeSchema, async (ctx, d, p: P) => {
		await setAgreed(ctx, p.orgId, p.workshopId, d);
		return 'workshop.notice.agreed';
	}),
	settle: formAction(settleSchema, async (ctx, d, p: P) => {
		await settleContribution(ctx, p.orgId, p.workshopId, d);
		return 'workshop.notice.agreed';
	}),
	suggestion: formAction(groupSuggestionSchema, async (ctx, d, p: P) => {
		await decideSuggestion(ctx, p.orgId, p.workshopId, d);
		return d.decision === 'accepted' ? 'workshop.notice.suggestionAccepted' : 'workshop.notice.suggestionRejected';
	}),
	promote: formAction(promoteSchema, async (ctx, d, p: P) => {
		await promoteNote(ctx, p.orgId, p.workshopId, d.noteId);
		return 'workshop.notice.promoted';
	}),
	adoptActivity: formAction(adoptActivitySchema, async (ctx, d, p: P) => {
		await adoptActivity(ctx, p.orgId, p.workshopId, d);
		return 'workshop.notice.activityAdded';
	}),
	adoptDocument: formAction(adoptDocumentSchema, async (ctx, d, p: P) => {
		await adoptDocument(ctx, p.orgId, p.workshopId, d);
		return 'workshop.notice.documentAdopted';
	})
};
