// Loads the demo municipalities, one account per role, Alingsås' steering (load-steering.ts) and its
// kartläggning (load-mapping.ts) into a new embedded database, or by the CLI's `demo` into the configured one.
// The passwords are random per installation, kept in the data folder and printed at every start.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/index.js';
import * as orgs from '../repositories/organisation.repository.js';
import * as unitsRepo from '../repositories/unit.repository.js';
import * as users from '../repositories/user.repository.js';
import * as members from '../repositories/membership.repository.js';
import { hashPassword } from '../auth/password.js';
import { generateToken } from '../auth/tokens.js';
import type { Role } from '#lib/domain/roles.js';
import { alingsas, type DemoOrganisation } from './alingsas.js';
import { borlange } from './borlange.js';
import { loadAlingsasMapping } from './load-mapping.js';
import { demoWorkshop, loadDemoWorkshop } from './load-workshop.js';
import { loadDemoInteractions } from './load-interactions.js';
import { loadAlingsasSteering } from './load-steering.js';
import { loadBorlangeActionPlan } from './load-action-plan.js';

export interface DemoLogin {
	email: string;
	password: string;
	role: Role | 'systemadministratör';
	organisation: string | null;
}

const DEMO_DOMAIN = 'demo.malkarta.se';

async function insertOrganisation(db: Db, demo: DemoOrganisation) {
	const org = await orgs.insertOrganisation(db, {
		name: demo.name,
		kind: demo.kind,
		koladaId: demo.koladaId,
		vision: demo.vision,
		visionName: demo.visionName
	});
	const unitIds = new Map<string, string>();
	for (const [position, u] of demo.units.entries()) {
		const unit = await unitsRepo.insertUnit(db, org.id, {
			parentId: u.parent ? (unitIds.get(u.parent) ?? null) : null,
			name: u.name,
			type: u.type,
			position
		});
		unitIds.set(u.name, unit.id);
	}
	return { org, unitIds };
}

async function account(db: Db, email: string, displayName: string, isAdmin = false) {
	const password = `${generateToken().slice(0, 6)}-${generateToken().slice(0, 6)}`;
	const user = await users.insertUser(db, { email, displayName, passwordHash: await hashPassword(password), isAdmin });
	return { user, password };
}

/** The demo's organisations, as loadDemo creates them (the CLI's `demo` looks for these). */
export function demoOrganisations(): Array<{ name: string; koladaId: string }> {
	return [alingsas(), borlange()].map((o) => ({ name: o.name, koladaId: o.koladaId }));
}

/** The demo's first account: when it exists, the demo has been loaded into this database. */
export const DEMO_ADMIN_EMAIL = `admin@${DEMO_DOMAIN}`;

export async function loadDemo(db: Db): Promise<DemoLogin[]> {
	return db.transaction().execute((tx) => loadDemoInTransaction(tx));
}

/** loadDemo inside a transaction the caller holds (the CLI's check-then-load runs in one). */
export async function loadDemoInTransaction(tx: Db): Promise<DemoLogin[]> {
	const logins: DemoLogin[] = [];
	const admin = await account(tx, DEMO_ADMIN_EMAIL, 'Systemadministratör (demo)', true);
	logins.push({ email: admin.user.email, password: admin.password, role: 'systemadministratör', organisation: null });

	const { org, unitIds } = await insertOrganisation(tx, alingsas());
	await loadAlingsasSteering(tx, org.id);
	const people: Array<{ role: Role; name: string; units?: string[] }> = [
		{ role: 'samordnare', name: 'Sara Samordnare' },
		{ role: 'processledare', name: 'Per Processledare' },
		{ role: 'deltagare', name: 'Dana Deltagare', units: ['Socialnämnden'] },
		{ role: 'rådsledamot', name: 'Rut Rådsledamot' },
		{ role: 'läsare', name: 'Lars Läsare' }
	];
	let samordnare: string | null = null;
	let processledare: string | null = null;
	let rådsledamot: string | null = null;
	for (const p of people) {
		const local = p.role.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
		const a = await account(tx, `${local}@${DEMO_DOMAIN}`, p.name);
		await members.upsertMembership(tx, org.id, a.user.id, p.role);
		if (p.units) await members.setMemberUnits(tx, org.id, a.user.id, p.units.map((n) => unitIds.get(n)!).filter(Boolean));
		logins.push({ email: a.user.email, password: a.password, role: p.role, organisation: org.name });
		if (p.role === 'samordnare') samordnare = a.user.id;
		if (p.role === 'processledare') processledare = a.user.id;
		if (p.role === 'rådsledamot') rådsledamot = a.user.id;
	}
	const cycles = await loadAlingsasMapping(tx, org.id, unitIds, samordnare!);
	await loadDemoWorkshop(tx, org.id, cycles.openId, unitIds.get(demoWorkshop.unit)!, processledare!);
	await loadDemoInteractions(tx, org.id, cycles, { samordnare: samordnare!, rådsledamot: rådsledamot! });

	const b = await insertOrganisation(tx, borlange());
	await loadBorlangeActionPlan(tx, b.org.id, b.unitIds);
	const coordinator = await account(tx, `samordnare.borlange@${DEMO_DOMAIN}`, 'Bo Samordnare');
	await members.upsertMembership(tx, b.org.id, coordinator.user.id, 'samordnare');
	logins.push({ email: coordinator.user.email, password: coordinator.password, role: 'samordnare', organisation: b.org.name });
	return logins;
}

const LOGINS_FILE = 'demo-inloggningar.json';

export function saveDemoLogins(dataDir: string, logins: DemoLogin[]): void {
	fs.writeFileSync(path.join(dataDir, LOGINS_FILE), JSON.stringify(logins, null, 2), { mode: 0o600 });
}

export function readDemoLogins(dataDir: string): DemoLogin[] | null {
	try {
		return JSON.parse(fs.readFileSync(path.join(dataDir, LOGINS_FILE), 'utf8'));
	} catch {
		return null;
	}
}

export function formatDemoLogins(logins: DemoLogin[]): string {
	const lines = logins.map((l) => `  ${l.role.padEnd(20)} ${l.email.padEnd(40)} ${l.password}${l.organisation ? `  (${l.organisation})` : ''}`);
	return ['Demoinloggningar (roll, e-post, lösenord):', ...lines].join('\n');
}
