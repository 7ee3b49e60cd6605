// Schemas for the sign-in, first-run and password forms.
import { z } from 'zod';
import type { MessageKey } from '#lib/i18n/index.js';
import { email, text } from './form.js';

const password = z
	.string({ error: 'form.required' })
	.min(1, { error: 'form.required' })
	.max(256, { error: 'form.tooLong' });

/** The shortest new password accepted anywhere (first run, reset, sign-up by invitation, the CLI). */
export const PASSWORD_MIN_LENGTH = 10;

/** The new-password rule: required first, then at least PASSWORD_MIN_LENGTH characters, then at most `max`. */
export const newPasswordUpTo = (max: number, tooLong: MessageKey = 'form.tooLong') =>
	z
		.string({ error: 'form.required' })
		.min(1, { error: 'form.required' })
		.min(PASSWORD_MIN_LENGTH, { error: 'auth.passwordTooShort' })
		.max(max, { error: tooLong });

const newPassword = newPasswordUpTo(256);

const passwordConfirm = z.string({ error: 'form.required' });

/** The mismatch of a password typed twice is reported on the second field. */
const confirmed = { error: 'auth.passwordMismatch', path: ['passwordConfirm'] };
function matches(v: { password: string; passwordConfirm: string }): boolean {
	return v.password === v.passwordConfirm;
}

export const loginSchema = z.object({ email: email(), password });

export const setupSchema = z
	.object({ code: text(40), email: email(), displayName: text(120), password: newPassword, passwordConfirm })
	.refine(matches, confirmed);

export const resetRequestSchema = z.object({ email: email() });

export const resetSchema = z.object({ password: newPassword, passwordConfirm }).refine(matches, confirmed);

/** For other forms that set a password (accepting an invitation). */
export { newPassword, passwordConfirm, matches, confirmed };

/** Only same-site paths may be redirected to after signing in. */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
	// Only a plain same-origin path of printable ASCII: a tab or line break (which browsers strip, and which
	// no Location header may hold), a backslash, or a look-alike of "." or "/" could lead elsewhere.
	if (!target || !/^\/(?![/\\])[\x21-\x7e]*$/.test(target) || target.includes('\\')) return fallback;
	const base = 'http://same.invalid';
	const url = new URL(target, base);
	return url.origin === base ? url.pathname + url.search + url.hash : fallback;
}
