// Forms for inviting a member, revoking an invitation, and creating an account from one.
import { z } from 'zod';
import { email, text } from './form.js';
import { role } from './member.js';
import { id, optionalId } from './unit.js';

export const createInvitationSchema = z.object({ email: email(), role: role(), unitId: optionalId() });

export const revokeInvitationSchema = z.object({ invitationId: id() });

export const PASSWORD_MIN_LENGTH = 10;

export const registerSchema = z
	.object({
		displayName: text(100),
		password: z
			.string({ error: 'form.required' })
			.min(PASSWORD_MIN_LENGTH, { error: 'auth.passwordTooShort' })
			.max(200, { error: 'invitation.error.passwordLong' }),
		passwordConfirm: z.string({ error: 'form.required' })
	})
	.refine((v) => v.password === v.passwordConfirm, { error: 'auth.passwordMismatch', path: ['passwordConfirm'] });
