// Forms of the municipality's own steering: focus areas, prioritised goals, indicators with target values,
// outcomes typed by hand and the yearly judgement. Numbers may be typed the Swedish way ("1,5", "1 234").
import { z } from 'zod';
import { betterDirections, genders, judgementLevels, localIndicatorKinds } from '#lib/domain/steering.js';
import { isKnownTarget } from '#lib/sdg/checks.js';
import { optionalText, text } from './form.js';
import { id, optionalId } from './unit.js';

/** A number as people type it: decimal comma or point, spaces as thousands separators, a real minus sign. */
export function parseDecimal(raw: string): number | null {
	const s = raw.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
	if (!/^-?(\d+([.,]\d+)?|[.,]\d+)$/.test(s)) return null;
	const n = Number(s.replace(',', '.'));
	return Number.isFinite(n) ? n : null;
}

/** A required decimal number. */
export const decimal = () =>
	z
		.string({ error: 'form.required' })
		.trim()
		.min(1, { error: 'form.required' })
		.transform((v, ctx) => {
			const n = parseDecimal(v);
			if (n === null) {
				ctx.addIssue({ code: 'custom', message: 'steering.error.number' });
				return z.NEVER;
			}
			return n;
		});

/** An optional decimal number: empty means none (an outcome left blank is removed). */
export const optionalDecimal = () =>
	z
		.string()
		.optional()
		.transform((v, ctx) => {
			if (!v || !v.trim()) return null;
			const n = parseDecimal(v);
			if (n === null) {
				ctx.addIssue({ code: 'custom', message: 'steering.error.number' });
				return z.NEVER;
			}
			return n;
		});

export const year = () => z.coerce.number({ error: 'steering.error.year' }).int({ error: 'steering.error.year' }).min(1950, { error: 'steering.error.year' }).max(2100, { error: 'steering.error.year' });

const optionalYear = () =>
	z
		.string()
		.optional()
		.transform((v, ctx) => {
			if (!v || !v.trim()) return null;
			const parsed = year().safeParse(v.trim());
			if (!parsed.success) {
				ctx.addIssue({ code: 'custom', message: 'steering.error.year' });
				return z.NEVER;
			}
			return parsed.data;
		});

/** SDG target codes typed or picked ("11.2, 3.6" or several fields): each must be one of the 169. */
export const targetCodes = () =>
	z
		.union([z.string(), z.array(z.string())])
		.optional()
		.transform((v) => [...new Set((Array.isArray(v) ? v : [v ?? '']).flatMap((s) => s.split(/[\s,;]+/)).filter(Boolean))])
		.refine((codes) => codes.every(isKnownTarget), { error: 'steering.error.targets' })
		.refine((codes) => codes.length <= 60, { error: 'steering.error.targets' });

const position = () => z.coerce.number({ error: 'form.invalid' }).int({ error: 'form.invalid' }).min(0).max(10_000).optional();

/** A Kolada KPI id: N or U followed by five digits (N15436, U07451). */
const koladaKpi = () =>
	z
		.string()
		.trim()
		.toUpperCase()
		.optional()
		.transform((v) => (v ? v : null))
		.pipe(z.string().regex(/^[NU]\d{5}$/, { error: 'steering.error.kpi' }).nullable());

export const focusAreaSchema = z.object({
	focusAreaId: optionalId(),
	parentId: optionalId(),
	name: text(200),
	description: optionalText(4000),
	position: position(),
	targets: targetCodes()
});

export const goalSchema = z
	.object({
		goalId: optionalId(),
		focusAreaId: optionalId(),
		parentId: optionalId(),
		unitId: optionalId(),
		title: text(400),
		description: optionalText(4000),
		periodStart: optionalYear(),
		periodEnd: optionalYear(),
		position: position(),
		targets: targetCodes()
	})
	.refine((g) => g.periodStart === null || g.periodEnd === null || g.periodEnd >= g.periodStart, { error: 'steering.error.period', path: ['periodEnd'] });

/** Target values (delmål) come as parallel lists of years and values; a row left empty is skipped. */
const targetValueRows = z
	.object({ 'targetYear[]': z.array(z.string()).optional(), 'targetValue[]': z.array(z.string()).optional() })
	.transform((v, ctx) => {
		const years = v['targetYear[]'] ?? [];
		const values = v['targetValue[]'] ?? [];
		const out: Array<{ year: number; value: number }> = [];
		for (let i = 0; i < Math.max(years.length, values.length); i++) {
			const y = (years[i] ?? '').trim();
			const raw = (values[i] ?? '').trim();
			if (!y && !raw) continue;
			const yearNumber = year().safeParse(y);
			const value = parseDecimal(raw);
			if (!yearNumber.success) ctx.addIssue({ code: 'custom', message: 'steering.error.year', path: ['targetYear[]'] });
			else if (value === null) ctx.addIssue({ code: 'custom', message: 'steering.error.number', path: ['targetValue[]'] });
			else if (out.some((t) => t.year === yearNumber.data)) ctx.addIssue({ code: 'custom', message: 'steering.error.targetYearTwice', path: ['targetYear[]'] });
			else out.push({ year: yearNumber.data, value });
		}
		return out.sort((a, b) => a.year - b.year);
	});

export const indicatorSchema = z
	.object({
		indicatorId: optionalId(),
		goalId: id(),
		name: text(400),
		kind: z.enum(localIndicatorKinds, { error: 'steering.error.kind' }),
		koladaKpi: koladaKpi(),
		sourceName: optionalText(200),
		unitLabel: optionalText(100),
		direction: z.enum(betterDirections, { error: 'steering.error.direction' }),
		position: position(),
		targets: targetCodes(),
		'targetYear[]': z.array(z.string()).optional(),
		'targetValue[]': z.array(z.string()).optional()
	})
	.transform((v, ctx) => {
		const parsed = targetValueRows.safeParse(v);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
			return z.NEVER;
		}
		const { 'targetYear[]': _y, 'targetValue[]': _v, ...rest } = v;
		return { ...rest, targetValues: parsed.data };
	})
	.refine((v) => v.koladaKpi !== null || v.sourceName !== null, { error: 'steering.error.source', path: ['sourceName'] });

export const outcomeSchema = z.object({
	indicatorId: id(),
	year: year(),
	gender: z.enum(genders, { error: 'form.invalid' }).optional().default('T'),
	area: z.string().trim().max(200, { error: 'form.tooLong' }).optional().default(''),
	value: optionalDecimal()
});

export const judgementSchema = z.object({
	goalId: id(),
	year: year(),
	level: z.enum(judgementLevels, { error: 'steering.error.level' }),
	analysis: z.string().trim().max(8000, { error: 'form.tooLong' }).optional().default('')
});

export const removeSchema = z.object({ id: id() });

/** One step up or down among the item's siblings. */
export const moveSchema = z.object({ id: id(), direction: z.enum(['up', 'down'], { error: 'form.invalid' }) });

export const removeJudgementSchema = z.object({ goalId: id(), year: year() });
