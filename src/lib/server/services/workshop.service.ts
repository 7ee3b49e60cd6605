// Workshops, as the processledare runs them: create one for units of a cycle, open and close it, move the
// group through the steps and units, show or hide the results, and settle the agreed values (through the
// mapping service, so a stale version is a 409). Every change takes the workshop's next sequence number in
// the same transaction and is published once committed.
import { isRelevanceLevel, type RelevanceKind, type RelevanceLevel } from '#lib/domain/mapping.js';
import { generateJoinCode, isWorkshopStatus, orderSteps, type Workshop, type WorkshopStatus } from '#lib/domain/workshop.js';
import { isGoalNumber } from '#lib/domain/sdg-codes.js';
import * as audits from '../repositories/audit.repository.js';
import * as cycles from '../repositories/cycle.repository.js';
import * as guests from '../repositories/guest.repository.js';
import * as units from '../repositories/unit.repository.js';
import * as workshops from '../repositories/workshop.repository.js';
import { isUuid, requireOrg, type OrgAccess } from './access.js';
import type { Ctx } from './actor.js';
import { notFound, ServiceError } from './errors.js';
import { openCycleOf } from './mapping-access.js';
import { setRelevances } from './mapping.service.js';
import { disagreement, distribution, stepState } from './workshop-items.js';
import { withWorkshopEvents, workshopChannel, workshopStream } from './workshop-live.js';
import { consoleActivities, consoleNotes } from './workshop-activities.service.js';
import { consoleDocuments } from './workshop-documents.service.js';
import { unitMap } from './workshop-summary.service.js';
import type { Db } from '../db/index.js';
import type { Queue } from '../realtime/index.js';

export interface NewWorkshopInput {
	name: string;
	cycleId: string;
	unitIds: string[];
	steps: string[];
}

async function workshopOf(db: Db, access: OrgAccess, workshopId: string): Promise<Workshop> {
	const w = isUuid(workshopId) ? await workshops.findWorkshop(db, access.organisationId, workshopId) : null;
	if (!w) throw notFound();
	return w;
}

export async function listWorkshops(ctx: Ctx, organisationId: string) {
	await requireOrg(ctx, organisationId, 'workshop.run');
	return workshops.listWorkshops(ctx.db, organisationId);
}

/** What the create form offers: the open cycles and the organisation's units. */
export async function getWorkshopChoices(ctx: Ctx, organisationId: string) {
	await requireOrg(ctx, organisationId, 'workshop.run');
	const cycleList = (await cycles.listCycles(ctx.db, organisationId)).filter((c) => c.status === 'open');
	const unitList = await units.listUnits(ctx.db, organisationId);
	return { cycles: cycleList, units: unitList.map((u) => ({ id: u.id, name: u.name })) };
}

export async function createWorkshop(ctx: Ctx, organisationId: string, input: NewWorkshopInput): Promise<Workshop> {
	const access = await requireOrg(ctx, organisationId, 'workshop.run');
	const steps = orderSteps(input.steps);
	if (!steps.length) throw new ServiceError(400, 'workshop.error.steps', { field: 'steps' });
	const unitIds = [...new Set(input.unitIds)];
	if (!unitIds.length) throw new ServiceError(400, 'workshop.error.units', { field: 'units' });
	const cycle = await openCycleOf(ctx.db, organisationId, input.cycleId, 'workshop.error.cycle', { field: 'cycleId' });
	// Ids from outside the organisation are not found, as everywhere.
	if (!unitIds.every(isUuid) || (await units.countUnitsOf(ctx.db, organisationId, unitIds)) !== unitIds.length) throw notFound();
	return ctx.db.transaction().execute(async (trx) => {
		for (let attempt = 0; attempt < 20; attempt++) {
			const w = await workshops.insertWorkshop(trx, organisationId, {
				cycleId: cycle.id,
				name: input.name,
				steps,
				unitIds,
				joinCode: generateJoinCode(),
				createdBy: access.actor.userId
			});
			if (!w) continue;
			await audits.insertAuditEvent(trx, {
				organisationId,
				actorUserId: access.actor.userId,
				action: 'workshop.create',
				entity: 'workshop',
				entityId: w.id,
				cycleId: cycle.id,
				workshopId: w.id,
				details: { name: w.name, steps, unitIds }
			});
			return w;
		}
		throw new Error('Ingen ledig deltagarkod hittades.');
	});
}

