// The floor's bare server (no framework, no session): POST /insert does the floor's INSERT + pg_notify and
// answers; GET /sse is a bare event stream; POST /hop writes its body's seq to every open stream at once.
// Loopback only; stops itself after FLOOR_MAX_S seconds or when its parent goes.
import http from 'node:http';
import { openFloorDb } from './workshop-floordb.js';

const kind = process.env.FLOOR_DB === 'postgres' ? 'postgres' : 'pglite';
const db = await openFloorDb(kind, kind === 'postgres' ? process.env.DATABASE_URL! : process.env.FLOOR_DIR!, 'bench_floor_b');
const streams = new Set<http.ServerResponse>();

function readBody(req: http.IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		let s = '';
		req.setEncoding('utf8');
		req.on('data', (c: string) => (s += c));
		req.on('end', () => resolve(s));
		req.on('error', reject);
	});
}

const server = http.createServer(async (req, res) => {
	try {
		if (req.method === 'GET' && req.url === '/sse') {
			res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
			res.write(': open\n\n');
			streams.add(res);
			req.on('close', () => streams.delete(res));
			return;
		}
		const body = await readBody(req);
		if (req.method === 'POST' && req.url === '/insert') {
			const input = JSON.parse(body) as { id: string };
			await db.insert(input.id, body);
			res.writeHead(200, { 'content-type': 'application/json' });
			return res.end(JSON.stringify({ id: input.id, stored: true }));
		}
		if (req.method === 'POST' && req.url === '/hop') {
			const { seq } = JSON.parse(body) as { seq: number };
			const message = `data: ${JSON.stringify([{ type: 'input', seq }])}\n\n`;
			for (const s of streams) s.write(message);
			res.writeHead(204);
			return res.end();
		}
		res.writeHead(404);
		res.end();
	} catch (e) {
		res.writeHead(500);
		res.end(String(e));
	}
});

server.listen(0, '127.0.0.1', () => {
	const { port } = server.address() as { port: number };
	console.log(`floor listening ${port}`);
});
const ppid = process.ppid;
setInterval(() => {
	if (process.ppid !== ppid) process.exit(0);
}, 500).unref();
setTimeout(() => process.exit(0), Number(process.env.FLOOR_MAX_S ?? 600) * 1000).unref();
process.on('SIGTERM', async () => {
	for (const s of streams) s.end();
	server.close();
	await db.close().catch(() => {});
	process.exit(0);
});
