// What the installation's operator does from the CLI, acting as the installation itself (no signed-in
// user, so no Actor and no role check): list every organisation, and load the demo organisations. The CLI
// may, because whoever can run it on the server already holds the database (its folder or its
// DATABASE_URL), as with create-admin (setup.service.ts). The web app never calls these.
import type { Db } from '../db/index.js';
import * as orgs from '../repositories/organisation.repository.js';
import * as users from '../repositories/user.repository.js';
import { DEMO_ADMIN_EMAIL, demoOrganisations, loadDemoInTransaction, type DemoLogin } from '../demo/load.js';

export interface InstallationOrganisation {
	id: string;
	name: string;
	koladaId: string | null;
}

/** Every organisation of the installation, by name. */
export async function listOrganisationsForInstallation({ db }: { db: Db }): Promise<InstallationOrganisation[]> {
	return (await orgs.listAllOrganisations(db)).map((o) => ({ id: o.id, name: o.name, koladaId: o.koladaId }));
}

export class DemoConflictError extends Error {}

/**
 * Loads the demo organisations unless they are there: `logins` is null when they already were (nothing
 * changed). One transaction, the user table locked first, so two runs at once load it once. A database
 * holding part of the demo (an organisation or the demo administrator, not all of it) is refused.
 */
export async function loadDemoForInstallation({ db }: { db: Db }): Promise<{ organisations: InstallationOrganisation[]; logins: DemoLogin[] | null }> {
	return db.transaction().execute(async (tx) => {
		await users.lockUsers(tx);
		const wanted = demoOrganisations();
		const present = (await listOrganisationsForInstallation({ db: tx })).filter((o) => wanted.some((w) => w.name === o.name && w.koladaId === o.koladaId));
		const admin = await users.findUserByEmail(tx, DEMO_ADMIN_EMAIL);
		let logins: DemoLogin[] | null = null;
		if (present.length === 0 && !admin) logins = await loadDemoInTransaction(tx);
		else if (present.length !== wanted.length || !admin)
			throw new DemoConflictError(
				`Databasen har bara en del av demot (${[...present.map((o) => o.name), ...(admin ? [DEMO_ADMIN_EMAIL] : [])].join(', ') || 'inget'}); ` +
					'läs in demot i en ny databas.'
			);
		const organisations = (await listOrganisationsForInstallation({ db: tx })).filter((o) => wanted.some((w) => w.name === o.name && w.koladaId === o.koladaId));
		return { organisations, logins };
	});
}
