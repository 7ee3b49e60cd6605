// The new-password rule shared by the first-run, reset and invitation sign-up forms: required first, at
// least ten characters, and each form's own upper bound and message.
import { describe, expect, it } from 'vitest';
import { resetSchema, setupSchema } from './auth.js';
import { parseForm } from './form.js';
import { registerSchema } from './invitation.js';

function passwordError(schema: typeof resetSchema | typeof setupSchema | typeof registerSchema, password: string) {
	const form = new FormData();
	for (const [k, v] of Object.entries({ code: 'KOD', email: 'a@example.se', displayName: 'Anna', password, passwordConfirm: password })) form.set(k, v);
	const result = parseForm(schema, form);
	return result.ok ? null : (result.errors.password ?? null);
}

describe('new password', () => {
	for (const [name, schema] of [
		['first run', setupSchema],
		['reset', resetSchema],
		['invitation sign-up', registerSchema]
	] as const) {
		it(`${name}: says an empty password is required, and refuses nine characters but takes ten`, () => {
			expect(passwordError(schema, '')).toBe('form.required');
			expect(passwordError(schema, 'x'.repeat(9))).toBe('auth.passwordTooShort');
			expect(passwordError(schema, 'x'.repeat(10))).toBeNull();
		});
	}

	it('keeps each form its upper bound: 256 for first run and reset, 200 for invitation sign-up', () => {
		expect(passwordError(resetSchema, 'x'.repeat(256))).toBeNull();
		expect(passwordError(resetSchema, 'x'.repeat(257))).toBe('form.tooLong');
		expect(passwordError(setupSchema, 'x'.repeat(257))).toBe('form.tooLong');
		expect(passwordError(registerSchema, 'x'.repeat(200))).toBeNull();
		expect(passwordError(registerSchema, 'x'.repeat(201))).toBe('invitation.error.passwordLong');
	});
});
