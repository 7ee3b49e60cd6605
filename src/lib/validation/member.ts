// Forms of the member list: change role, set units, remove.
import { z } from 'zod';
import { roles } from '#lib/domain/roles.js';
import { id } from './unit.js';

export const role = () => z.enum(roles, { error: 'member.error.role' });

export const changeRoleSchema = z.object({ userId: id(), role: role() });

/** Checkboxes: none ticked sends nothing, one sends a string, several an array. */
export const setUnitsSchema = z.object({
	userId: id(),
	unitIds: z
		.union([z.string(), z.array(z.string())])
		.optional()
		.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
		.pipe(z.array(id()))
});

export const removeMemberSchema = z.object({ userId: id() });
