// `npm run bench:analysis [-- --json] [--runs 20]`: the council's analysis of a large municipality, end to
// end for one cycle. Server PostgreSQL when DATABASE_URL is set, otherwise an in-memory PGlite; either is
// migrated with the app's migrations and filled by the seeded generator (bench/lib/analysis-generator.ts).
// After 3 warm-up runs, medians of N runs of: sqlMs (the loader's compiled SQL sent raw through the driver,
// side by side as the loader sends it, rows fetched but not mapped), loadMs (loadAnalysisInput), computeMs
// (analyse), wholeMs (load + analyse as one call), ratio = wholeMs ÷ sqlMs. Figures are printed, never
// asserted; garbage is collected before each timed step; progress goes to stderr, and with --json the last stdout line is the figures as JSON.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Kysely, PostgresDialect, sql, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { analyse } from '#lib/analysis/engine/index.js';
import type { Database } from '#lib/server/db/schema.js';
import type { Db } from '#lib/server/db/index.js';
import { PgliteWorker } from '#lib/server/db/pglite-worker.js';
import { PgliteWorkerDialect } from '#lib/server/db/pglite-worker-dialect.js';
import { migrateToLatest, migrationsFromModules } from '#lib/server/db/migrate.js';
import { analysisQueries, loadAnalysisInput } from '#lib/server/repositories/analysis.repository.js';
import { getAnalysis } from '#lib/server/services/analysis.service.js';
import { generateMunicipality } from './lib/analysis-generator.js';

const root = path.resolve(import.meta.dirname, '..');
const asJson = process.argv.includes('--json');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(1, Math.min(500, Number(process.argv[runsAt + 1]) || 20)) : 20;
const WARMUP = 3;
const databaseUrl = process.env.DATABASE_URL || undefined;
const kind: 'postgres' | 'pglite' = databaseUrl ? 'postgres' : 'pglite';
const log = (s: string) => console.error(`bench:analysis: ${s}`);

// ---- the database -----------------------------------------------------------------------------------------
// Timestamps and bigints as the app reads them (src/lib/server/db/index.ts).
pg.types.setTypeParser(20, (v) => Number(v));
let db: Db;
let raw: (q: CompiledQuery) => Promise<unknown[]>;
let close: () => Promise<void>;
if (databaseUrl) {
	const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
	db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
	raw = async (q) => (await pool.query({ text: q.sql, values: q.parameters as unknown[] })).rows;
	close = () => db.destroy();
} else {
	// As the app runs it: PGlite in its worker thread (src/lib/server/db/pglite-worker.ts).
	const pglite = await PgliteWorker.start();
	db = new Kysely<Database>({ dialect: new PgliteWorkerDialect(pglite) });
	raw = async (q) => (await pglite.query(q.sql, q.parameters)).rows;
	close = () => db.destroy();
}

const migrationsDir = path.join(root, 'migrations');
const modules: Record<string, unknown> = {};
for (const f of fs.readdirSync(migrationsDir).filter((f) => f.endsWith('.ts')).sort()) modules[f] = await import(pathToFileURL(path.join(migrationsDir, f)).href);
await migrateToLatest(db, migrationsFromModules(modules));
log(kind === 'postgres' ? 'server PostgreSQL, migrated' : 'in-memory PGlite, migrated');

