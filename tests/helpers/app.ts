// Runs the BUILT app (`node scripts/serve.js`) as a child process for process and browser tests: a free
// port, a fresh temp data folder (or a given DATABASE_URL), its log captured so tests can read lines the
// server prints (a setup code, a reset link), stopped with SIGTERM or killed with SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface AppOptions {
	/** Embedded data folder; a fresh temp folder (removed by stop()) when neither this nor databaseUrl is given. */
	dataDir?: string;
	/** Server PostgreSQL instead of the embedded database. */
	databaseUrl?: string;
	/** Load the demo municipality into a new data folder (DEMO); off unless asked for, to keep starts fast. */
	demo?: boolean;
	/** Address to bind (HOST); 127.0.0.1 unless given. */
	host?: string;
	port?: number;
	/** Extra environment; a value of undefined removes the variable. */
	env?: Record<string, string | undefined>;
	/** How long to wait for the first answer to GET /. */
	startTimeoutMs?: number;
}

export interface Exit {
	code: number | null;
	signal: NodeJS.Signals | null;
}

export interface RunningApp {
	/** http://<host>:<port>, with 127.0.0.1 for a wildcard bind (the address tests use unless they choose another). */
	url: string;
	port: number;
	host: string;
	dataDir: string | null;
	pid: number;
	child: ChildProcess;
	/** Everything the server printed so far (stdout and stderr, interleaved as received). */
	output(): string;
	lines(): string[];
	/** Resolves with the first printed line matching `pattern` (already printed or yet to come). */
	waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
	/** Resolves when the process has exited. */
	exited: Promise<Exit>;
	/** SIGTERM, then waits for the exit (SIGKILL after `timeoutMs`); returns the exit and how long it took. */
	stop(timeoutMs?: number): Promise<Exit & { ms: number }>;
	/** SIGKILL, no clean-up by the app (the data folder and its lock stay behind). */
	kill(): Promise<Exit>;
}

// Loaded into the server before it starts: when the test worker dies without cleaning up (a timeout, a
// killed run), the server notices it was orphaned and stops itself with SIGTERM instead of living on.
const orphanGuard = `data:text/javascript,${encodeURIComponent(
	`const p = process.ppid; setInterval(() => { if (process.ppid !== p) process.kill(process.pid, 'SIGTERM'); }, 500).unref();`
)}`;

const live = new Set<ChildProcess>();
process.once('exit', () => {
	for (const child of live) child.kill('SIGKILL');
});

export function freePort(host = '127.0.0.1'): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, host, () => {
			const { port } = srv.address() as net.AddressInfo;
			srv.close(() => resolve(port));
		});
	});
}

export function tempDataDir(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'malkarta-data-'));
}

