// `npm run bench:report [-- --runs 5]`: the nulägesanalys of the analysis benchmark's large municipality
// exported end to end as the download does it (the report's source loaded, analysed and built, then the
// file written): DOCX and XLSX, medians of N runs after one warm-up. Server PostgreSQL when DATABASE_URL
// is set (run it with `PG_DURABLE=1 bash scripts/with-postgres.sh` for durable defaults), otherwise PGlite
// in its worker. Goal ≤ 3 s each; printed, never asserted. Progress on stderr.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '#lib/server/db/schema.js';
import type { Db } from '#lib/server/db/index.js';
import { PgliteWorker } from '#lib/server/db/pglite-worker.js';
import { PgliteWorkerDialect } from '#lib/server/db/pglite-worker-dialect.js';
import { migrateToLatest, migrationsFromModules } from '#lib/server/db/migrate.js';
import { reportFile } from '#lib/server/services/report-export.service.js';
import { getReport } from '#lib/server/services/report.service.js';
import { generateMunicipality } from './lib/analysis-generator.js';

const root = path.resolve(import.meta.dirname, '..');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(1, Math.min(50, Number(process.argv[runsAt + 1]) || 5)) : 5;
const databaseUrl = process.env.DATABASE_URL || undefined;
const log = (s: string) => console.error(`bench:report: ${s}`);

pg.types.setTypeParser(20, (v) => Number(v));
let db: Db;
if (databaseUrl) db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 10 }) }) });
else db = new Kysely<Database>({ dialect: new PgliteWorkerDialect(await PgliteWorker.start()) });

const dir = path.join(root, 'migrations');
const modules: Record<string, unknown> = {};
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) modules[f] = await import(pathToFileURL(path.join(dir, f)).href);
await migrateToLatest(db, migrationsFromModules(modules));

let t0 = performance.now();
const town = await generateMunicipality(db, 2030, log);
await sql`analyze`.execute(db);
log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(town.counts)}`);
const org = town.organisationId;
const cycle = town.cycleIds[0]!;
const user = await db.insertInto('app_user').values({ email: `samordnare-${org}@bench.example.se`, display_name: 'Samordnare', password_hash: null }).returning('id').executeTakeFirstOrThrow();
await db.insertInto('membership').values({ organisation_id: org, user_id: user.id, role: 'samordnare' }).execute();
const ctx = { db, actor: { userId: user.id, isAdmin: false } };

const samples: Record<'docx' | 'xlsx', number[]> = { docx: [], xlsx: [] };
// the two halves of each export: the report's model (load, analyse, build) and the file written from it
const phases: Record<'docx' | 'xlsx', { model: number[]; file: number[] }> = { docx: { model: [], file: [] }, xlsx: { model: [], file: [] } };
const sizes: Record<string, number> = {};
t0 = performance.now();
for (let i = 0; i <= runs; i++) {
	for (const format of ['docx', 'xlsx'] as const) {
		// exportReport's steps, timed apart: the access check and model, then the file
		const start = performance.now();
		const model = await getReport(ctx, org, cycle, 'sv');
		const built = performance.now();
		const file = await reportFile(model, format);
		const end = performance.now();
		sizes[format] = file.body.byteLength;
		if (i > 0) {
			samples[format].push(end - start);
			phases[format].model.push(built - start);
			phases[format].file.push(end - built);
		}
	}
	if (i === 0) log(`warmed up; measuring ${runs} runs …`);
}
log(`measured in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
await db.destroy();

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const rows: [string, string][] = [
	['database', databaseUrl ? 'server PostgreSQL' : 'PGlite (worker, in memory)'],
	['machine', `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`],
	['municipality', JSON.stringify(town.counts)],
	['runs', `${runs} after 1 warm-up`],
	...(['docx', 'xlsx'] as const).map((f): [string, string] => [
		f,
		`${Math.round(median(samples[f]))} ms median (min ${Math.round(Math.min(...samples[f]))}, max ${Math.round(Math.max(...samples[f]))}; model ${Math.round(median(phases[f].model))} + file ${Math.round(median(phases[f].file))}), ${(sizes[f]! / 1024).toFixed(0)} KiB — goal ≤ 3000 ms: ${median(samples[f]) <= 3000 ? 'met' : 'not met'}`
	])
];
const w = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
