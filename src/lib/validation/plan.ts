// Forms of the handlingsplan: a plan, a measure (by hand, from a council item or a gap finding), its
// units, a follow-up entry, closing and copying a plan, and the export format.
import { z } from 'zod';
import { followUpStatuses } from '#lib/domain/plan.js';
import { optionalText, text } from './form.js';
import { parseDecimal, targetCodes, year } from './steering.js';
import { id, optionalId } from './unit.js';

const version = () => z.coerce.number({ error: 'form.invalid' }).int({ error: 'form.invalid' }).min(1, { error: 'form.invalid' }).max(2_147_483_647, { error: 'form.invalid' });

/** A list of ids from checkboxes (one value or several). */
const ids = () =>
	z
		.union([z.string(), z.array(z.string())])
		.optional()
		.transform((v) => [...new Set((Array.isArray(v) ? v : v ? [v] : []).filter(Boolean))])
		.pipe(z.array(id()).max(200, { error: 'form.invalid' }));

const isoDate = () =>
	z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? v : null))
		.refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), { error: 'plan.error.date' });

export const planSchema = z
	.object({
		title: text(200),
		periodStart: year(),
		periodEnd: year(),
		decidedBy: optionalText(200),
		decidedOn: isoDate()
	})
	.refine((p) => p.periodEnd >= p.periodStart, { error: 'plan.error.period', path: ['periodEnd'] });
export type PlanInput = z.output<typeof planSchema>;

export const measureSchema = z.object({
	measureId: optionalId(),
	version: version().optional(),
	title: text(300),
	description: optionalText(8000),
	localTarget: optionalText(500),
	responsibleUnitId: optionalId(),
	targets: targetCodes(),
	unitIds: ids(),
	focusAreaIds: ids(),
	goalIds: ids(),
	indicatorIds: ids(),
	activityIds: ids(),
	// Where the measure comes from: a council item of a cycle, or a gap finding of a cycle's analysis.
	fromCouncilItemId: optionalId(),
	fromCycleId: optionalId(),
	fromFindingKey: optionalText(500)
});
export type MeasureInput = z.output<typeof measureSchema>;

export const followUpSchema = z.object({
	measureId: id(),
	unitId: id(),
	pointId: id(),
	status: z.enum(followUpStatuses, { error: 'plan.error.status' }),
	completion: z
		.string()
		.trim()
		.optional()
		.transform((v, ctx) => {
			if (!v) return null;
			const n = Number(v.replace('%', '').trim());
			if (!Number.isInteger(n) || n < 0 || n > 100) {
				ctx.addIssue({ code: 'custom', message: 'plan.error.completion' });
				return z.NEVER;
			}
			return n;
		}),
	comment: optionalText(4000)
});
export type FollowUpInput = z.output<typeof followUpSchema> & { indicatorValues?: Array<{ indicatorId: string; value: number }> };

export const planIdSchema = z.object({ planId: id() });
export const copyPlanSchema = z.object({ title: text(200), periodStart: year(), periodEnd: year() });
export const exportFormatSchema = z.enum(['csv', 'xlsx']);

/** Indicator values sent with a follow-up as `indicator-<id>` fields (decimal comma allowed); blank is none. */
export function indicatorValuesOf(form: FormData): { ok: true; values: Array<{ indicatorId: string; value: number }> } | { ok: false; field: string } {
	const values: Array<{ indicatorId: string; value: number }> = [];
	for (const [key, raw] of form.entries()) {
		const m = /^indicator-([0-9a-f-]{36})$/i.exec(key);
		if (!m || typeof raw !== 'string' || !raw.trim()) continue;
		const value = parseDecimal(raw);
		if (value === null) return { ok: false, field: key };
		values.push({ indicatorId: m[1]!.toLowerCase(), value });
	}
	return { ok: true, values };
}
