import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import type { ContributionInput } from '../repositories/activity.repository.js';
import { listAuditEvents } from '../repositories/audit.repository.js';
import {
	createActivity,
	createContribution,
	deleteActivity,
	deleteContribution,
	updateActivity,
	updateContribution
} from './activity.service.js';
import { ConflictError } from './conflict.js';
import { createCycle } from './cycle.service.js';
import { getUnitMapping } from './mapping.service.js';

const db = await useTestDb();
let a: OrganisationFixture;
let cycleId: string;
let activityId: string;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
	cycleId = (await createCycle(ctxOf(db, a.samordnare), a.organisation.id, { name: 'K', year: 2026, copy: false })).id;
	activityId = (await createActivity(ctxOf(db, a.deltagare), a.organisation.id, cycleId, a.units.sn.id, { name: 'Matlagning i hemtjänsten', description: 'Måltider till äldre.', owner: 'Hemtjänsten' })).id;
});

const org = () => a.organisation.id;
const link = (over: Partial<ContributionInput> = {}): ContributionInput => ({
	targetCode: '2.1',
	direction: 'bidrar',
	strength: 2,
	directness: 'direkt',
	motivation: 'Näringsriktig mat.',
	indicator: null,
	...over
});
const add = (over: Partial<ContributionInput> = {}, who = a.deltagare) => createContribution(ctxOf(db, who), org(), cycleId, a.units.sn.id, activityId, link(over));
const activities = async () => (await getUnitMapping(ctxOf(db, a.lasare), org(), cycleId, a.units.sn.id)).activities;