// ---- the municipality ---------------------------------------------------------------------------------------
let t0 = performance.now();
const town = await generateMunicipality(db, 2030, log);
await sql`analyze`.execute(db);
log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(town.counts)}`);
const org = town.organisationId;
const cycle = town.cycleIds[0]!;

// A läsare of the municipality, for the service call the council view makes.
const reader = await db
	.insertInto('app_user')
	.values({ email: `lasare-${org}@bench.example.se`, display_name: 'Läsare', password_hash: null })
	.returning('id')
	.executeTakeFirstOrThrow();
await db.insertInto('membership').values({ organisation_id: org, user_id: reader.id, role: 'läsare' }).execute();
const ctx = { db, actor: { userId: reader.id, isAdmin: false } };

// ---- the measurements -----------------------------------------------------------------------------------------
const queries = Object.values(analysisQueries(db, org, cycle));
const measures = {
	sqlMs: async () => {
		const results = await Promise.all(queries.map((q) => raw(q)));
		return results.reduce((n, rows) => n + rows.length, 0);
	},
	loadMs: async () => {
		const input = await loadAnalysisInput(db, org, cycle);
		return input.relevance.length + input.contributions.length;
	},
	computeMs: async () => Object.keys(analyse(await cachedInput())).length,
	wholeMs: async () => Object.keys(analyse(await loadAnalysisInput(db, org, cycle))).length,
	// Not in the JSON line: the council view's whole service call, which also analyses the cycle before
	// (loaded side by side) and compares the two.
	serviceMs: async () => (await getAnalysis(ctx, org, cycle)).result.gaps.length
};
type Figure = keyof typeof measures;
let input: Awaited<ReturnType<typeof loadAnalysisInput>> | null = null;
async function cachedInput() {
	return (input ??= await loadAnalysisInput(db, org, cycle));
}
await cachedInput();
const inputSize = {
	units: input!.units.length,
	relevance: input!.relevance.length,
	activities: input!.activities.length,
	contributions: input!.contributions.length,
	interactions: input!.interactions.length
};
log(`the analysed cycle: ${JSON.stringify(inputSize)}`);

// Garbage is collected before each timed step, so no step pays for the garbage the one before it left
// (one analysis of this municipality allocates several hundred MB).
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const samples: Record<Figure, number[]> = { sqlMs: [], loadMs: [], computeMs: [], wholeMs: [], serviceMs: [] };
t0 = performance.now();
for (let i = 0; i < WARMUP + runs; i++) {
	// Round-robin, so a slow moment of the machine falls on every figure alike.
	for (const name of Object.keys(measures) as Figure[]) {
		gc();
		const start = performance.now();
		await measures[name]();
		const ms = performance.now() - start;
		if (i >= WARMUP) samples[name].push(ms);
	}
	if (i === WARMUP - 1) log(`warmed up; measuring ${runs} runs …`);
}
log(`measured in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
await close();

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;
const figures = {
	db: kind,
	runs,
	sqlMs: round(median(samples.sqlMs)),
	loadMs: round(median(samples.loadMs)),
	computeMs: round(median(samples.computeMs)),
	wholeMs: round(median(samples.wholeMs)),
	ratio: Math.round((median(samples.wholeMs) / median(samples.sqlMs)) * 100) / 100
};

const min = (xs: number[]) => round(Math.min(...xs));
const max = (xs: number[]) => round(Math.max(...xs));
const rows: Array<[string, string]> = [
	['database', kind === 'postgres' ? 'server PostgreSQL' : 'PGlite (in memory)'],
	['machine', `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`],
	['analysed cycle', `${inputSize.units} units, ${inputSize.relevance} relevance, ${inputSize.activities} activities, ${inputSize.contributions} contributions, ${inputSize.interactions} interactions`],
	['whole database', `${town.cycleIds.length} cycles, ${town.counts.relevance + town.counts.activities + town.counts.contributions + town.counts.interactions} mapping rows`],
	['runs', `${runs} after ${WARMUP} warm-up`],
	...(Object.keys(samples) as Figure[]).map((k): [string, string] => [
		k,
		`${round(median(samples[k]))} ms median (min ${min(samples[k])}, max ${max(samples[k])})${k === 'serviceMs' ? ' — getAnalysis: this cycle and the one before, analysed and compared; not in --json' : ''}`
	]),
	['ratio wholeMs ÷ sqlMs', `${figures.ratio} (goal ≤ 2)`],
	['goal wholeMs ≤ 250 ms', kind === 'postgres' ? (figures.wholeMs <= 250 ? 'met' : 'not met') : 'set for server PostgreSQL']
];
const w = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
if (asJson) console.log(JSON.stringify(figures));
