import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import { createActivity, createContribution } from './activity.service.js';
import { createCycle } from './cycle.service.js';
import { compareUnitWithPreviousCycle } from './mapping-compare.service.js';
import { getUnitMapping, setRelevances } from './mapping.service.js';

const db = await useTestDb();
let a: OrganisationFixture;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
});
const org = () => a.organisation.id;

describe('comparing a unit with the previous cycle', () => {
	it('has nothing to compare in the first cycle, nothing changed in a fresh copy, and then lists what changed', async () => {
		const sam = ctxOf(db, a.samordnare);
		const sn = a.units.sn.id;
		const old = await createCycle(sam, org(), { name: 'Kartläggning 2025', year: 2025, copy: false });
		await setRelevances(sam, org(), old.id, sn, [{ kind: 'goal', code: '1', level: 'hög', motivation: null, version: 0 }]);
		const activity = await createActivity(sam, org(), old.id, sn, { name: 'Försörjningsstöd', description: null, owner: null });
		await createContribution(sam, org(), old.id, sn, activity.id, { targetCode: '1.2', direction: 'bidrar', strength: 3, directness: 'direkt', motivation: null, indicator: null });
		expect(await compareUnitWithPreviousCycle(ctxOf(db, a.lasare), org(), old.id, sn)).toBeNull();

		const copy = await createCycle(sam, org(), { name: 'Kartläggning 2026', year: 2026, copy: true });
		const fresh = await compareUnitWithPreviousCycle(ctxOf(db, a.lasare), org(), copy.id, sn);
		expect(fresh?.previous).toEqual({ id: old.id, name: 'Kartläggning 2025' });
		expect(fresh?.changes.unchanged).toBe(true);

		await setRelevances(sam, org(), copy.id, sn, [
			{ kind: 'goal', code: '1', level: 'medel', motivation: null, version: 1 },
			{ kind: 'target', code: '10.2', level: 'hög', motivation: null, version: 0 }
		]);
		const copied = (await getUnitMapping(sam, org(), copy.id, sn)).activities[0]!;
		await createContribution(sam, org(), copy.id, sn, copied.id, { targetCode: '10.2', direction: 'motverkar', strength: 1, directness: 'indirekt', motivation: null, indicator: null });
		await createActivity(sam, org(), copy.id, sn, { name: 'Budget- och skuldrådgivning', description: null, owner: null });

		const changed = (await compareUnitWithPreviousCycle(ctxOf(db, a.lasare), org(), copy.id, sn))!.changes;
		expect(changed.unchanged).toBe(false);
		expect(changed.relevance).toEqual([
			{ kind: 'goal', code: '1', from: 'hög', to: 'medel' },
			{ kind: 'target', code: '10.2', from: null, to: 'hög' }
		]);
		expect(changed.contributions).toEqual([{ activity: 'Försörjningsstöd', targetCode: '10.2', from: null, to: { direction: 'motverkar', strength: 1 } }]);
		expect(changed.activitiesAdded).toEqual(['Budget- och skuldrådgivning']);
	});

	it('answers 404 for another organisation’s cycle or unit', async () => {
		const b = await makeOrganisation(db, 'Beta');
		const bCycle = await createCycle(ctxOf(db, b.samordnare), b.organisation.id, { name: 'K', year: 2026, copy: false });
		const aCycle = await createCycle(ctxOf(db, a.samordnare), org(), { name: 'K', year: 2026, copy: false });
		const sam = ctxOf(db, a.samordnare);
		expect((await serviceError(() => compareUnitWithPreviousCycle(sam, org(), bCycle.id, a.units.sn.id))).status).toBe(404);
		expect((await serviceError(() => compareUnitWithPreviousCycle(sam, org(), aCycle.id, b.units.sn.id))).status).toBe(404);
		expect((await serviceError(() => compareUnitWithPreviousCycle(sam, b.organisation.id, bCycle.id, b.units.sn.id))).status).toBe(404);
	});
});
