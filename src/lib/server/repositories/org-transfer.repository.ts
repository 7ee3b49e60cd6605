// Reading and writing an organisation's rows table by table for the export file (validation/org-transfer-
// tables.ts lists them). Values leave here in the file's form: timestamps as ISO text, bigints as numbers.
import { sql, type RawBuilder } from 'kysely';
import { encodeHexLowerCase } from '@oslojs/encoding';
import type { Db } from '../db/index.js';
import type { ColumnSpec, TableSpec } from '#lib/validation/org-transfer-tables.js';

type Row = Record<string, unknown>;

function toFile(columns: readonly ColumnSpec[], r: Row): Row {
	const out: Row = {};
	for (const [name, kind] of columns) {
		const v = r[name];
		if (v === null || v === undefined) out[name] = null;
		else if (kind === 'ts') out[name] = (v instanceof Date ? v : new Date(String(v))).toISOString();
		else if (kind === 'int' || kind === 'float') out[name] = Number(v);
		else out[name] = v;
	}
	return out;
}

function select(columns: readonly ColumnSpec[]) {
	return sql.join(columns.map(([name]) => sql.ref(name)));
}

export async function readOrganisationRow(db: Db, columns: readonly ColumnSpec[], organisationId: string): Promise<Row | null> {
	const { rows } = await sql<Row>`select ${select(columns)} from organisation where id = ${organisationId}`.execute(db);
	return rows[0] ? toFile(columns, rows[0]) : null;
}

/** A table's rows of one organisation, unsorted (the caller sorts them by code point, not by collation). */
export async function readOrganisationTable(db: Db, table: TableSpec, organisationId: string): Promise<Row[]> {
	const { rows } = await sql<Row>`select ${select(table.columns)} from ${sql.table(table.name)} where organisation_id = ${organisationId}`.execute(db);
	return rows.map((r) => toFile(table.columns, r));
}

export async function readUsers(db: Db, columns: readonly ColumnSpec[], ids: string[]): Promise<Row[]> {
	const out: Row[] = [];
	for (let i = 0; i < ids.length; i += 1000) {
		const chunk = ids.slice(i, i + 1000);
		const { rows } = await sql<Row>`select ${select(columns)} from app_user where id in (${sql.join(chunk)})`.execute(db);
		out.push(...rows.map((r) => toFile(columns, r)));
	}
	return out;
}

export async function organisationExists(db: Db, id: string): Promise<boolean> {
	const { rows } = await sql<{ one: number }>`select 1 as one from organisation where id = ${id}`.execute(db);
	return rows.length > 0;
}

/** Users already in the installation with one of these ids or e-mail addresses. */
export async function findUsersByIdOrEmail(db: Db, users: { id: string; email: string }[]): Promise<{ id: string; email: string }[]> {
	const out: { id: string; email: string }[] = [];
	for (let i = 0; i < users.length; i += 500) {
		const chunk = users.slice(i, i + 500);
		const ids = sql.join(chunk.map((u) => u.id));
		const emails = sql.join(chunk.map((u) => u.email));
		const { rows } = await sql<{ id: string; email: string }>`select id, email from app_user where id in (${ids}) or email in (${emails})`.execute(db);
		out.push(...rows);
	}
	return out;
}

function value(kind: ColumnSpec[1], v: unknown): unknown | RawBuilder<unknown> {
	// jsonb goes in as text and is cast, or the PGlite driver would encode a JSON string a second time.
	if (kind === 'json' && v !== null) return sql`${JSON.stringify(v)}::text::jsonb`;
	return v;
}

/**
 * Writes rows as they are in the file, ids included. `extra` adds columns the file does not carry (a guest's
 * token hash, a user's missing password).
 */
export async function insertRows(db: Db, table: string, columns: readonly ColumnSpec[], rows: Row[], extra: (row: Row) => Row = () => ({})): Promise<void> {
	if (!rows.length) return;
	const chunkSize = Math.max(1, Math.floor(30000 / (columns.length + 1)));
	for (let i = 0; i < rows.length; i += chunkSize) {
		const values = rows.slice(i, i + chunkSize).map((r) => ({
			...Object.fromEntries(columns.map(([name, kind]) => [name, value(kind, r[name])])),
			...extra(r)
		}));
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table list is data, not the typed schema
		await (db as any).insertInto(table).values(values).execute();
	}
}

export function insertUsers(db: Db, columns: readonly ColumnSpec[], rows: Row[]): Promise<void> {
	return insertRows(db, 'app_user', columns, rows, () => ({ password_hash: null, is_admin: false }));
}

/** A guest's token is never exported: an imported guest gets one nobody holds, so the old link stays dead. */
export function unusableTokenHash(): string {
	return encodeHexLowerCase(crypto.getRandomValues(new Uint8Array(32)));
}
