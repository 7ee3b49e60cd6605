// Challenges and opportunities of a unit in a cycle, per sustainability dimension.
import type { Db } from '../db/index.js';
import type { Challenge, ChallengeKind, Dimension } from '#lib/domain/mapping.js';
import { agreedColumns, agreedNow, inScope, rowToAgreed, scopeColumns, type AgreedRow, type Scope } from './mapping.repository.js';

const columns = ['id', 'dimension', 'kind', 'text', 'target_codes', ...agreedColumns] as const;
type Row = AgreedRow & { id: string; dimension: string; kind: string; text: string; target_codes: string[] };
function rowToChallenge(r: Row): Challenge {
	return { id: r.id, dimension: r.dimension as Dimension, kind: r.kind as ChallengeKind, text: r.text, targetCodes: r.target_codes, ...rowToAgreed(r) };
}

export type ChallengeInput = { dimension: Dimension; kind: ChallengeKind; text: string; targetCodes: string[] };
const values = (c: ChallengeInput) => ({ dimension: c.dimension, kind: c.kind, text: c.text, target_codes: c.targetCodes });

export async function listChallenges(db: Db, s: Scope): Promise<Challenge[]> {
	const rows = await db
		.selectFrom('mapping_challenge')
		.select(columns)
		.where(inScope(s))
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return rows.map(rowToChallenge);
}

export async function findChallenge(db: Db, s: Scope, id: string): Promise<Challenge | null> {
	const row = await db
		.selectFrom('mapping_challenge')
		.select(columns)
		.where(inScope(s))
		.where('id', '=', id)
		.executeTakeFirst();
	return row ? rowToChallenge(row) : null;
}

export async function insertChallenge(db: Db, s: Scope, c: ChallengeInput, agreedBy: string): Promise<Challenge> {
	const row = await db
		.insertInto('mapping_challenge')
		.values({ ...scopeColumns(s), ...values(c), agreed_by: agreedBy })
		.returning(columns)
		.executeTakeFirstOrThrow();
	return rowToChallenge(row);
}

export async function updateChallenge(db: Db, s: Scope, id: string, version: number, c: ChallengeInput, agreedBy: string): Promise<boolean> {
	const r = await db
		.updateTable('mapping_challenge')
		.set((eb) => ({ ...values(c), ...agreedNow(eb, agreedBy) }))
		.where(inScope(s))
		.where('id', '=', id)
		.where('version', '=', version)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) === 1;
}

export async function deleteChallenge(db: Db, s: Scope, id: string): Promise<number> {
	const r = await db
		.deleteFrom('mapping_challenge')
		.where(inScope(s))
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}
