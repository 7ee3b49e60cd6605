// The organisation's grouping of the 17 goals into the social, ecological and economic dimensions: goal
// numbers only, every goal in at least one dimension (a goal may sit in several, as goal 17 does by default).
// One schema for the stored and submitted JSON shape, one for the form's checkboxes.
import { z } from 'zod';
import { dimensions, type Dimension } from '#lib/domain/mapping.js';

export type DimensionGoals = Record<Dimension, number[]>;

const goalNumber = z.number({ error: 'dimensions.error.goal' }).int({ error: 'dimensions.error.goal' }).min(1, { error: 'dimensions.error.goal' }).max(17, { error: 'dimensions.error.goal' });

/** Sorted, without duplicates; and an issue on the form when a goal is in no dimension. */
function complete(v: DimensionGoals, ctx: z.RefinementCtx): DimensionGoals {
	const out = {} as DimensionGoals;
	const seen = new Set<number>();
	for (const d of dimensions) {
		out[d] = [...new Set(v[d])].sort((a, b) => a - b);
		for (const g of out[d]) seen.add(g);
	}
	if (seen.size !== 17) ctx.addIssue({ code: 'custom', message: 'dimensions.error.missing', path: ['_form'] });
	return out;
}

/** The JSON shape kept in organisation.dimension_goals: `{ social: number[], ekologisk: number[], ekonomisk: number[] }`. */
export const dimensionGoalsSchema = z
	.strictObject({ social: z.array(goalNumber).max(17), ekologisk: z.array(goalNumber).max(17), ekonomisk: z.array(goalNumber).max(17) }, { error: 'dimensions.error.shape' })
	.transform(complete);

/** Checkbox values of one dimension ("1" … "17"); none ticked sends nothing. */
const checkedGoals = z
	.union([z.string(), z.array(z.string())])
	.optional()
	.transform((v) => (v === undefined ? [] : [v].flat()))
	.pipe(z.array(z.string().regex(/^(?:[1-9]|1[0-7])$/, { error: 'dimensions.error.goal' }).transform(Number)));

/** The form: checkboxes named social, ekologisk and ekonomisk, each with goal numbers as values. */
export const dimensionGroupingFormSchema = z.object({ social: checkedGoals, ekologisk: checkedGoals, ekonomisk: checkedGoals }).transform(complete);

/** The goals (1–17) that sit in none of the dimensions. */
export function goalsWithoutDimension(v: DimensionGoals): number[] {
	const seen = new Set(dimensions.flatMap((d) => v[d]));
	return Array.from({ length: 17 }, (_, i) => i + 1).filter((g) => !seen.has(g));
}

/**
 * The dimensions page's form: as dimensionGroupingFormSchema, and besides the form's issue one for each goal
 * left in no dimension (path `goal-<number>`), so the page can show the error next to that goal.
 */
export const dimensionPageFormSchema = z
	.object({ social: checkedGoals, ekologisk: checkedGoals, ekonomisk: checkedGoals })
	.transform((v, ctx) => {
		const out = complete(v, ctx);
		for (const g of goalsWithoutDimension(out)) ctx.addIssue({ code: 'custom', message: 'dimensions.error.goalMissing', path: [`goal-${g}`] });
		return out;
	});

/** The stored grouping, or null when it is absent or not a valid grouping (then the default applies). */
export function parseDimensionGoals(value: unknown): DimensionGoals | null {
	if (value === null || value === undefined) return null;
	const r = dimensionGoalsSchema.safeParse(typeof value === 'string' ? safeJson(value) : value);
	return r.success ? r.data : null;
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}
