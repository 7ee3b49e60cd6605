// Starts the built app. The app terminates plain http itself unless TRUST_PROXY=1 says a TLS proxy in
// front sets the forwarded headers. In plain-http mode this wrapper overwrites x-forwarded-proto with
// "http" on every request (whatever a client sent), so SvelteKit's same-origin check for form posts
// works at http://localhost and on a room's local network without loosening CSRF.
import http from 'node:http';
import process from 'node:process';

const trustProxy = ['1', 'true', 'yes'].includes((process.env.TRUST_PROXY ?? '').toLowerCase());
process.env.PROTOCOL_HEADER ||= 'x-forwarded-proto';
if (trustProxy) {
	process.env.HOST_HEADER ||= 'x-forwarded-host';
	process.env.ADDRESS_HEADER ||= 'x-forwarded-for';
}
process.env.NODE_ENV ||= 'production';
// adapter-node's default of 512 KB refuses a real Kolada file before the app sees it; the statistics page
// takes files up to 20 MB (MAX_KOLADA_FILE_BYTES) and answers a larger one with a Swedish message.
process.env.BODY_SIZE_LIMIT ||= '21M';

let handler;
try {
	({ handler } = await import('../build/handler.js'));
} catch (e) {
	// A refusal to start that names its reason (another process holds the data folder) is a message, not a crash.
	if (e && e.name === 'DataDirLockedError') {
		console.error(e.message);
		process.exit(1);
	}
	throw e;
}

const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT || 3000);

const server = http.createServer((req, res) => {
	if (!trustProxy) {
		req.headers['x-forwarded-proto'] = 'http';
		delete req.headers['x-forwarded-host'];
		delete req.headers['x-forwarded-for'];
	} else {
		// A request that reached us without passing the proxy (a health check on the instance itself) has no
		// forwarded headers; adapter-node would answer it 500. The socket is what it came from.
		req.headers['x-forwarded-for'] ||= req.socket.remoteAddress ?? '0.0.0.0';
		req.headers['x-forwarded-proto'] ||= 'http';
		req.headers['x-forwarded-host'] ||= req.headers.host ?? 'localhost';
	}
	handler(req, res, () => {
		res.statusCode = 404;
		res.end();
	});
});

server.listen(port, host, () => {
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	console.error(`Målkarta lyssnar på http://${shown}:${port}${trustProxy ? ' (bakom proxy)' : ''}`);
});

let stopping = false;
function shutdown(signal) {
	if (stopping) return;
	stopping = true;
	console.error(`${signal}: stänger Målkarta`);
	// Never hang on a stuck stream or database: exit within 2 s whatever happens.
	setTimeout(() => process.exit(0), 1800).unref();
	// The app has closed its streams and the database: nothing left worth waiting for.
	process.once('malkarta:stopped', () => {
		server.closeAllConnections();
		process.exit(0);
	});
	server.close();
	server.closeIdleConnections();
	// Live streams (SSE) never become idle by themselves; the app closes them on shutdown.
	process.emit('sveltekit:shutdown', signal);
	setTimeout(() => server.closeAllConnections(), 200).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
