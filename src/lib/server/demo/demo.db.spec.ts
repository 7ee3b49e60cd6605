import { describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { loadDemo } from './load.js';
import { login } from '../services/auth.service.js';
import { listMyOrganisations, getOrganisationOverview } from '../services/organisation.service.js';
import * as unitsRepo from '../repositories/unit.repository.js';
import seed from './data/alingsas.json' with { type: 'json' };

const db = await useTestDb();

describe('demo municipality', () => {
	it('is Alingsås as its budget and Vision 2040 describe it', async () => {
		const logins = await loadDemo(db);
		const coordinator = logins.find((l) => l.role === 'samordnare' && l.organisation === 'Alingsås')!;
		const session = await login({ db }, { email: coordinator.email, password: coordinator.password, address: '127.0.0.1' });
		const ctx = { db, actor: { userId: session.userId, isAdmin: false } };
		const [org] = await listMyOrganisations(ctx);
		expect(org?.name).toBe('Alingsås');
		const overview = await getOrganisationOverview(ctx, org!.id);
		expect(overview.organisation).toMatchObject({ kind: 'kommun', koladaId: '1489', visionName: 'Vision 2040', vision: seed.vision });
		expect(overview.focusAreas.map((f) => f.name)).toEqual(['Vackra miljöer', 'Livskvalitet', 'Experimentlust', 'Omställning', 'Tillsammans']);

		const units = await unitsRepo.listUnits(db, org!.id);
		const names = units.map((u) => u.name);
		// The driftbudget's nämnder and Kommunstyrelsen; "Exploatering" is a budget line, not a unit.
		expect(names).toHaveLength(8);
		expect(names).toContain('Kommunstyrelsen');
		expect(names).toContain('Socialnämnden');
		expect(names).toContain('Överförmyndarnämnden');
		expect(names).not.toContain('Exploatering');
		expect(units.find((u) => u.name === 'Kommunstyrelsen')?.type).toBe('styrelse');
		expect(units.filter((u) => u.type === 'nämnd')).toHaveLength(7);
	});

	it('has one login per role, and Borlänge with its sectors and companies as a second organisation', async () => {
		const logins = await loadDemo(db);
		expect(new Set(logins.map((l) => l.role))).toEqual(
			new Set(['systemadministratör', 'samordnare', 'processledare', 'deltagare', 'rådsledamot', 'läsare'])
		);
		const b = logins.find((l) => l.organisation === 'Borlänge')!;
		const session = await login({ db }, { email: b.email, password: b.password, address: '127.0.0.1' });
		const [org] = await listMyOrganisations({ db, actor: { userId: session.userId, isAdmin: false } });
		const units = await unitsRepo.listUnits(db, org!.id);
		expect(units.map((u) => [u.name, u.type])).toEqual(
			expect.arrayContaining([
				['Tunabyggen', 'bolag'],
				['Borlänge Energi', 'bolag'],
				['Sociala sektorn', 'sektor']
			])
		);
		expect(units).toHaveLength(7);
	});
});
