// `npm run bench:workshop -- --participants 300 --seconds 60 [--json]`: a live workshop under load.
// Builds the app when the build is missing or stale, starts it (embedded database in a temp DATA_DIR with
// the demo loaded; server PostgreSQL when DATABASE_URL is set), server log to a file, and runs the load
// process (bench/workshop-load.ts) against it on loopback. Lost/duplicated are counted in the database
// after the server has stopped. Figures are printed, never asserted.
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { percentile, request, sleep } from './workshop-http.js';
import type { LoadConfig, LoadResult } from './workshop-load.js';

const root = path.resolve(import.meta.dirname, '..');
const STEPS = ['intro', 'goals', 'targets', 'activities', 'challenges', 'documents', 'summary'];
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

function arg(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
	if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number`);
	return v;
}
const participants = Math.min(2000, Math.round(arg('participants', 300)));
const seconds = Math.min(600, Math.round(arg('seconds', 60)));
const asJson = process.argv.includes('--json');
const floorSeconds = Math.min(seconds, 10);
const databaseUrl = process.env.DATABASE_URL || undefined;
const mode: 'postgres' | 'pglite' = databaseUrl ? 'postgres' : 'pglite';
const log = (s: string) => console.error(`bench:workshop: ${s}`);

// ---- build if needed (the same rule as `npm start`) -----------------------------------------------------
function newest(p: string): number {
	const st = fs.statSync(p);
	if (!st.isDirectory()) return st.mtimeMs;
	let max = st.mtimeMs;
	for (const entry of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, entry)));
	return max;
}
const built = path.join(root, 'build', 'handler.js');
const sources = ['src', 'migrations', 'static', 'package.json', 'vite.config.ts'].map((p) => path.join(root, p));
if (!fs.existsSync(built) || sources.some((p) => fs.existsSync(p) && newest(p) > fs.statSync(built).mtimeMs)) {
	log('building the app (vite build) …');
	const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 2, 2] });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

// ---- the server -------------------------------------------------------------------------------------------
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as net.AddressInfo;
			srv.close(() => resolve(port));
		});
	});
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'malkarta-bench-'));
const dataDir = path.join(work, 'data');
const logFile = path.join(work, 'server.log');
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), DEMO: mode === 'pglite' ? '1' : '0' };
delete env.DATA_DIR;
delete env.TRUST_PROXY;
if (mode === 'pglite') env.DATA_DIR = dataDir;
const logFd = fs.openSync(logFile, 'a');
const server = spawn(process.execPath, [path.join(root, 'scripts', 'serve.js')], { cwd: root, env, stdio: ['ignore', logFd, logFd] });
const children: ChildProcess[] = [server];
let serverExited = false;
const serverExit = new Promise<void>((resolve) => server.once('exit', () => ((serverExited = true), resolve())));
process.once('exit', () => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')));
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => process.exit(130));
log(`${mode === 'postgres' ? 'server PostgreSQL' : `embedded database in ${dataDir}`}; server log ${logFile}`);

const startedAt = Date.now();
for (;;) {
	if (serverExited) throw new Error(`the server exited during start:\n${fs.readFileSync(logFile, 'utf8')}`);
	if (Date.now() - startedAt > 180_000) throw new Error('the server did not answer within 3 minutes');
	const r = await request(`${base}/`, { timeoutMs: 2000 }).catch(() => null);
	if (r) break;
	await sleep(250);
}

// ---- an organisation, a facilitator and an open workshop ----------------------------------------------------
const cookieOf = (headers: Record<string, string | string[] | undefined>, name: string) =>
	([headers['set-cookie'] ?? []].flat() as string[]).map((c) => c.split(';')[0]!).find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1);

let orgId: string;
let sessionCookie: string;
let workshopId: string;
if (mode === 'pglite') {
	// The demo's processledare, whose password the server printed; everything else through the pages.
	let login: { email: string; password: string } | undefined;
	for (let i = 0; i < 200 && !login; i++) {
		for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
			const m = /^\s+processledare\s+(\S+@\S+)\s+(\S+)/.exec(line);
			if (m) login = { email: m[1]!, password: m[2]! };
		}
		if (!login) await sleep(100);
	}
	if (!login) throw new Error('no processledare login in the server log (DEMO=1)');
	const form = { origin: base, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' };
	const r = await request(`${base}/logga-in`, { method: 'POST', headers: form, body: new URLSearchParams(login).toString() });
	const session = cookieOf(r.headers, 'malkarta_session');
	if (r.status !== 303 || !session) throw new Error(`sign-in answered ${r.status}`);
	sessionCookie = session;
	const home = await request(`${base}${r.headers.location ?? '/'}`, { headers: { cookie: sessionCookie, accept: 'text/html' } });
	const org = new RegExp(`/org/(${UUID})`).exec(`${home.headers.location ?? ''} ${home.body}`);
	if (!org) throw new Error('the processledare has no organisation');
	orgId = org[1]!;
	const page = await request(`${base}/org/${orgId}/workshop`, { headers: { cookie: sessionCookie, accept: 'text/html' } });
	const cycleId = new RegExp(`<option[^>]*value="(${UUID})"`).exec(page.body)?.[1];
	const unitId = new RegExp(`name="units"[^>]*value="(${UUID})"|value="(${UUID})"[^>]*name="units"`).exec(page.body);
	if (!cycleId || !unitId) throw new Error('the workshop page offers no cycle or unit');
	const body = new URLSearchParams({ name: 'Lasttest', cycleId, units: (unitId[1] ?? unitId[2])! });
	for (const s of STEPS) body.append('steps', s);
	const created = await request(`${base}/org/${orgId}/workshop?/create`, { method: 'POST', headers: { ...form, cookie: sessionCookie }, body: body.toString() });
	const wid = new RegExp(`/workshop/(${UUID})`).exec(created.headers.location ?? '')?.[1];
	if (created.status !== 303 || !wid) throw new Error(`creating the workshop answered ${created.status}`);
	const opened = await request(`${base}/org/${orgId}/workshop/${wid}?/status`, { method: 'POST', headers: { ...form, cookie: sessionCookie }, body: 'status=open' });
	if (opened.status !== 200 && opened.status !== 303) throw new Error(`opening the workshop answered ${opened.status}`);
	workshopId = wid;
} else {
	// Server PostgreSQL starts empty: the organisation, its processledare and the workshop are made with the
	// app's own repositories and services on the database the server has just migrated.
	const { Kysely, PostgresDialect } = await import('kysely');
	const pg = (await import('pg')).default;
	const { makeOrganisation, ctxOf } = await import('../tests/helpers/fixtures.js');
	const { createCycle } = await import('#lib/server/services/cycle.service.js');
	const { changeWorkshop, createWorkshop } = await import('#lib/server/services/workshop.service.js');
	const { createSession, generateSessionToken } = await import('#lib/server/auth/session.js');
	type Database = import('#lib/server/db/schema.js').Database;
	const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 2 }) }) });
	const f = await makeOrganisation(db, `Bench${Date.now()}`);
	const lead = ctxOf(db, f.processledare);
	const cycleId = (await createCycle(ctxOf(db, f.samordnare), f.organisation.id, { name: 'Lasttest', year: 2026, copy: false })).id;
	const w = await createWorkshop(lead, f.organisation.id, { name: 'Lasttest', cycleId, unitIds: [f.units.sn.id], steps: STEPS as never });
	await changeWorkshop(lead, f.organisation.id, w.id, { type: 'status', status: 'open' });
	const token = generateSessionToken();
	await createSession(db, token, f.processledare.id);
	await db.destroy();
	orgId = f.organisation.id;
	sessionCookie = `malkarta_session=${token}`;
	workshopId = w.id;
}
const consolePage = await request(`${base}/org/${orgId}/workshop/${workshopId}`, { headers: { cookie: sessionCookie, accept: 'text/html' } });
const joinCode = /kod=([A-Za-z0-9-]+)/.exec(consolePage.body)?.[1];
if (!joinCode) throw new Error(`no join code on the console (status ${consolePage.status})`);
log(`workshop ${workshopId}, code ${joinCode}; ${participants} participants for ${seconds} s`);

// ---- the floor's bare server and the load process -----------------------------------------------------------
const floor = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'workshop-floor.ts')], {
	cwd: root,
	env: { ...process.env, FLOOR_DB: mode, FLOOR_DIR: path.join(work, 'floor-b'), FLOOR_MAX_S: String(seconds + 600) },
	stdio: ['ignore', 'pipe', 'inherit']
});
children.push(floor);
const floorUrl = await new Promise<string>((resolve, reject) => {
	let out = '';
	floor.stdout!.on('data', (c: Buffer) => {
		out += c.toString();
		const m = /floor listening (\d+)/.exec(out);
		if (m) resolve(`http://127.0.0.1:${m[1]}`);
	});
	floor.once('exit', () => reject(new Error('the floor server exited')));
});

