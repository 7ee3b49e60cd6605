// Exclusive lock on the embedded data folder: PGlite is single-process and two processes on one folder
// can corrupt it. Node has no flock, so the lock is a file holding the owner's pid and start time; a
// lock left by a dead process (SIGKILL, power loss) is taken over.
import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
	constructor(
		readonly dir: string,
		readonly pid: number
	) {
		super(
			`Datamappen ${dir} används redan av en annan Målkarta-process (pid ${pid}). ` +
				`Stoppa den processen eller ange en annan DATA_DIR. ` +
				`(The data folder is in use by another process.)`
		);
		this.name = 'DataDirLockedError';
	}
}

interface LockInfo {
	pid: number;
	startedAt: number;
}

/** Process start time in clock ticks since boot, to tell a live owner from a reused pid (Linux). */
function processStartTicks(pid: number): string | null {
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Field 22 (starttime) comes after the command name in parentheses, which may contain spaces.
		const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return rest[19] ?? null;
	} catch {
		return null;
	}
}

function isAlive(info: LockInfo & { ticks?: string | null }): boolean {
	try {
		process.kill(info.pid, 0);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
	}
	if (info.ticks) {
		const now = processStartTicks(info.pid);
		if (now !== null && now !== info.ticks) return false; // pid reused by another program
	}
	return true;
}

export function acquireDataDirLock(dir: string): () => void {
	fs.mkdirSync(dir, { recursive: true });
	const file = path.join(dir, 'malkarta.lock');
	const mine = JSON.stringify({ pid: process.pid, startedAt: Date.now(), ticks: processStartTicks(process.pid) });
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			fs.writeFileSync(file, mine, { flag: 'wx' });
			let released = false;
			return () => {
				if (released) return;
				released = true;
				try {
					if (fs.readFileSync(file, 'utf8') === mine) fs.unlinkSync(file);
				} catch {
					/* already gone */
				}
			};
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			let info: (LockInfo & { ticks?: string | null }) | null = null;
			try {
				info = JSON.parse(fs.readFileSync(file, 'utf8'));
			} catch {
				info = null; // half-written by a process that died mid-write
			}
			if (info && info.pid !== process.pid && isAlive(info)) throw new DataDirLockedError(dir, info.pid);
			fs.rmSync(file, { force: true });
		}
	}
	throw new Error(`Kunde inte låsa datamappen ${dir}.`);
}
