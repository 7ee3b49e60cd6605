// Steering documents (styrdokument) of a unit in a cycle and the targets they concern.
import type { Db } from '../db/index.js';
import type { DocumentType, SteeringDocument } from '#lib/domain/mapping.js';
import { agreedColumns, agreedNow, inScope, rowToAgreed, scopeColumns, type AgreedRow, type Scope } from './mapping.repository.js';

const columns = ['id', 'name', 'type', 'url', 'target_codes', ...agreedColumns] as const;
type Row = AgreedRow & { id: string; name: string; type: string; url: string | null; target_codes: string[] };
function rowToDocument(r: Row): SteeringDocument {
	return { id: r.id, name: r.name, type: r.type as DocumentType, url: r.url, targetCodes: r.target_codes, ...rowToAgreed(r) };
}

export type DocumentInput = { name: string; type: DocumentType; url: string | null; targetCodes: string[] };
const values = (d: DocumentInput) => ({ name: d.name, type: d.type, url: d.url, target_codes: d.targetCodes });

export async function listDocuments(db: Db, s: Scope): Promise<SteeringDocument[]> {
	const rows = await db
		.selectFrom('mapping_document')
		.select(columns)
		.where(inScope(s))
		.orderBy('name')
		.execute();
	return rows.map(rowToDocument);
}

export async function findDocument(db: Db, s: Scope, id: string): Promise<SteeringDocument | null> {
	const row = await db
		.selectFrom('mapping_document')
		.select(columns)
		.where(inScope(s))
		.where('id', '=', id)
		.executeTakeFirst();
	return row ? rowToDocument(row) : null;
}

export async function insertDocument(db: Db, s: Scope, d: DocumentInput, agreedBy: string): Promise<SteeringDocument> {
	const row = await db
		.insertInto('mapping_document')
		.values({ ...scopeColumns(s), ...values(d), agreed_by: agreedBy })
		.returning(columns)
		.executeTakeFirstOrThrow();
	return rowToDocument(row);
}

export async function updateDocument(db: Db, s: Scope, id: string, version: number, d: DocumentInput, agreedBy: string): Promise<boolean> {
	const r = await db
		.updateTable('mapping_document')
		.set((eb) => ({ ...values(d), ...agreedNow(eb, agreedBy) }))
		.where(inScope(s))
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

export async function deleteDocument(db: Db, s: Scope, id: string): Promise<number> {
	const r = await db
		.deleteFrom('mapping_document')
		.where(inScope(s))
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}
