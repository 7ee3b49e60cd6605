// The whole organisation as one JSON file (validation/org-transfer.ts is its schema): for a samordnare in
// the app, and for the installation's operator from the CLI. Keys and rows in a fixed order, so the same
// data always gives the same bytes — the round-trip test compares exports byte for byte.
import type { Db } from '../db/index.js';
import * as transfer from '../repositories/org-transfer.repository.js';
import { organisationColumns, tables, userColumns, type TableSpec } from '#lib/validation/org-transfer-tables.js';
import { ORG_EXPORT_FORMAT, ORG_EXPORT_VERSION, type OrgExport, type Row } from '#lib/validation/org-transfer.js';
import { isUuid } from '#lib/domain/ids.js';
import { requireOrg } from './access.js';
import type { Ctx } from './actor.js';
import { notFound } from './errors.js';

export class OrgTransferError extends Error {}

// Code-point order, not the database's collation: the two databases (and two installations) may sort text
// differently, the file must not.
function compareKey(key: readonly string[]) {
	return (a: Row, b: Row): number => {
		for (const k of key) {
			const x = a[k];
			const y = b[k];
			if (x === y) continue;
			if (typeof x === 'number' && typeof y === 'number') return x - y;
			return String(x) < String(y) ? -1 : 1;
		}
		return 0;
	};
}

async function readTable(db: Db, table: TableSpec, organisationId: string): Promise<Row[]> {
	return (await transfer.readOrganisationTable(db, table, organisationId)).sort(compareKey(table.key));
}

async function buildExport(db: Db, organisationId: string): Promise<OrgExport | null> {
	// One snapshot: a write landing between two tables' reads must not give a file that breaks its own links.
	return db
		.transaction()
		.setIsolationLevel('repeatable read')
		.execute(async (tx) => {
			const organisation = await transfer.readOrganisationRow(tx, organisationColumns, organisationId);
			if (!organisation) return null;
			const rows: Record<string, Row[]> = {};
			const userIds = new Set<string>();
			for (const table of tables) {
				const read = (rows[table.name] = await readTable(tx, table, organisationId));
				for (const column of table.userColumns ?? []) for (const r of read) if (typeof r[column] === 'string') userIds.add(r[column]);
			}
			const users = (await transfer.readUsers(tx, userColumns, [...userIds])).sort(compareKey(['id']));
			return { format: ORG_EXPORT_FORMAT, version: ORG_EXPORT_VERSION, organisation, users, tables: rows };
		});
}

export function serialiseExport(doc: OrgExport): string {
	return JSON.stringify(doc, null, 2) + '\n';
}

export interface OrgExportFile {
	fileName: string;
	json: string;
}

function fileName(doc: OrgExport): string {
	const slug = String(doc.organisation.name).normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
	return `malkarta-${slug || 'organisation'}.json`;
}

/** The download page's check: a stranger gets 404, a member without data.export 403. */
export async function requireOrgExport(ctx: Ctx, organisationId: string): Promise<void> {
	await requireOrg(ctx, organisationId, 'data.export');
}

/** For the samordnare's download: everything of their organisation (data.export). */
export async function exportOrganisation(ctx: Ctx, organisationId: string): Promise<OrgExportFile> {
	await requireOrg(ctx, organisationId, 'data.export');
	const doc = await buildExport(ctx.db, organisationId);
	if (!doc) throw notFound();
	return { fileName: fileName(doc), json: serialiseExport(doc) };
}

/** For the CLI, acting as the installation (as installation.service.ts explains). */
export async function exportOrganisationForInstallation({ db }: { db: Db }, organisationId: string): Promise<OrgExportFile> {
	const doc = isUuid(organisationId) ? await buildExport(db, organisationId) : null;
	if (!doc) throw new OrgTransferError(`Ingen organisation med id ${organisationId} (se npm run cli -- org list).`);
	return { fileName: fileName(doc), json: serialiseExport(doc) };
}
