// Minimal flag parsing for the CLI (--name value / --flag), with Swedish usage errors.
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export function parseFlags<T extends Record<string, { type: 'string' | 'boolean' }>>(args: string[], options: T) {
	try {
		return parseArgs({ args, options, allowPositionals: true, strict: true });
	} catch (e) {
		throw new UsageError(`Felaktiga flaggor: ${e instanceof Error ? e.message : String(e)}`);
	}
}

/** Reads all of standard input (a password piped in, or typed and ended with Ctrl-D). */
export async function readStdin(): Promise<string> {
	if (process.stdin.isTTY) console.error('Skriv lösenordet och avsluta med Enter och Ctrl-D:');
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}