/** The facilitator's console: the workshop, its units, who has joined, and the current step's answers. */
export async function getConsole(ctx: Ctx, organisationId: string, workshopId: string) {
	const access = await requireOrg(ctx, organisationId, 'workshop.run');
	const w = await workshopOf(ctx.db, access, workshopId);
	const unitIds = await workshops.listWorkshopUnitIds(ctx.db, organisationId, w.id);
	const unitList = (await units.listUnits(ctx.db, organisationId)).filter((u) => unitIds.includes(u.id));
	unitList.sort((a, b) => unitIds.indexOf(a.id) - unitIds.indexOf(b.id));
	const state = await stepState(ctx.db, w);
	const dist = state.kind ? await distribution(ctx.db, w, state.kind, state.subjects) : { counts: {}, answered: 0 };
	const items = state.subjects.map((subject) => {
		const counts = dist.counts[subject]!;
		const agreed = state.agreed.find((r) => r.kind === (state.kind === 'goal_relevance' ? 'goal' : 'target') && r.code === subject) ?? null;
		return { subject, counts, total: Object.values(counts).reduce((a, b) => a + b, 0), disagreement: disagreement(counts), agreed };
	});
	const cycle = await cycles.findCycle(ctx.db, organisationId, w.cycleId);
	return {
		workshop: w,
		cycle,
		units: unitList.map((u) => ({ id: u.id, name: u.name })),
		participants: await workshops.countParticipants(ctx.db, organisationId, w.id),
		step: state.step,
		kind: state.kind,
		targetGoals: state.targetGoals,
		answered: dist.answered,
		activitiesStep: state.step === 'activities' ? await consoleActivities(ctx.db, w) : null,
		notes: state.step === 'challenges' ? await consoleNotes(ctx.db, w) : null,
		documents: state.step === 'documents' ? await consoleDocuments(ctx.db, w) : null,
		map: state.step === 'summary' ? await unitMap(ctx.db, w) : null,
		// Wide disagreement first: that is where the conversation is needed.
		items: [...items].sort((a, b) => Number(b.disagreement) - Number(a.disagreement))
	};
}

/** The wall: the code, how many are in, and the current step's distribution — never a name. */
export async function getProjector(ctx: Ctx, organisationId: string, workshopId: string) {
	const access = await requireOrg(ctx, organisationId, 'workshop.run');
	const w = await workshopOf(ctx.db, access, workshopId);
	const state = await stepState(ctx.db, w);
	const dist = state.kind ? await distribution(ctx.db, w, state.kind, state.subjects) : { counts: {}, answered: 0 };
	const unit = await units.findUnit(ctx.db, organisationId, w.currentUnitId);
	return {
		workshop: { id: w.id, name: w.name, joinCode: w.joinCode, status: w.status, seq: w.seq, steps: w.steps, stepIndex: w.stepIndex },
		unitName: unit?.name ?? '',
		participants: await workshops.countParticipants(ctx.db, organisationId, w.id),
		step: state.step,
		kind: state.kind,
		answered: dist.answered,
		notes: state.step === 'challenges' ? (await consoleNotes(ctx.db, w)).map(({ id, dimension, kind, text, targetCode }) => ({ id, dimension, kind, text, targetCode })) : null,
		documents:
			state.step === 'documents'
				? (await consoleDocuments(ctx.db, w)).map(({ documentId, name, type, count, targets, current, adopted }) => ({ documentId, name, type, count, targets, current, adopted }))
				: null,
		// A closed workshop's wall shows the unit's map, as the summary step does.
		map: state.step === 'summary' || w.status === 'closed' ? await unitMap(ctx.db, w) : null,
		items: state.subjects.map((subject) => ({ subject, counts: dist.counts[subject]!, disagreement: disagreement(dist.counts[subject]!) }))
	};
}

export type WorkshopAction =
	| { type: 'step'; index: number }
	| { type: 'unit'; unitId: string }
	| { type: 'results'; show: boolean }
	| { type: 'status'; status: WorkshopStatus }
	| { type: 'extraGoal'; goal: number; add: boolean };

