// Forms of the statistics page: a live import from Kolada (KPIs and years) and the comparison's choice.
import { z } from 'zod';

/** "N15436, U07451" → ["N15436", "U07451"]: each a letter and five digits, at most 100. */
const kpiList = () =>
	z
		.string({ error: 'kolada.error.kpis' })
		.transform((v) => [...new Set(v.toUpperCase().split(/[\s,;]+/).filter(Boolean))])
		.refine((ids) => ids.length > 0 && ids.length <= 100 && ids.every((id) => /^[NU]\d{5}$/.test(id)), { error: 'kolada.error.kpis' });

/** "2018-2024", "2018–2024" or "2020, 2021" → the years, at most 25 of them. */
export function parseYears(text: string): number[] | null {
	const out = new Set<number>();
	for (const part of text.split(/[\s,;]+/).filter(Boolean)) {
		const range = /^(\d{4})[-–](\d{4})$/.exec(part);
		const [from, to] = range ? [Number(range[1]), Number(range[2])] : /^\d{4}$/.test(part) ? [Number(part), Number(part)] : [NaN, NaN];
		if (!(from >= 1950 && to <= 2100 && from <= to) || to - from > 25) return null;
		for (let y = from; y <= to; y++) out.add(y);
	}
	return out.size > 0 && out.size <= 25 ? [...out].sort((a, b) => a - b) : null;
}

export const liveImportSchema = z.object({
	kpis: kpiList(),
	years: z
		.string({ error: 'kolada.error.years' })
		.transform((v, ctx) => {
			const years = parseYears(v);
			if (!years) {
				ctx.addIssue({ code: 'custom', message: 'kolada.error.years' });
				return z.NEVER;
			}
			return years;
		})
});

export const comparisonSchema = z.object({ comparisonId: z.string({ error: 'kolada.error.comparison' }).trim().regex(/^(\d{4}|G\d+)$/, { error: 'kolada.error.comparison' }) });
