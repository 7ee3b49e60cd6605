// The installation's own calls (the CLI's `demo` and `org list`): the demo is loaded once, a second call
// changes nothing, and a database holding part of the demo is refused without a write.
import { describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import * as orgs from '../repositories/organisation.repository.js';
import { DemoConflictError, listOrganisationsForInstallation, loadDemoForInstallation } from './installation.service.js';

const db = await useTestDb();

describe('installation service', () => {
	it('loads the demo once: the second call returns the same organisations and no logins', async () => {
		expect(await listOrganisationsForInstallation({ db })).toEqual([]);
		const first = await loadDemoForInstallation({ db });
		expect(first.organisations.map((o) => [o.name, o.koladaId])).toEqual([
			['Alingsås', '1489'],
			['Borlänge', '2081']
		]);
		expect(first.logins?.length).toBe(7);
		const second = await loadDemoForInstallation({ db });
		expect(second).toEqual({ organisations: first.organisations, logins: null });
		expect(await listOrganisationsForInstallation({ db })).toEqual(first.organisations);
	});

	it('lists every organisation by name, the demo and others', async () => {
		await orgs.insertOrganisation(db, { name: 'Ödeshög', kind: 'kommun', koladaId: '0509', vision: null, visionName: null });
		await orgs.insertOrganisation(db, { name: 'Region Dalarna', kind: 'region', koladaId: null, vision: null, visionName: null });
		expect((await listOrganisationsForInstallation({ db })).map((o) => [o.name, o.koladaId])).toEqual([
			['Region Dalarna', null],
			['Ödeshög', '0509']
		]);
	});

	it('refuses a database with part of the demo, and writes nothing', async () => {
		await orgs.insertOrganisation(db, { name: 'Alingsås', kind: 'kommun', koladaId: '1489', vision: null, visionName: null });
		await expect(loadDemoForInstallation({ db })).rejects.toThrow(DemoConflictError);
		await expect(loadDemoForInstallation({ db })).rejects.toThrow(/bara en del av demot \(Alingsås\)/);
		expect(await listOrganisationsForInstallation({ db })).toHaveLength(1);
		expect(await db.selectFrom('app_user').select('id').execute()).toEqual([]);
	});
});
