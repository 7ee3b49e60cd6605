// Forms of the unit tree: add, rename / change type, move, reorder, delete.
import { z } from 'zod';
import { unitTypes } from '#lib/domain/units.js';
import { text } from './form.js';

import { UUID_RE } from '#lib/domain/ids.js';

/** An id in a hidden field or a select; a tampered one is refused before any lookup. */
export const id = () => z.string({ error: 'form.invalid' }).regex(UUID_RE, { error: 'form.invalid' });

/** An optional id: an empty select value means "none" (e.g. the top level of the tree). */
export const optionalId = () =>
	z
		.string()
		.optional()
		.transform((v) => (v ? v : null))
		.pipe(id().nullable());

const unitType = () => z.enum(unitTypes, { error: 'unit.error.type' });

export const createUnitSchema = z.object({ name: text(200), type: unitType(), parentId: optionalId() });
export const updateUnitSchema = z.object({ unitId: id(), name: text(200), type: unitType() });
export const moveUnitSchema = z.object({ unitId: id(), parentId: optionalId() });
export const reorderUnitSchema = z.object({ unitId: id(), position: z.coerce.number({ error: 'form.invalid' }).int().min(0).max(10_000) });
export const deleteUnitSchema = z.object({ unitId: id() });