export function removeDir(dir: string | null | undefined): void {
	if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

function urlHost(host: string): string {
	if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
	return host.includes(':') ? `[${host}]` : host;
}

/** Fails early with a clear message when the app has not been built (`npm run build`). */
export function assertBuilt(): void {
	if (!fs.existsSync(path.join(root, 'build', 'handler.js'))) {
		throw new Error('The app is not built: run `npm run build` (scripts/test.sh does it) before the browser tests.');
	}
}

/** Starts the server process without waiting for it to answer (e.g. to watch it refuse to start). */
export async function spawnApp(opts: AppOptions = {}): Promise<RunningApp> {
	assertBuilt();
	const host = opts.host ?? '127.0.0.1';
	const port = opts.port ?? (await freePort());
	const ownDir = !opts.dataDir && !opts.databaseUrl;
	const dataDir = opts.databaseUrl ? null : (opts.dataDir ?? tempDataDir());

	const env: Record<string, string | undefined> = { ...process.env };
	// The parent is a vitest worker: do not leak its test-mode settings or a database into the app.
	delete env.DATABASE_URL;
	delete env.DATA_DIR;
	delete env.TRUST_PROXY;
	delete env.PROTOCOL_HEADER;
	delete env.HOST_HEADER;
	delete env.ADDRESS_HEADER;
	Object.assign(env, {
		NODE_ENV: 'production',
		HOST: host,
		PORT: String(port),
		DEMO: opts.demo ? '1' : '0',
		...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : { DATA_DIR: dataDir! }),
		...opts.env
	});
	for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];

	const child = spawn(process.execPath, ['--import', orphanGuard, path.join(root, 'scripts', 'serve.js')], {
		cwd: root,
		env: env as NodeJS.ProcessEnv,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	live.add(child);

	let out = '';
	const watchers = new Set<() => void>();
	const onData = (chunk: Buffer) => {
		out += chunk.toString('utf8');
		for (const w of watchers) w();
	};
	child.stdout!.on('data', onData);
	child.stderr!.on('data', onData);
	if (process.env.APP_LOG) {
		child.stdout!.pipe(process.stderr);
		child.stderr!.pipe(process.stderr);
	}

	let exitInfo: Exit | null = null;
	const exited = new Promise<Exit>((resolve) => {
		child.once('exit', (code, signal) => {
			live.delete(child);
			exitInfo = { code, signal };
			for (const w of watchers) w();
			resolve(exitInfo);
		});
	});

	const lines = () => out.split('\n').filter((l) => l.length > 0);

	const app: RunningApp = {
		url: `http://${urlHost(host)}:${port}`,
		port,
		host,
		dataDir,
		pid: child.pid!,
		child,
		output: () => out,
		lines,
		exited,
		waitForLine(pattern, timeoutMs = 10_000) {
			return new Promise((resolve, reject) => {
				const check = () => {
					const hit = lines().find((l) => pattern.test(l));
					if (hit !== undefined) return finish(() => resolve(hit));
					if (exitInfo) finish(() => reject(new Error(`Server exited before printing ${pattern}:\n${out}`)));
				};
				const timer = setTimeout(
					() => finish(() => reject(new Error(`No line matching ${pattern} within ${timeoutMs} ms:\n${out}`))),
					timeoutMs
				);
				const finish = (fn: () => void) => {
					clearTimeout(timer);
					watchers.delete(check);
					fn();
				};
				watchers.add(check);
				check();
			});
		},
		async stop(timeoutMs = 10_000) {
			const started = Date.now();
			if (!exitInfo) {
				child.kill('SIGTERM');
				const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
				await exited;
				clearTimeout(timer);
			}
			const ms = Date.now() - started;
			if (ownDir) removeDir(dataDir);
			return { ...(await exited), ms };
		},
		async kill() {
			if (!exitInfo) child.kill('SIGKILL');
			return exited;
		}
	};
	return app;
}

/** Waits until GET / answers (any status); rejects with the server's log if it exits or takes too long. */
export async function waitUntilServing(app: RunningApp, timeoutMs = 60_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	let dead = false;
	void app.exited.then(() => (dead = true));
	while (Date.now() < deadline) {
		if (dead) throw new Error(`The server exited before answering:\n${app.output()}`);
		try {
			const res = await fetch(app.url + '/', { signal: AbortSignal.timeout(5_000), redirect: 'manual' });
			await res.arrayBuffer();
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error(`The server did not answer GET / within ${timeoutMs} ms:\n${app.output()}`);
}

/** Starts the built app and waits until it serves. */
export async function startApp(opts: AppOptions = {}): Promise<RunningApp> {
	const app = await spawnApp(opts);
	try {
		await waitUntilServing(app, opts.startTimeoutMs);
	} catch (e) {
		await app.kill();
		if (!opts.dataDir && !opts.databaseUrl) removeDir(app.dataDir);
		throw e;
	}
	return app;
}

/** The machine's first non-loopback IPv4 address, or 127.0.0.2 when it has none. */
export function lanAddress(): string {
	for (const list of Object.values(os.networkInterfaces())) {
		for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
	}
	return '127.0.0.2';
}
