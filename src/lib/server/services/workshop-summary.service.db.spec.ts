import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import type { Workshop } from '#lib/domain/workshop.js';
import type { Activity } from '#lib/domain/mapping.js';
import { stepInputFromFields } from '#lib/validation/workshop-inputs.js';
import { createActivity, createContribution } from './activity.service.js';
import { createChallenge, createDocument } from './board.service.js';
import { createCycle } from './cycle.service.js';
import { changeWorkshop, createWorkshop, getConsole, getProjector, setAgreed } from './workshop.service.js';
import { getParticipantView, joinAsGuest, submitGuestInput } from './guest.service.js';

const db = await useTestDb();
let a: OrganisationFixture;
let w: Workshop;
let act: Activity;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
	const lead = ctxOf(db, a.processledare);
	const cycleId = (await createCycle(ctxOf(db, a.samordnare), a.organisation.id, { name: 'K', year: 2026, copy: false })).id;
	act = await createActivity(lead, a.organisation.id, cycleId, a.units.sn.id, { name: 'Skolmåltider', description: null, owner: null });
	w = await createWorkshop(lead, a.organisation.id, { name: 'Sum', cycleId, unitIds: [a.units.sn.id, a.units.ks.id], steps: ['goals', 'targets', 'activities', 'challenges', 'documents', 'summary'] });
	w = await changeWorkshop(lead, a.organisation.id, w.id, { type: 'status', status: 'open' });
});

const step = (index: number) => changeWorkshop(ctxOf(db, a.processledare), a.organisation.id, w.id, { type: 'step', index });
function input(fields: Record<string, string>) {
	const parsed = stepInputFromFields({ id: crypto.randomUUID(), ...fields });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.data;
}

describe('the summary step', () => {
	it('shows a participant their own latest inputs of every kind for the unit, and what the group agreed', async () => {
		const lead = ctxOf(db, a.processledare);
		const org = a.organisation.id;
		const kim = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: 'x' });
		const ali = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Ali', address: 'x' });
		const send = (token: string, i: Parameters<typeof submitGuestInput>[3]) => submitGuestInput({ db }, w.id, token, i);
		await send(kim.token, { id: crypto.randomUUID(), kind: 'goal_relevance', subject: '2', level: 'låg' });
		await send(kim.token, { id: crypto.randomUUID(), kind: 'goal_relevance', subject: '2', level: 'hög' });
		await send(ali.token, { id: crypto.randomUUID(), kind: 'goal_relevance', subject: '13', level: 'medel' });
		await setAgreed(lead, org, w.id, { kind: 'goal', code: '2', level: 'hög', version: 0 });
		await setAgreed(lead, org, w.id, { kind: 'goal', code: '5', level: 'låg', version: 0 });
		await step(1);
		await send(kim.token, { id: crypto.randomUUID(), kind: 'target_relevance', subject: '2.1', level: 'medel' });
		await setAgreed(lead, org, w.id, { kind: 'target', code: '2.1', level: 'medel', version: 0 });
		await step(2);
		await send(kim.token, input({ kind: 'contribution', activityId: act.id, targetCode: '12.3', source: 'search', strength: '3', motivation: 'Mindre svinn' }));
		await send(kim.token, input({ kind: 'activity', name: 'Ekologisk mat' }));
		await createContribution(lead, org, w.cycleId, w.currentUnitId, act.id, { targetCode: '12.3', direction: 'bidrar', strength: 3, directness: 'direkt', motivation: null, indicator: null });
		await step(3);
		await send(kim.token, input({ kind: 'challenge', dimension: 'social', challengeKind: 'utmaning', text: 'Ensamma äldre' }));
		await createChallenge(lead, org, w.cycleId, w.currentUnitId, { dimension: 'social', kind: 'utmaning', text: 'Ensamma äldre', targetCodes: [] });
		await step(4);
		await send(kim.token, input({ kind: 'document', name: 'Måltidspolicy', type: 'policy', targetCodes: '2.1' }));
		await createDocument(lead, org, w.cycleId, w.currentUnitId, { name: 'Måltidspolicy', type: 'policy', url: null, targetCodes: ['2.1'] });
		await step(5);

		const view = await getParticipantView({ db }, w.id, kim.token);
		expect(view.step).toBe('summary');
		expect(view.summary!.mine).toEqual([
			{ kind: 'goal', goal: 2, level: 'hög' },
			{ kind: 'target', code: '2.1', level: 'medel' },
			{ kind: 'contribution', activity: 'Skolmåltider', code: '12.3', decision: 'accepted', direction: 'bidrar', strength: 3, directness: 'direkt' },
			{ kind: 'activity', name: 'Ekologisk mat' },
			{ kind: 'challenge', dimension: 'social', noteKind: 'utmaning', text: 'Ensamma äldre' },
			{ kind: 'document', name: 'Måltidspolicy', type: 'policy', targetCodes: ['2.1'] }
		]);
		// Only agreed medel/hög goals and targets; settled contributions, the board, the documents.
		expect(view.summary!.agreed).toEqual({
			goals: [{ goal: 2, level: 'hög' }],
			targets: [{ code: '2.1', level: 'medel' }],
			contributions: [{ activity: 'Skolmåltider', code: '12.3', direction: 'bidrar', strength: 3, directness: 'direkt' }],
			challenges: [{ dimension: 'social', kind: 'utmaning', text: 'Ensamma äldre' }],
			documents: [{ name: 'Måltidspolicy', type: 'policy', targetCodes: ['2.1'] }]
		});
		// Another participant sees their own inputs only.
		expect((await getParticipantView({ db }, w.id, ali.token)).summary!.mine).toEqual([{ kind: 'goal', goal: 13, level: 'medel' }]);

		// The wall's map: goal 2 with its relevant target, goal 12 through the contribution; goal 5 (låg) left out; no names.
		const wall = await getProjector(lead, org, w.id);
		expect(wall.map).toEqual([
			{ goal: 2, level: 'hög', targets: [{ code: '2.1', level: 'medel', contributes: false }] },
			{ goal: 12, level: null, targets: [{ code: '12.3', level: null, contributes: true }] }
		]);
		expect(JSON.stringify(wall)).not.toMatch(/Kim|Ali/);
		expect((await getConsole(lead, org, w.id)).map).toEqual(wall.map);

		// The other unit of the workshop has its own (empty) summary.
		await changeWorkshop(lead, org, w.id, { type: 'unit', unitId: a.units.ks.id });
		const other = await getParticipantView({ db }, w.id, kim.token);
		expect(other.summary!.mine).toEqual([]);
		expect(other.summary!.agreed.goals).toEqual([]);
		expect((await getProjector(lead, org, w.id)).map).toEqual([]);
	});

	it('is not part of the other steps', async () => {
		const kim = await joinAsGuest({ db }, { code: w.joinCode, displayName: 'Kim', address: 'x' });
		expect((await getParticipantView({ db }, w.id, kim.token)).summary).toBeNull();
		expect((await getProjector(ctxOf(db, a.processledare), a.organisation.id, w.id)).map).toBeNull();
	});
});
