// The organisation export and import: the demo organisations go out, into an emptied database and out
// again byte for byte; refused files (another version, cut short, breaking the schema, an organisation that
// is there) store nothing; the samordnare may download, the others may not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { sql } from 'kysely';
import { resetDb, useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError } from '../../../../tests/helpers/fixtures.js';
import { loadDemoForInstallation } from './installation.service.js';
import { exportOrganisation, exportOrganisationForInstallation, OrgTransferError } from './org-export.service.js';
import { importOrganisationForInstallation } from './org-import.service.js';
import { tables } from '#lib/validation/org-transfer-tables.js';

const db = await useTestDb();

const ajv = new Ajv2020({ strict: false });
addFormats.default(ajv);
const validateFile = ajv.compile(JSON.parse(readFileSync(new URL('../../../../schemas/organisation-export-v1.schema.json', import.meta.url), 'utf8')));

async function rowCount(): Promise<number> {
	let n = 0;
	for (const t of ['organisation', 'app_user', ...tables.map((t) => t.name)]) {
		const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(db);
		n += rows[0]!.n;
	}
	return n;
}

async function refused(text: string): Promise<string> {
	const before = await rowCount();
	const error = await importOrganisationForInstallation({ db }, text).then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(OrgTransferError);
	expect(await rowCount()).toBe(before);
	return (error as Error).message;
}

describe('organisation export and import', () => {
	it('gives the demo organisations back byte for byte after an import into an empty database', async () => {
		const { organisations } = await loadDemoForInstallation({ db });
		const first = await Promise.all(organisations.map((o) => exportOrganisationForInstallation({ db }, o.id)));
		const doc = JSON.parse(first[0]!.json);
		expect(doc.tables.mapping_relevance.length).toBeGreaterThan(0);
		expect(doc.tables.workshop.length).toBeGreaterThan(0);
		expect(first[0]!.json).not.toMatch(/password_hash|token_hash|argon2/);
		for (const file of first) expect(validateFile(JSON.parse(file.json)), JSON.stringify(validateFile.errors?.[0])).toBe(true);
		await resetDb(db);
		for (const [i, o] of organisations.entries()) expect(await importOrganisationForInstallation({ db }, first[i]!.json)).toEqual({ id: o.id, name: o.name });
		const second = await Promise.all(organisations.map((o) => exportOrganisationForInstallation({ db }, o.id)));
		for (const [i, file] of second.entries()) expect(file.json === first[i]!.json).toBe(true);
	});

	it('refuses another version, a truncated file, a schema break and an organisation that exists, storing nothing', async () => {
		const f = await makeOrganisation(db, 'Ödeshög');
		const { json } = await exportOrganisationForInstallation({ db }, f.organisation.id);
		expect(await refused(json)).toMatch(/Organisationen Ödeshög kommun .* finns redan/);
		await resetDb(db);
		expect(await refused(json.replace('"version": 1', '"version": 2'))).toMatch(/formatversion 2; .* läser version 1/);
		expect(await refused(json.slice(0, json.length / 2))).toMatch(/^Filen är inte hel JSON/);
		expect(await refused('{"format":"något annat"}')).toMatch(/ingen organisationsexport/);
		const broken = JSON.parse(json);
		broken.tables.unit[1].name = 42;
		expect(await refused(JSON.stringify(broken))).toMatch(/^Filen följer inte schemat: tables\.unit\[1\]\.name: /);
		const foreign = JSON.parse(json);
		foreign.tables.unit[0].organisation_id = '00000000-0000-4000-8000-000000000000';
		expect(await refused(JSON.stringify(foreign))).toMatch(/tables\.unit\[0\]\.organisation_id: hör till en annan organisation/);
		// The last table written fails inside the transaction: everything before it is rolled back.
		const late = JSON.parse(json);
		late.tables.membership.push({ ...late.tables.membership[0] });
		expect(await refused(JSON.stringify(late))).toMatch(/^Databasen tog inte emot filen, inget sparades/);
		expect(await importOrganisationForInstallation({ db }, json)).toEqual({ id: f.organisation.id, name: 'Ödeshög kommun' });
	});

	it('lets a samordnare download their organisation; another role gets 403, another organisation 404', async () => {
		const f = await makeOrganisation(db, 'Ydre');
		const other = await makeOrganisation(db, 'Kinda');
		const file = await exportOrganisation(ctxOf(db, f.samordnare), f.organisation.id);
		expect(file.fileName).toBe('malkarta-ydre-kommun.json');
		expect(JSON.parse(file.json).users.map((u: { email: string }) => u.email)).toContain('samordnare@ydre.example.se');
		expect((await serviceError(exportOrganisation(ctxOf(db, f.processledare), f.organisation.id))).status).toBe(403);
		expect((await serviceError(exportOrganisation(ctxOf(db, other.samordnare), f.organisation.id))).status).toBe(404);
	});
});
