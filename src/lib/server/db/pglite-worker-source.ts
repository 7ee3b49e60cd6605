// The program of the embedded database's worker thread (see pglite-worker.ts), as source text.
//
// Why a string: the worker must run the same way under the built server (Vite bundles src into chunks, so
// no worker file sits beside it), under Vitest and under tsx (CLI, benchmarks). A worker started from
// source (`eval: true`) needs no file of its own, and no transform can touch what is inside a string. It
// is plain CommonJS and loads PGlite from the path the main thread resolved. Every database test on
// PGlite goes through it, and pglite-worker.spec.ts tests it directly.
//
// Messages in: { id, op: 'query', sql, params, tx? } | { id, op: 'begin' | 'commit' | 'rollback', tx }
// | { id, op: 'close' } (the main thread ends the thread after it). Out: { ready: true } or { startError }
// once, then { id, result, long } | { id, error }, `long` holding [row, column, UTF-8 bytes] triples for
// the text values too long to clone (below).
// A transaction is PGlite's own `transaction()`, held open until commit or rollback: PGlite runs queries
// outside it only after it ends, as it does on the main thread.
export const PGLITE_WORKER_SOURCE = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.pglite);

const ERROR_FIELDS = ['code', 'severity', 'detail', 'hint', 'position', 'where', 'schema', 'table', 'column', 'dataType', 'constraint', 'routine'];
function errorOf(e) {
	const out = { name: (e && e.name) || 'Error', message: (e && e.message) || String(e) };
	if (e && typeof e === 'object') for (const k of ERROR_FIELDS) if (typeof e[k] === 'string') out[k] = e[k];
	return out;
}

// A long text value crosses as UTF-8 bytes whose buffer is handed over, not as a cloned string: a clone
// serialises the string here and builds it again there (about 10 ms for the analysis' 3.7 MB of
// contributions), where encoding is one quick pass here and decoding one on the other side.
const LONG = 1 << 16;
const encoder = new TextEncoder();
function send(id, result) {
	const long = [];
	const transfer = [];
	const rows = result && result.rows;
	if (rows) {
		for (let i = 0; i < rows.length; i++) {
			const row = rows[i];
			for (const k in row) {
				const v = row[k];
				if (typeof v !== 'string' || v.length < LONG) continue;
				const bytes = encoder.encode(v);
				long.push(i, k, bytes);
				transfer.push(bytes.buffer);
				row[k] = null;
			}
		}
	}
	parentPort.postMessage({ id, result, long }, transfer);
}

let db = null;
const transactions = new Map();

async function begin(txId) {
	const t = { tx: null, commit: null, rollback: null, done: null };
	const decided = new Promise((resolve, reject) => {
		t.commit = resolve;
		t.rollback = reject;
	});
	let begun;
	const started = new Promise((resolve) => (begun = resolve));
	t.done = db.transaction(async (tx) => {
		t.tx = tx;
		begun();
		await decided;
	});
	transactions.set(txId, t);
	try {
		await Promise.race([started, t.done]);
	} catch (e) {
		transactions.delete(txId);
		throw e;
	}
	return null;
}

function transaction(txId) {
	const t = transactions.get(txId);
	if (!t || !t.tx) throw new Error('no open transaction ' + txId);
	return t;
}

async function handle(m) {
	switch (m.op) {
		case 'query': {
			const r = await (m.tx ? transaction(m.tx).tx : db).query(m.sql, m.params, { rowMode: 'object' });
			return { rows: r.rows || [], affectedRows: r.affectedRows };
		}
		case 'begin':
			return begin(m.tx);
		case 'commit': {
			const t = transaction(m.tx);
			transactions.delete(m.tx);
			t.commit();
			await t.done;
			return null;
		}
		case 'rollback': {
			const t = transactions.get(m.tx);
			if (!t) return null;
			transactions.delete(m.tx);
			t.rollback(new Error('rollback'));
			await t.done.catch(() => {});
			return null;
		}
		case 'close':
			if (!db.closed) await db.close();
			return null;
		default:
			throw new Error('unknown operation ' + m.op);
	}
}

PGlite.create(workerData.dataDir).then(
	(opened) => {
		db = opened;
		// Whatever fails, sending included, is that call's error: an unhandled one would end the thread.
		parentPort.on('message', (m) => {
			handle(m)
				.then((result) => send(m.id, result))
				.catch((e) => parentPort.postMessage({ id: m.id, error: errorOf(e) }));
		});
		parentPort.postMessage({ ready: true });
	},
	(e) => parentPort.postMessage({ startError: errorOf(e) })
);
`;