/** Applies one facilitator action; returns the workshop as changed, with its new sequence number. */
export async function changeWorkshop(ctx: Ctx, organisationId: string, workshopId: string, action: WorkshopAction): Promise<Workshop> {
	const access = await requireOrg(ctx, organisationId, 'workshop.run');
	return withWorkshopEvents(ctx.db, async (trx, queue) => {
		const w = await workshopOf(trx, access, workshopId);
		const change = await changeOf(trx, w, action);
		const changed = (await workshops.changeWorkshop(trx, organisationId, w.id, change))!;
		if (action.type === 'status' && action.status === 'closed') await guests.revokeGuestTokens(trx, organisationId, w.id);
		await audits.insertAuditEvent(trx, {
			organisationId,
			actorUserId: access.actor.userId,
			action: `workshop.${action.type}`,
			entity: 'workshop',
			entityId: w.id,
			cycleId: w.cycleId,
			unitId: changed.currentUnitId,
			workshopId: w.id,
			details: { ...action }
		});
		queueState(queue, changed);
		return changed;
	});
}

function queueState(queue: Queue, w: Workshop) {
	queue(workshopChannel(w.id), { type: 'state', seq: w.seq, stepIndex: w.stepIndex, unitId: w.currentUnitId, showResults: w.showResults, status: w.status });
}

async function changeOf(db: Db, w: Workshop, action: WorkshopAction): Promise<workshops.WorkshopChange> {
	switch (action.type) {
		case 'step':
			if (!Number.isInteger(action.index) || action.index < 0 || action.index >= w.steps.length) throw new ServiceError(400, 'workshop.error.step');
			// The results shown in one step are not carried into the next: its answers come first.
			return { stepIndex: action.index, showResults: false };
		case 'unit':
			if (!(await workshops.listWorkshopUnitIds(db, w.organisationId, w.id)).includes(action.unitId)) throw notFound();
			return { currentUnitId: action.unitId };
		case 'results':
			return { showResults: action.show };
		case 'status':
			if (!isWorkshopStatus(action.status)) throw new ServiceError(400, 'workshop.error.step');
			if (action.status !== 'closed' && w.status === 'closed' && (await workshops.codeHeldElsewhere(db, w.id, w.joinCode))) {
				throw new ServiceError(409, 'workshop.error.codeTaken');
			}
			return { status: action.status };
		case 'extraGoal': {
			if (!isGoalNumber(action.goal)) throw new ServiceError(400, 'workshop.error.step');
			const set = new Set(w.extraGoals);
			if (action.add) set.add(action.goal);
			else set.delete(action.goal);
			return { extraGoals: [...set].sort((a, b) => a - b) };
		}
	}
}

export interface AgreedEdit {
	kind: RelevanceKind;
	code: string;
	level: RelevanceLevel;
	/** The version the facilitator's screen showed (0: none agreed yet). */
	version: number;
}

/**
 * Settles the agreed value of a goal or target for the workshop's current unit. Goes through the mapping
 * service: a stale version is a ConflictError (409) showing what is stored now.
 */
export async function setAgreed(ctx: Ctx, organisationId: string, workshopId: string, edit: AgreedEdit) {
	const access = await requireOrg(ctx, organisationId, 'workshop.run');
	const w = await workshopOf(ctx.db, access, workshopId);
	if (!isRelevanceLevel(edit.level)) throw new ServiceError(400, 'workshop.error.level', { field: 'level' });
	const result = await setRelevances(ctx, organisationId, w.cycleId, w.currentUnitId, [
		{ kind: edit.kind, code: edit.code, level: edit.level, motivation: null, version: edit.version }
	]);
	const changed = await withWorkshopEvents(ctx.db, async (trx, queue) => {
		const bumped = (await workshops.changeWorkshop(trx, organisationId, w.id, {}))!;
		queue(workshopChannel(w.id), { type: 'agreed', seq: bumped.seq, unitId: w.currentUnitId, kind: edit.kind, code: edit.code });
		return bumped;
	});
	return { ...result, seq: changed.seq };
}

/** The facilitator's and projector's live stream of the workshop's events. */
export async function openWorkshopStream(ctx: Ctx, organisationId: string, workshopId: string) {
	const access = await requireOrg(ctx, organisationId, 'workshop.run');
	const w = await workshopOf(ctx.db, access, workshopId);
	return workshopStream(ctx.db, w, 'facilitator');
}
