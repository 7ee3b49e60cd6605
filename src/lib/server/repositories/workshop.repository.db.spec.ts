import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrations, useTestDb } from '../../../../tests/helpers/db.js';
import { makeOrganisation } from '../../../../tests/helpers/fixtures.js';
import { migrateDown, migrateToLatest } from '../db/migrate.js';
import { openEmbedded } from '../db/index.js';
import { insertCycle } from './cycle.repository.js';
import { changeWorkshop, insertWorkshop } from './workshop.repository.js';

const db = await useTestDb();

describe('workshop tables', () => {
	it('a join code is unique among workshops not closed, and free again once its workshop closes', async () => {
		const a = await makeOrganisation(db, 'Alfa');
		const b = await makeOrganisation(db, 'Beta');
		const org = a.organisation.id;
		const cycle = await insertCycle(db, org, { name: 'K', year: 2026, copiedFromId: null, createdBy: a.samordnare.id });
		const bCycle = await insertCycle(db, b.organisation.id, { name: 'K', year: 2026, copiedFromId: null, createdBy: b.samordnare.id });
		const w = { cycleId: cycle.id, name: 'W', steps: ['goals'], unitIds: [a.units.sn.id], joinCode: 'ABCDEF', createdBy: a.processledare.id };
		const first = await insertWorkshop(db, org, w);
		expect(first?.joinCode).toBe('ABCDEF');
		expect(await insertWorkshop(db, b.organisation.id, { ...w, cycleId: bCycle.id, unitIds: [b.units.sn.id] })).toBeNull();
		await changeWorkshop(db, org, first!.id, { status: 'closed' });
		expect(await insertWorkshop(db, org, w)).not.toBeNull();
	});

	it('a workshop’s cycle and units belong to its organisation (composite foreign keys)', async () => {
		const a = await makeOrganisation(db, 'Alfa');
		const b = await makeOrganisation(db, 'Beta');
		const cycle = await insertCycle(db, a.organisation.id, { name: 'K', year: 2026, copiedFromId: null, createdBy: a.samordnare.id });
		await expect(
			insertWorkshop(db, a.organisation.id, { cycleId: cycle.id, name: 'W', steps: ['goals'], unitIds: [b.units.sn.id], joinCode: 'ABCDEG', createdBy: a.processledare.id })
		).rejects.toThrow();
		await expect(
			insertWorkshop(db, b.organisation.id, { cycleId: cycle.id, name: 'W', steps: ['goals'], unitIds: [b.units.sn.id], joinCode: 'ABCDEH', createdBy: a.processledare.id })
		).rejects.toThrow();
	});

	it('the migration goes down and up again', async () => {
		const fresh = await openEmbedded();
		try {
			await migrateToLatest(fresh, migrations);
			const tables = async () =>
				(await sql<{ t: string }>`select tablename as t from pg_tables where tablename like 'workshop%' order by 1`.execute(fresh)).rows.map((r) => r.t);
			expect(await tables()).toEqual(['workshop', 'workshop_participant', 'workshop_unit']);
			// Down to just before this migration, whatever came after it.
			for (;;) {
				const names = await migrateDown(fresh, migrations);
				if (!names.length || names.some((n) => n.includes('_workshop'))) break;
			}
			expect(await tables()).toEqual([]);
			await migrateToLatest(fresh, migrations);
			expect(await tables()).toEqual(['workshop', 'workshop_participant', 'workshop_unit']);
		} finally {
			await fresh.destroy();
		}
	});
});
