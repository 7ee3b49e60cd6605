import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import { createCycle } from './cycle.service.js';
import { listCurrentInputs, recordInput, type InputSubmission } from './input.service.js';

const db = await useTestDb();
let a: OrganisationFixture;
let cycleId: string;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
	cycleId = (await createCycle(ctxOf(db, a.samordnare), a.organisation.id, { name: 'K', year: 2026, copy: false })).id;
});

const org = () => a.organisation.id;
const input = (over: Partial<InputSubmission> = {}): InputSubmission => ({
	id: crypto.randomUUID(),
	cycleId,
	unitId: a.units.sn.id,
	kind: 'goal_relevance',
	subject: '6',
	value: { level: 'hög' },
	...over
});
const rows = async () => db.selectFrom('mapping_input').select(['id', 'author_user_id', 'subject', 'value']).orderBy('created_at').execute();

describe('individual inputs', () => {
	it('are stored once per client id: a retry acknowledges the stored row and adds nothing', async () => {
		const sent = input({ workshopId: crypto.randomUUID() });
		const first = await recordInput(ctxOf(db, a.deltagare), org(), sent);
		const retry = await recordInput(ctxOf(db, a.deltagare), org(), sent);
		const changed = await recordInput(ctxOf(db, a.deltagare), org(), { ...sent, value: { level: 'låg' } });
		expect([first.stored, retry.stored, changed.stored]).toEqual([true, false, false]);
		expect(retry.input).toEqual(first.input);
		expect(first.input).toMatchObject({ id: sent.id, workshopId: sent.workshopId, authorUserId: a.deltagare.id, authorGuestId: null, seq: null, value: { level: 'hög' } });
		expect(await rows()).toEqual([{ id: sent.id, author_user_id: a.deltagare.id, subject: '6', value: { level: 'hög' } }]);
	});

	it('an id already used by someone else, or in another organisation, is refused (409) without revealing that row', async () => {
		const sent = input();
		await recordInput(ctxOf(db, a.deltagare), org(), sent);
		const e = await serviceError(() => recordInput(ctxOf(db, a.samordnare), org(), { ...sent, value: { level: 'låg' } }));
		expect([e.status, e.messageKey]).toEqual([409, 'mapping.error.inputId']);
		const b = await makeOrganisation(db, 'Beta');
		const bCycle = await createCycle(ctxOf(db, b.samordnare), b.organisation.id, { name: 'K', year: 2026, copy: false });
		const other = await serviceError(() => recordInput(ctxOf(db, b.samordnare), b.organisation.id, { ...sent, cycleId: bCycle.id, unitId: b.units.sn.id }));
		expect(other.status).toBe(409);
		expect(other.params).toEqual({ field: 'id' });
		expect(await rows()).toHaveLength(1);
	});

	it('a person’s current input is their latest per subject; earlier ones are kept', async () => {
		await recordInput(ctxOf(db, a.deltagare), org(), input({ value: { level: 'låg' } }));
		await recordInput(ctxOf(db, a.deltagare), org(), input({ value: { level: 'hög' } }));
		await recordInput(ctxOf(db, a.deltagare), org(), input({ subject: '7', value: { level: 'medel' } }));
		await recordInput(ctxOf(db, a.samordnare), org(), input({ value: { level: 'ej_relevant' } }));
		const current = await listCurrentInputs(ctxOf(db, a.lasare), org(), cycleId, a.units.sn.id);
		expect(current.map((i) => [i.authorUserId, i.subject, i.value]).sort()).toEqual(
			[
				[a.deltagare.id, '6', { level: 'hög' }],
				[a.deltagare.id, '7', { level: 'medel' }],
				[a.samordnare.id, '6', { level: 'ej_relevant' }]
			].sort()
		);
		expect(await rows()).toHaveLength(4);
	});

	it.each([
		['a client id that is not a UUID', { id: 'abc' }, 'id'],
		['an unknown kind', { kind: 'vote' }, 'kind'],
		['a goal that does not exist', { subject: '18' }, 'subject'],
		['a target that does not exist', { kind: 'target_relevance', subject: '6.9' }, 'subject'],
		['a contribution subject without an activity', { kind: 'contribution', subject: '6.3' }, 'subject'],
		['a level that does not exist', { value: { level: 'jättehög' } }, 'value'],
		['a value that is not an object', { value: 'hög' }, 'value'],
		['a value that is too large', { kind: 'challenge', subject: `social:${crypto.randomUUID()}`, value: { text: 'x'.repeat(5000) } }, 'value']
	] as const)('refuses %s (400)', async (_name, over, field) => {
		const e = await serviceError(() => recordInput(ctxOf(db, a.deltagare), org(), input(over as Partial<InputSubmission>)));
		expect([e.status, e.params]).toEqual([400, { field }]);
		expect(await rows()).toEqual([]);
	});

	it('is for those who may edit the unit: a läsare and a deltagare of another unit get 403', async () => {
		expect((await serviceError(() => recordInput(ctxOf(db, a.lasare), org(), input()))).status).toBe(403);
		expect((await serviceError(() => recordInput(ctxOf(db, a.deltagare), org(), input({ unitId: a.units.ks.id })))).status).toBe(403);
		await recordInput(ctxOf(db, a.processledare), org(), input({ unitId: a.units.ks.id, kind: 'challenge', subject: `ekologisk:${crypto.randomUUID()}`, value: { kind: 'möjlighet', text: 'Solceller' } }));
		expect(await rows()).toHaveLength(1);
	});
});
