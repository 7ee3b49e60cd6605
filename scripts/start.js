// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'build', 'handler.js');

function newest(p) {
	const st = fs.statSync(p);
	if (!st.isDirectory()) return st.mtimeMs;
	let max = st.mtimeMs;
	for (const entry of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, entry)));
	return max;
}

const sources = ['src', 'migrations', 'static', 'package.json', 'vite.config.ts'].map((p) => path.join(root, p));
const stale =
	!fs.existsSync(built) || sources.some((p) => fs.existsSync(p) && newest(p) > fs.statSync(built).mtimeMs);

if (stale) {
	console.error('Bygger Målkarta …');
	const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
		cwd: root,
		stdio: ['ignore', 2, 2]
	});
	if (r.status !== 0) process.exit(r.status ?? 1);
}

await import('./serve.js');
