// Small loopback HTTP helpers for the workshop benchmark: keep-alive requests and SSE readers on node:http
// (cheaper per request than fetch, so the load process takes less of the CPU the server needs).
import http from 'node:http';

export const agent = new http.Agent({ keepAlive: true, maxSockets: 1024 });

export interface Answer {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: string;
}

export function request(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {}): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers, agent }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
			res.on('error', reject);
		});
		req.setTimeout(opts.timeoutMs ?? 15_000, () => req.destroy(new Error('timeout')));
		req.on('error', reject);
		req.end(opts.body);
	});
}

export interface Stream {
	close(): void;
	opened: Promise<void>;
}

/** Opens an SSE stream; `onEvents` gets each message's events (a `data:` line holds a JSON array or object) with the time it arrived. */
export function openSse(url: string, headers: Record<string, string>, onEvents: (events: Array<Record<string, unknown>>, at: number) => void): Stream {
	let req: http.ClientRequest;
	const opened = new Promise<void>((resolve, reject) => {
		req = http.request(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
			if (res.statusCode !== 200) return reject(new Error(`SSE ${url} answered ${res.statusCode}`));
			resolve();
			res.setEncoding('utf8');
			let buffer = '';
			res.on('data', (chunk: string) => {
				const at = performance.now();
				buffer += chunk;
				let i: number;
				while ((i = buffer.indexOf('\n\n')) >= 0) {
					const message = buffer.slice(0, i);
					buffer = buffer.slice(i + 2);
					for (const line of message.split('\n')) {
						if (!line.startsWith('data:')) continue;
						const parsed = JSON.parse(line.slice(5).trim()) as unknown;
						onEvents((Array.isArray(parsed) ? parsed : [parsed]) as Array<Record<string, unknown>>, at);
					}
				}
			});
			res.on('error', () => {});
		});
		req.on('error', reject);
		req.end();
	});
	return { opened, close: () => req.destroy() };
}

export function percentile(values: number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[i]!;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
