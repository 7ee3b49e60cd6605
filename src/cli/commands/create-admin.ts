// `create-admin --email <e> [--name <n>]`: creates (or promotes) a system administrator; the password
// is read from standard input so it never shows in the process list or shell history.
import { z } from 'zod';
import { createAdminFromCli } from '#lib/server/services/setup.service.js';
import { email as emailSchema, text } from '#lib/validation/form.js';
import { newPassword } from '#lib/validation/auth.js';
import { translator } from '#lib/i18n/index.js';
import { withDatabase } from '../database.js';
import { parseFlags, readStdin, UsageError } from '../args.js';

const schema = z.object({ email: emailSchema(), displayName: text(120), password: newPassword });

export const createAdminCommand = {
	help: 'skapar en systemadministratör: --email <adress> [--name <namn>], lösenordet läses från standard in',
	async run(args: string[]) {
		const { values } = parseFlags(args, { email: { type: 'string' }, name: { type: 'string' } });
		if (!values.email) throw new UsageError('Ange --email <adress>.');
		const password = await readStdin();
		const parsed = schema.safeParse({ email: values.email, displayName: values.name ?? values.email.split('@')[0], password });
		if (!parsed.success) {
			const t = translator('sv');
			const issue = parsed.error.issues[0]!;
			throw new UsageError(t(issue.message as Parameters<typeof t>[0]));
		}
		const admin = await withDatabase((h) => createAdminFromCli({ db: h.db }, parsed.data));
		console.error(`Systemadministratören ${admin.email} är klar. Logga in på /logga-in.`);
	}
};
