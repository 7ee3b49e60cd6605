// Reads an organisation export file into an installation that does not hold that organisation yet: all or
// nothing in one transaction, ids kept. Every refusal names the first problem in Swedish and stores nothing.
// Only the CLI calls it, acting as the installation (installation.service.ts says why it may).
import type { Db } from '../db/index.js';
import * as transfer from '../repositories/org-transfer.repository.js';
import { lockUsers } from '../repositories/user.repository.js';
import { organisationColumns, tables, userColumns, type TableSpec } from '#lib/validation/org-transfer-tables.js';
import { ORG_EXPORT_FORMAT, ORG_EXPORT_VERSION, firstSchemaProblem, type OrgExport, type Row } from '#lib/validation/org-transfer.js';
import { OrgTransferError } from './org-export.service.js';

export interface ImportedOrganisation {
	id: string;
	name: string;
}

function parse(text: string): OrgExport {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		throw new OrgTransferError(`Filen är inte hel JSON (avkortad eller skadad): ${e instanceof Error ? e.message : String(e)}`);
	}
	const head = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
	if (head.format !== ORG_EXPORT_FORMAT) throw new OrgTransferError(`Filen är ingen organisationsexport från Målkarta (fältet format är inte "${ORG_EXPORT_FORMAT}").`);
	if (head.version !== ORG_EXPORT_VERSION)
		throw new OrgTransferError(`Filen har formatversion ${JSON.stringify(head.version ?? null)}; den här versionen av Målkarta läser version ${ORG_EXPORT_VERSION}.`);
	const problem = firstSchemaProblem(value);
	if (problem) throw new OrgTransferError(`Filen följer inte schemat: ${problem}`);
	return value as OrgExport;
}

/** Links the schema cannot see: every row belongs to the file's organisation, every user it names is in the file. */
function checkLinks(doc: OrgExport): void {
	const orgId = doc.organisation.id;
	const userIds = new Set(doc.users.map((u) => u.id));
	for (const table of tables) {
		(doc.tables[table.name] ?? []).forEach((r, i) => {
			if (r.organisation_id !== orgId) throw new OrgTransferError(`tables.${table.name}[${i}].organisation_id: hör till en annan organisation än filens.`);
			for (const column of table.userColumns ?? [])
				if (r[column] !== null && !userIds.has(r[column])) throw new OrgTransferError(`tables.${table.name}[${i}].${column}: användaren finns inte i filens users.`);
		});
	}
}

/** Parents before children where a table points at itself (unit.parent_id, a cycle copied from another). */
function parentsFirst(table: TableSpec, rows: Row[]): Row[] {
	if (!table.selfRef) return rows;
	const column = table.selfRef;
	const ids = new Set(rows.map((r) => r.id));
	const done = new Set<unknown>();
	const out: Row[] = [];
	let left = rows;
	while (left.length) {
		const ready = left.filter((r) => r[column] === null || !ids.has(r[column]) || done.has(r[column]));
		if (!ready.length) throw new OrgTransferError(`tables.${table.name}: raderna pekar på varandra i en ring (${column}).`);
		for (const r of ready) done.add(r.id);
		out.push(...ready);
		left = left.filter((r) => !done.has(r.id));
	}
	return out;
}

async function write(tx: Db, doc: OrgExport): Promise<void> {
	const org = doc.organisation;
	if (await transfer.organisationExists(tx, String(org.id)))
		throw new OrgTransferError(`Organisationen ${String(org.name)} (${String(org.id)}) finns redan i installationen.`);
	const users = doc.users as { id: string; email: string }[];
	const present = await transfer.findUsersByIdOrEmail(tx, users);
	for (const p of present) {
		const mine = users.find((u) => u.id === p.id || u.email === p.email);
		if (mine && (mine.id !== p.id || mine.email !== p.email))
			throw new OrgTransferError(`Användaren ${mine.email} finns redan i installationen med ett annat id eller en annan e-postadress.`);
	}
	const presentIds = new Set(present.map((p) => p.id));
	await transfer.insertRows(tx, 'organisation', organisationColumns, [org]);
	await transfer.insertUsers(tx, userColumns, doc.users.filter((u) => !presentIds.has(String(u.id))));
	for (const table of tables) {
		const extra = table.name === 'workshop_participant' ? () => ({ token_hash: transfer.unusableTokenHash() }) : undefined;
		await transfer.insertRows(tx, table.name, table.columns, parentsFirst(table, doc.tables[table.name] ?? []), extra);
	}
}

export async function importOrganisationForInstallation({ db }: { db: Db }, text: string): Promise<ImportedOrganisation> {
	const doc = parse(text);
	checkLinks(doc);
	try {
		await db.transaction().execute(async (tx) => {
			await lockUsers(tx);
			await write(tx, doc);
		});
	} catch (e) {
		if (e instanceof OrgTransferError) throw e;
		// A constraint the schema cannot express (an open workshop's join code or a published report's slug
		// taken by another organisation): the transaction is rolled back, the database's words are the reason.
		throw new OrgTransferError(`Databasen tog inte emot filen, inget sparades: ${e instanceof Error ? e.message : String(e)}`);
	}
	return { id: String(doc.organisation.id), name: String(doc.organisation.name) };
}
