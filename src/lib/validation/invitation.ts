// Forms for inviting a member, revoking an invitation, and creating an account from one.
import { z } from 'zod';
import { confirmed, matches, newPasswordUpTo, passwordConfirm } from './auth.js';
import { email, text } from './form.js';
import { role } from './member.js';
import { id, optionalId } from './unit.js';

export const createInvitationSchema = z.object({ email: email(), role: role(), unitId: optionalId() });

export const revokeInvitationSchema = z.object({ invitationId: id() });

export const registerSchema = z
	.object({
		displayName: text(100),
		password: newPasswordUpTo(200, 'invitation.error.passwordLong'),
		passwordConfirm
	})
	.refine(matches, confirmed);