describe('activities', () => {
	it('are listed in the order added, with their contributions', async () => {
		await createActivity(ctxOf(db, a.samordnare), org(), cycleId, a.units.sn.id, { name: 'Boendestöd', description: null, owner: null });
		await add();
		const list = await activities();
		expect(list.map((x) => [x.name, x.position, x.contributions.map((c) => c.targetCode)])).toEqual([
			['Matlagning i hemtjänsten', 0, ['2.1']],
			['Boendestöd', 1, []]
		]);
	});

	it('an edit on a stale version is a conflict; deleting takes the contributions along', async () => {
		const ctx = ctxOf(db, a.deltagare);
		await updateActivity(ctx, org(), cycleId, a.units.sn.id, activityId, { name: 'Måltider', description: null, owner: 'Hemtjänsten', version: 1 });
		const e = await serviceError(() => updateActivity(ctx, org(), cycleId, a.units.sn.id, activityId, { name: 'Annat', description: null, owner: null, version: 1 }));
		expect(e).toBeInstanceOf(ConflictError);
		expect((e as ConflictError).items[0]!.fields[0]).toEqual({ label: 'mapping.activity.field.name', value: 'Måltider' });
		await add();
		await deleteActivity(ctx, org(), cycleId, a.units.sn.id, activityId);
		expect(await activities()).toEqual([]);
		expect(Number((await db.selectFrom('mapping_contribution').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(0);
	});
});

describe('contributions', () => {
	it('link an activity to a target with direction, strength, directness and an optional indicator', async () => {
		await add({ indicator: { kind: 'kolada', ref: 'U00811' } });
		await add({ targetCode: '12.3', direction: 'motverkar', strength: 1, directness: 'indirekt', indicator: { kind: 'sdg', ref: '12.3.1' } });
		await add({ targetCode: '3.4', indicator: { kind: 'local', ref: 'Andel nöjda brukare' } });
		const [activity] = await activities();
		expect(activity!.contributions.map((c) => [c.targetCode, c.direction, c.strength, c.directness, c.indicator])).toEqual(
			expect.arrayContaining([
				['2.1', 'bidrar', 2, 'direkt', { kind: 'kolada', ref: 'U00811' }],
				['12.3', 'motverkar', 1, 'indirekt', { kind: 'sdg', ref: '12.3.1' }],
				['3.4', 'bidrar', 2, 'direkt', { kind: 'local', ref: 'Andel nöjda brukare' }]
			])
		);
	});

	it.each([
		['an unknown target', { targetCode: '2.9' }, 'mapping.error.target', 'targetCode'],
		['a malformed target', { targetCode: 'mål 2' }, 'mapping.error.target', 'targetCode'],
		['a Kolada id of the wrong shape', { indicator: { kind: 'kolada', ref: 'N1543' } }, 'mapping.error.koladaId', 'indicatorRef'],
		['a Kolada id with another prefix', { indicator: { kind: 'kolada', ref: 'X15436' } }, 'mapping.error.koladaId', 'indicatorRef'],
		['a global indicator that does not exist', { indicator: { kind: 'sdg', ref: '2.1.9' } }, 'mapping.error.sdgIndicator', 'indicatorRef'],
		['a global indicator written as a target', { indicator: { kind: 'sdg', ref: '2.1' } }, 'mapping.error.sdgIndicator', 'indicatorRef'],
		['an empty local measure', { indicator: { kind: 'local', ref: ' ' } }, 'mapping.error.localIndicator', 'indicatorRef']
	] as const)('refuses %s (400, on the field)', async (_name, over, key, field) => {
		const e = await serviceError(() => add(over as Partial<ContributionInput>));
		expect([e.status, e.messageKey, e.params]).toEqual([400, key, { field }]);
		expect((await activities())[0]!.contributions).toEqual([]);
	});

	it('refuses a second link from the same activity to the same target (409), also by editing', async () => {
		await add();
		const again = await serviceError(() => add({ direction: 'motverkar' }));
		expect([again.status, again.messageKey, again.params]).toEqual([409, 'mapping.error.duplicateContribution', { field: 'targetCode' }]);
		const other = await add({ targetCode: '2.2' });
		const moved = await serviceError(() => updateContribution(ctxOf(db, a.deltagare), org(), cycleId, a.units.sn.id, other.id, { ...link(), version: 1 }));
		expect(moved.status).toBe(409);
	});

	it('an edit on a stale version is a conflict showing the stored link', async () => {
		const c = await add();
		await updateContribution(ctxOf(db, a.samordnare), org(), cycleId, a.units.sn.id, c.id, { ...link({ strength: 3 }), version: 1 });
		const e = (await serviceError(() =>
			updateContribution(ctxOf(db, a.deltagare), org(), cycleId, a.units.sn.id, c.id, { ...link({ strength: 1 }), version: 1 })
		)) as ConflictError;
		expect(e.status).toBe(409);
		expect(e.items[0]!.fields.find((f) => f.label === 'mapping.contribution.field.strength')).toEqual({
			label: 'mapping.contribution.field.strength',
			value: '3',
			valueKey: 'mapping.strength.3'
		});
		expect((await activities())[0]!.contributions[0]).toMatchObject({ strength: 3, version: 2, agreedBy: a.samordnare.id });
	});

	it('an activity of another unit, or of another cycle, is not found', async () => {
		const other = await createActivity(ctxOf(db, a.samordnare), org(), cycleId, a.units.ks.id, { name: 'Översiktsplan', description: null, owner: null });
		const e = await serviceError(() => createContribution(ctxOf(db, a.samordnare), org(), cycleId, a.units.sn.id, other.id, link()));
		expect(e.status).toBe(404);
		const next = await createCycle(ctxOf(db, a.samordnare), org(), { name: 'K2', year: 2027, copy: false });
		expect((await serviceError(() => createContribution(ctxOf(db, a.samordnare), org(), next.id, a.units.sn.id, activityId, link()))).status).toBe(404);
	});

	it('every change is in the audit trail', async () => {
		const c = await add();
		await updateContribution(ctxOf(db, a.deltagare), org(), cycleId, a.units.sn.id, c.id, { ...link({ direction: 'motverkar' }), version: 1 });
		await deleteContribution(ctxOf(db, a.deltagare), org(), cycleId, a.units.sn.id, c.id);
		const events = await listAuditEvents(db, org(), { cycleId });
		expect(events.map((e) => [e.action, e.entityId, e.actorUserId])).toEqual([
			['cycle.create', cycleId, a.samordnare.id],
			['activity.create', activityId, a.deltagare.id],
			['contribution.create', c.id, a.deltagare.id],
			['contribution.update', c.id, a.deltagare.id],
			['contribution.delete', c.id, a.deltagare.id]
		]);
		expect(events[3]!.details).toMatchObject({ before: { direction: 'bidrar' }, after: { direction: 'motverkar' } });
	});
});
