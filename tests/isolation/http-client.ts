// A minimal cookie-keeping HTTP client for tests that talk to the running app as a signed-in person
// would with JavaScript off: plain GETs and form POSTs from the app's own origin; and the demo app the
// isolation tests start, signed in as the two demo municipalities' samordnare.
import { expect } from 'vitest';
import { startApp, type RunningApp } from '../helpers/app.js';

export class Client {
	private cookies = new Map<string, string>();
	constructor(readonly base: string) {}

	private remember(res: Response) {
		for (const c of res.headers.getSetCookie()) {
			const [pair] = c.split(';');
			const i = pair!.indexOf('=');
			const name = pair!.slice(0, i).trim();
			const value = pair!.slice(i + 1);
			if (/expires=Thu, 01 Jan 1970/i.test(c) || /max-age=0/i.test(c) || value === '') this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
	}

	private headers(extra: Record<string, string> = {}) {
		const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
		return { accept: 'text/html', ...(cookie ? { cookie } : {}), ...extra };
	}

	async get(path: string): Promise<{ status: number; body: string; location: string | null }> {
		const res = await fetch(this.base + path, { headers: this.headers(), redirect: 'manual' });
		this.remember(res);
		return { status: res.status, body: await res.text(), location: res.headers.get('location') };
	}

	async post(path: string, fields: Record<string, string | string[]>, origin = this.base, extraHeaders: Record<string, string> = {}) {
		const body = new URLSearchParams();
		for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
		const res = await fetch(this.base + path, {
			method: 'POST',
			headers: this.headers({ origin, 'content-type': 'application/x-www-form-urlencoded', ...extraHeaders }),
			body,
			redirect: 'manual'
		});
		this.remember(res);
		return { status: res.status, body: await res.text(), location: res.headers.get('location') };
	}

	async login(email: string, password: string): Promise<void> {
		const r = await this.post('/logga-in', { email, password });
		if (r.status !== 303) throw new Error(`Sign-in as ${email} failed with ${r.status}`);
	}
}

export interface DemoLogin {
	role: string;
	email: string;
	password: string;
	organisation: string | null;
}

/** Reads the demo logins the server prints at start. */
export function parseDemoLogins(output: string): DemoLogin[] {
	const out: DemoLogin[] = [];
	for (const line of output.split('\n')) {
		const m = /^\s+(\S+)\s+(\S+@\S+)\s+(\S+)(?:\s+\((.+)\))?\s*$/.exec(line);
		if (m) out.push({ role: m[1]!, email: m[2]!, password: m[3]!, organisation: m[4] ?? null });
	}
	return out;
}

/** The demo login of a role in an organisation, from what the server printed at start; an error when there is none. */
export function demoLogin(output: string, role: string, organisation: string): DemoLogin {
	const l = parseDemoLogins(output).find((x) => x.role === role && x.organisation === organisation);
	if (!l) throw new Error(`no demo login for ${role} in ${organisation}`);
	return l;
}

/**
 * That a request was refused with `status`: the response's own status, or — for a page's data request
 * (`__data.json`), which answers 200 — the status of the error node inside it.
 */
export function expectStatus(res: { status: number; body: string }, path: string, status: number): void {
	if (path.endsWith('__data.json')) {
		const nodes = (JSON.parse(res.body) as { nodes: Array<{ type: string; error?: { status: number } } | null> }).nodes;
		expect(nodes.filter((n) => n?.type === 'error').map((n) => n!.error!.status)).toContain(status);
	} else {
		expect(res.status).toBe(status);
	}
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** All distinct ids found in `name="<field>" value="<uuid>"` pairs of a page (hidden inputs of its forms). */
export function idsOfField(html: string, field: string): string[] {
	const ids = new Set<string>();
	const re = new RegExp(`name="${field}"[^>]*value="(${UUID})"|value="(${UUID})"[^>]*name="${field}"`, 'g');
	for (const m of html.matchAll(re)) ids.add((m[1] ?? m[2])!);
	return [...ids];
}

export function orgIdsIn(html: string): string[] {
	return [...new Set([...html.matchAll(new RegExp(`/org/(${UUID})`, 'g'))].map((m) => m[1]!))];
}

/** The running demo app: a client for any demo login, and Alingsås' (a) and Borlänge's (b) samordnare signed in, with their organisations' ids. */
export interface DemoApp {
	readonly app: RunningApp;
	clientAs(role: string, organisation: string): Promise<Client>;
	readonly a: Client;
	readonly b: Client;
	readonly orgA: string;
	readonly orgB: string;
}

/** Starts the app with its demo data and signs in both municipalities' samordnare; stops the app again if that fails. */
export async function startDemo(): Promise<DemoApp> {
	const app = await startApp({ demo: true });
	try {
		const clientAs = async (role: string, organisation: string) => {
			const l = demoLogin(app.output(), role, organisation);
			const c = new Client(app.url);
			await c.login(l.email, l.password);
			return c;
		};
		const a = await clientAs('samordnare', 'Alingsås');
		const b = await clientAs('samordnare', 'Borlänge');
		return { app, clientAs, a, b, orgA: orgIdsIn((await a.get('/')).body)[0]!, orgB: orgIdsIn((await b.get('/')).body)[0]! };
	} catch (e) {
		await app.stop();
		throw e;
	}
}
