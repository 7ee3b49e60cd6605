// Forms of workshops: creating one, the facilitator's controls, joining with a code, and a participant's ratings.
import { z } from 'zod';
import { directions, directnesses, relevanceLevels } from '#lib/domain/mapping.js';
import { suggestionDecisions, workshopStatuses, workshopSteps } from '#lib/domain/workshop.js';
import { optionalText, text } from './form.js';
import { id } from './unit.js';

const list = (error: 'workshop.error.units' | 'workshop.error.steps') =>
	z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()).min(1, { error }));

export const createWorkshopSchema = z.object({
	name: text(100),
	cycleId: z.string({ error: 'workshop.error.cycle' }).min(1, { error: 'workshop.error.cycle' }),
	units: list('workshop.error.units'),
	steps: list('workshop.error.steps')
});

const index = () => z.coerce.number({ error: 'form.invalid' }).int({ error: 'form.invalid' }).min(0, { error: 'form.invalid' }).max(50, { error: 'form.invalid' });

export const stepSchema = z.object({ index: index() });
export const unitSchema = z.object({ unitId: id() });
export const resultsSchema = z.object({ show: z.enum(['yes', 'no'], { error: 'form.invalid' }).transform((v) => v === 'yes') });
export const statusSchema = z.object({ status: z.enum(workshopStatuses, { error: 'form.invalid' }) });
export const extraGoalSchema = z.object({
	goal: z.coerce.number({ error: 'form.invalid' }).int({ error: 'form.invalid' }).min(1, { error: 'form.invalid' }).max(17, { error: 'form.invalid' }),
	add: z.enum(['yes', 'no'], { error: 'form.invalid' }).transform((v) => v === 'yes')
});
export const agreeSchema = z.object({
	kind: z.enum(['goal', 'target'], { error: 'form.invalid' }),
	code: z.string({ error: 'form.invalid' }).max(8, { error: 'form.invalid' }),
	level: z.enum(relevanceLevels, { error: 'workshop.error.level' }),
	version: z.coerce.number({ error: 'form.invalid' }).int({ error: 'form.invalid' }).min(0, { error: 'form.invalid' }).max(2_147_483_647, { error: 'form.invalid' })
});

export const joinCodeSchema = z.object({ code: text(20) });
export const joinSchema = z.object({ code: text(20), displayName: text(40) });

/** A participant's rating sent by a script (one at a time, with the id the client generated). */
export const ratingSchema = z.object({
	id: z.uuid({ error: 'form.invalid' }),
	kind: z.enum(['goal_relevance', 'target_relevance'], { error: 'form.invalid' }),
	subject: z.string({ error: 'form.invalid' }).max(8, { error: 'form.invalid' }),
	level: z.enum(relevanceLevels, { error: 'workshop.error.level' }),
	unitId: z.uuid({ error: 'form.invalid' }).optional()
});

export type Rating = z.output<typeof ratingSchema>;

/**
 * The plain rating form: `level:<subject>` radio groups, `id:<subject>` hidden ids, one `kind` and `unitId`.
 * Subjects left unanswered are skipped.
 */
export function ratingsFromForm(form: FormData): { ok: true; data: Rating[] } | { ok: false; errors: { _form: 'form.invalid' } } {
	const out: Rating[] = [];
	for (const [key, level] of form.entries()) {
		if (!key.startsWith('level:') || typeof level !== 'string') continue;
		const subject = key.slice('level:'.length);
		const r = ratingSchema.safeParse({ id: form.get(`id:${subject}`), kind: form.get('kind'), subject, level, unitId: form.get('unitId') ?? undefined });
		if (!r.success) return { ok: false, errors: { _form: 'form.invalid' } };
		out.push(r.data);
	}
	return { ok: true, data: out };
}

const versionField = () => z.coerce.number({ error: 'form.invalid' }).int({ error: 'form.invalid' }).min(0, { error: 'form.invalid' }).max(2_147_483_647, { error: 'form.invalid' });

/** The processledare settles an activity's contribution to a target (new, or changing the agreed one). */
export const settleSchema = z.object({
	activityId: id(),
	targetCode: z.string({ error: 'form.invalid' }).trim().max(8, { error: 'form.invalid' }),
	direction: z.enum(directions, { error: 'form.invalid' }),
	strength: z.coerce.number({ error: 'form.invalid' }).int({ error: 'form.invalid' }).min(1, { error: 'form.invalid' }).max(3, { error: 'form.invalid' }).transform((v) => v as 1 | 2 | 3),
	directness: z.enum(directnesses, { error: 'form.invalid' }),
	motivation: optionalText(300),
	contributionId: z.union([id(), z.literal('').transform(() => undefined)]).optional(),
	version: versionField()
});

/** The group's decision on a suggestion chip. */
export const groupSuggestionSchema = z.object({
	activityId: id(),
	targetCode: z.string({ error: 'form.invalid' }).trim().max(8, { error: 'form.invalid' }),
	decision: z.enum(suggestionDecisions, { error: 'form.invalid' }),
	rank: z.coerce.number({ error: 'form.invalid' }).int({ error: 'form.invalid' }).min(1, { error: 'form.invalid' }).max(10, { error: 'form.invalid' }),
	score: z.coerce.number({ error: 'form.invalid' }).min(0, { error: 'form.invalid' }).max(1, { error: 'form.invalid' })
});

/** A proposed activity added to the unit's activities. */
export const adoptActivitySchema = z.object({ name: text(200), description: optionalText(1000) });

/** A participant's note put on the unit's agreed board. */
export const promoteSchema = z.object({ noteId: id() });

/** A group of document proposals adopted into the unit's documents: a document it has, or a new one by name. */
export const adoptDocumentSchema = z.object({
	documentId: z.union([id(), z.literal('').transform(() => undefined)]).optional(),
	name: optionalText(200),
	version: versionField()
});
