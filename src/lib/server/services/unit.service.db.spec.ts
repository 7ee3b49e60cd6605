import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import { makeMapping } from '../../../../tests/helpers/mapping-fixtures.js';
import { flattenUnitTree } from '#lib/domain/units.js';
import { createCycle, setCycleStatus } from './cycle.service.js';
import { recordInput } from './input.service.js';
import { saveGrunduppdrag } from './mapping.service.js';
import { createUnit, deleteUnit, listUnits, moveUnit, reorderUnit, updateUnit } from './unit.service.js';

const db = await useTestDb();
let a: OrganisationFixture;
beforeEach(async () => {
	a = await makeOrganisation(db, 'Alfa');
});

const shape = async () => {
	const { tree } = await listUnits(ctxOf(db, a.lasare), a.organisation.id);
	return flattenUnitTree(tree).map((u) => `${'-'.repeat(u.depth)}${u.name}`);
};

describe('the unit tree', () => {
	it('is visible to every member, nested in position order', async () => {
		expect(await shape()).toEqual(['Kommunstyrelsen', '-Kommunledningsförvaltningen', '--Ekonomi', 'Socialnämnden']);
	});

	it('adds a unit last among its siblings and renames / retypes it', async () => {
		const ctx = ctxOf(db, a.samordnare);
		const hr = await createUnit(ctx, a.organisation.id, { name: 'HR', type: 'sektor', parentId: a.units.klf.id });
		expect(await shape()).toEqual(['Kommunstyrelsen', '-Kommunledningsförvaltningen', '--Ekonomi', '--HR', 'Socialnämnden']);
		await updateUnit(ctx, a.organisation.id, hr.id, { name: 'Personal', type: 'verksamhet' });
		const { units } = await listUnits(ctx, a.organisation.id);
		expect(units.find((u) => u.id === hr.id)).toMatchObject({ name: 'Personal', type: 'verksamhet' });
	});

	it('moves a subtree under another parent and to the top level', async () => {
		const ctx = ctxOf(db, a.samordnare);
		await moveUnit(ctx, a.organisation.id, a.units.klf.id, a.units.sn.id);
		expect(await shape()).toEqual(['Kommunstyrelsen', 'Socialnämnden', '-Kommunledningsförvaltningen', '--Ekonomi']);
		await moveUnit(ctx, a.organisation.id, a.units.ekonomi.id, null);
		expect(await shape()).toEqual(['Kommunstyrelsen', 'Socialnämnden', '-Kommunledningsförvaltningen', 'Ekonomi']);
	});

	it('refuses a move that would make a cycle, with a Swedish message, and leaves the tree as it was', async () => {
		const ctx = ctxOf(db, a.samordnare);
		const before = await shape();
		for (const parent of [a.units.ekonomi.id, a.units.klf.id, a.units.ks.id]) {
			const e = await serviceError(() => moveUnit(ctx, a.organisation.id, a.units.ks.id, parent));
			expect([e.status, e.messageKey, e.params]).toEqual([409, 'unit.error.cycle', { field: 'parentId' }]);
		}
		expect(await shape()).toEqual(before);
	});

	it('reorders siblings by position', async () => {
		const ctx = ctxOf(db, a.samordnare);
		await reorderUnit(ctx, a.organisation.id, a.units.sn.id, 0);
		expect(await shape()).toEqual(['Socialnämnden', 'Kommunstyrelsen', '-Kommunledningsförvaltningen', '--Ekonomi']);
		await reorderUnit(ctx, a.organisation.id, a.units.sn.id, 99);
		expect(await shape()).toEqual(['Kommunstyrelsen', '-Kommunledningsförvaltningen', '--Ekonomi', 'Socialnämnden']);
	});

	it('refuses to delete a unit with children, and deletes a leaf with its member links', async () => {
		const ctx = ctxOf(db, a.samordnare);
		const e = await serviceError(() => deleteUnit(ctx, a.organisation.id, a.units.klf.id));
		expect([e.status, e.messageKey]).toEqual([409, 'unit.error.hasChildren']);
		expect(await shape()).toHaveLength(4);

		await deleteUnit(ctx, a.organisation.id, a.units.sn.id);
		expect(await shape()).toEqual(['Kommunstyrelsen', '-Kommunledningsförvaltningen', '--Ekonomi']);
		expect(await db.selectFrom('membership_unit').selectAll().where('unit_id', '=', a.units.sn.id).execute()).toHaveLength(0);
		const inv = await db.selectFrom('invitation').select('unit_id').where('id', '=', a.invitation.id).executeTakeFirstOrThrow();
		expect(inv.unit_id).toBeNull();
	});

	it('refuses to delete a unit with a mapping (409, no field) and deletes none of it', async () => {
		const m = await makeMapping(db, a);
		const tables = ['mapping_unit', 'mapping_relevance', 'mapping_activity', 'mapping_contribution', 'mapping_challenge', 'mapping_document', 'mapping_input'] as const;
		const counts = async () => Promise.all(tables.map(async (t) => (await db.selectFrom(t).select('unit_id').where('unit_id', '=', m.unitId).execute()).length));
		expect(await counts()).toEqual([1, 1, 1, 1, 1, 1, 1]);

		const e = await serviceError(() => deleteUnit(ctxOf(db, a.samordnare), a.organisation.id, m.unitId));
		expect([e.status, e.messageKey, e.params]).toEqual([409, 'unit.error.hasMapping', undefined]);
		expect(await shape()).toContain('Socialnämnden');
		expect(await counts()).toEqual([1, 1, 1, 1, 1, 1, 1]);
	});

	it('refuses when the only mapping is a grunduppdrag or a single input, in any cycle, open or closed', async () => {
		const ctx = ctxOf(db, a.samordnare);
		const org = a.organisation.id;
		const old = await createCycle(ctx, org, { name: 'Kartläggning 2025', year: 2025, copy: false });
		await saveGrunduppdrag(ctx, org, old.id, a.units.sn.id, { text: 'Socialtjänst.', version: 0 });
		await recordInput(ctx, org, { id: crypto.randomUUID(), cycleId: old.id, unitId: a.units.ekonomi.id, kind: 'goal_relevance', subject: '8', value: { level: 'medel' } });
		await setCycleStatus(ctx, org, old.id, 'closed');
		await createCycle(ctx, org, { name: 'Kartläggning 2026', year: 2026, copy: false });

		for (const unitId of [a.units.sn.id, a.units.ekonomi.id]) {
			const e = await serviceError(() => deleteUnit(ctx, org, unitId));
			expect([e.status, e.messageKey]).toEqual([409, 'unit.error.hasMapping']);
		}
		expect(await shape()).toEqual(['Kommunstyrelsen', '-Kommunledningsförvaltningen', '--Ekonomi', 'Socialnämnden']);
		expect(await db.selectFrom('mapping_unit').select('unit_id').execute()).toEqual([{ unit_id: a.units.sn.id }]);
		expect(await db.selectFrom('mapping_input').select('unit_id').execute()).toEqual([{ unit_id: a.units.ekonomi.id }]);

		const hr = await createUnit(ctx, org, { name: 'HR', type: 'sektor', parentId: a.units.klf.id });
		await deleteUnit(ctx, org, hr.id);
		expect(await shape()).toEqual(['Kommunstyrelsen', '-Kommunledningsförvaltningen', '--Ekonomi', 'Socialnämnden']);
	});

	it('answers 404 for an unknown unit and refuses a deltagare (403)', async () => {
		const unknown = '00000000-0000-4000-8000-000000000000';
		expect((await serviceError(() => deleteUnit(ctxOf(db, a.samordnare), a.organisation.id, unknown))).status).toBe(404);
		expect((await serviceError(() => createUnit(ctxOf(db, a.deltagare), a.organisation.id, { name: 'X', type: 'bolag', parentId: null }))).status).toBe(403);
	});
});
