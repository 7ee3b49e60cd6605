// The floor's database step: one raw `INSERT … ON CONFLICT DO NOTHING` + `pg_notify` per input, in one
// round trip, on `pg` (server PostgreSQL) or on PGlite in its own folder (embedded mode: the app's folder is
// locked by the running server).
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';

export interface FloorDb {
	insert(id: string, payload: string): Promise<void>;
	close(): Promise<void>;
}

const sql = (table: string) =>
	`with ins as (insert into ${table} (id, payload) values ($1, $2) on conflict (id) do nothing returning seq)
	 select pg_notify('${table}', coalesce((select seq from ins), 0)::text)`;

export async function openFloorDb(kind: 'postgres' | 'pglite', where: string, table: string): Promise<FloorDb> {
	const create = `create table if not exists ${table} (id uuid primary key, seq bigserial, payload jsonb not null, created_at timestamptz not null default now())`;
	if (kind === 'postgres') {
		const pool = new pg.Pool({ connectionString: where, max: 10 });
		await pool.query(create);
		const text = sql(table);
		return {
			insert: async (id, payload) => void (await pool.query(text, [id, payload])),
			close: () => pool.end()
		};
	}
	const db = await PGlite.create(where);
	await db.exec(create);
	const text = sql(table);
	return {
		insert: async (id, payload) => void (await db.query(text, [id, payload])),
		close: () => db.close()
	};
}