const cfg: LoadConfig = {
	base,
	orgId,
	workshopId,
	joinCode,
	sessionCookie,
	participants,
	seconds,
	floorSeconds,
	floorUrl,
	db: mode,
	databaseUrl,
	floorDir: path.join(work, 'floor-a'),
	stepCount: STEPS.length,
	idsFile: path.join(work, 'ids.json'),
	resultFile: path.join(work, 'result.json')
};

const ticks = () => {
	const stat = fs.readFileSync(`/proc/${server.pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return Number(fields[11]) + Number(fields[12]); // utime + stime
};
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;
const peakRssMb = () => Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

// Other work on the machine changes every figure: the 1-minute load average is printed with them.
const loadAvg: number[] = [];
let cpu0 = 0;
let t0 = 0;
let serverCpuPct = NaN;
const load = fork(path.join(root, 'bench', 'workshop-load.ts'), [], {
	cwd: root,
	execArgv: ['--import', 'tsx'],
	env: { ...process.env, BENCH_LOAD: JSON.stringify(cfg) },
	stdio: ['ignore', 'inherit', 'inherit', 'ipc']
});
children.push(load);
const hardStop = setTimeout(() => load.kill('SIGKILL'), (seconds + floorSeconds * 3 + 300) * 1000);
const result = await new Promise<LoadResult>((resolve, reject) => {
	load.on('message', (m: { phase: string }) => {
		if (m.phase === 'load-start') {
			cpu0 = ticks();
			loadAvg.push(os.loadavg()[0]!);
			t0 = performance.now();
		} else if (m.phase === 'load-end') {
			loadAvg.push(os.loadavg()[0]!);
			serverCpuPct = ((ticks() - cpu0) / CLK_TCK / ((performance.now() - t0) / 1000)) * 100;
		} else if (m.phase === 'done') resolve(JSON.parse(fs.readFileSync(cfg.resultFile, 'utf8')) as LoadResult);
	});
	load.once('exit', (code) => reject(new Error(`the load process exited with ${code} before reporting`)));
});
clearTimeout(hardStop);
const serverPeakRssMb = peakRssMb();
floor.kill('SIGTERM');

// ---- stop the server, then count what the database holds ---------------------------------------------------
server.kill('SIGTERM');
const killTimer = setTimeout(() => server.kill('SIGKILL'), 30_000);
await serverExit;
clearTimeout(killTimer);
const ids = JSON.parse(fs.readFileSync(cfg.idsFile, 'utf8')) as { sent: string[]; acked: string[] };
const rows = new Map<string, number>();
const countSql = 'select id::text as id, count(*)::int as n from mapping_input where workshop_id = $1 group by id';
if (mode === 'postgres') {
	const pg = (await import('pg')).default;
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	for (const r of (await client.query<{ id: string; n: number }>(countSql, [workshopId])).rows) rows.set(r.id, r.n);
	await client.query('drop table if exists bench_floor_a, bench_floor_b');
	await client.end();
} else {
	const { PGlite } = await import('@electric-sql/pglite');
	const db = await PGlite.create(path.join(dataDir, 'pgdata'));
	for (const r of (await db.query<{ id: string; n: number }>(countSql, [workshopId])).rows) rows.set(r.id, r.n);
	await db.close();
}
const sentIds = new Set(ids.sent);
const stored = ids.sent.filter((id) => rows.has(id)).length;
const lost = ids.acked.filter((id) => !rows.has(id)).length + (ids.sent.length - ids.acked.length);
let duplicated = 0;
for (const [id, n] of rows) if (sentIds.has(id)) duplicated += n - 1;

const round = (v: number) => (Number.isFinite(v) ? Math.round(v * 10) / 10 : null);
const p95Ack = percentile(result.ackMs, 95);
const floorHttpP95 = percentile(result.floorHttpMs, 95);
const figures = {
	db: mode,
	participants,
	seconds,
	sent: result.sent,
	acked: result.acked,
	stored,
	lost,
	duplicated,
	p50AckMs: round(percentile(result.ackMs, 50)),
	p95AckMs: round(p95Ack),
	p99AckMs: round(percentile(result.ackMs, 99)),
	p50FanoutMs: round(percentile(result.fanoutMs, 50)),
	p95FanoutMs: round(percentile(result.fanoutMs, 95)),
	p99FanoutMs: round(percentile(result.fanoutMs, 99)),
	p95StepFanoutMs: round(percentile(result.stepFanoutMs, 95)),
	floorInsertP95Ms: round(percentile(result.floorInsertMs, 95)),
	floorHttpP95Ms: round(floorHttpP95),
	floorSseP95Ms: round(percentile(result.floorSseMs, 95)),
	ackFloorRatio: round(p95Ack / floorHttpP95),
	serverCpuPct: round(serverCpuPct),
	serverPeakRssMb: round(serverPeakRssMb)
};

const dbName = mode === 'postgres' ? 'server PostgreSQL' : 'embedded (PGlite)';
const table: Array<[string, string]> = [
	['database', `${dbName}${mode === 'pglite' ? ' — floors (a)/(b) on PGlite in their own folders' : ''}`],
	['participants × seconds', `${participants} × ${seconds} (one input per participant per second, step change every 10 s)`],
	['sent / acked / stored', `${figures.sent} / ${figures.acked} / ${figures.stored}`],
	['lost / duplicated', `${figures.lost} / ${figures.duplicated}`],
	['ack p50 / p95 / p99', `${figures.p50AckMs} / ${figures.p95AckMs} / ${figures.p99AckMs} ms`],
	['input fan-out p50 / p95 / p99', `${figures.p50FanoutMs} / ${figures.p95FanoutMs} / ${figures.p99FanoutMs} ms (last of 5 projector streams; ${result.unseenInputs} never seen)`],
	['step fan-out p95', `${figures.p95StepFanoutMs} ms (last of ${participants} participant streams; ${result.stepFanoutMs.length} steps, ${result.unseenSteps} not seen by all)`],
	['floor (a) INSERT+notify p95', `${figures.floorInsertP95Ms} ms (${floorSeconds} s at the same rate)`],
	['floor (b) bare node:http p95', `${figures.floorHttpP95Ms} ms`],
	['floor (c) bare SSE hop p95', `${figures.floorSseP95Ms} ms`],
	['ackFloorRatio (app p95 ÷ (b) p95)', `${figures.ackFloorRatio}`],
	['server CPU / peak RSS', `${figures.serverCpuPct} % of one core / ${figures.serverPeakRssMb} MB`],
	['machine load average (1 min)', `${loadAvg.map((l) => l.toFixed(2)).join(' at the start, ')} at the end of the load phase (${os.cpus().length} cores)`],
	['errors seen by the load', Object.keys(result.errors).length ? JSON.stringify(result.errors) : 'none']
];
const w = Math.max(...table.map(([k]) => k.length));
for (const [k, v] of table) console.log(`${k.padEnd(w)}  ${v}`);
if (asJson) console.log(JSON.stringify(figures));
fs.rmSync(work, { recursive: true, force: true });
process.exit(0);
