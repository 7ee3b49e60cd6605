// Reads a Kolada v3 data file: the API's envelope {count, next_url, previous_url, values:[…]}, a bare list
// of its items, or {values:[…]} alone. Each item is one KPI, municipality and year with a value per gender.
// A deleted row or a missing value is not a number and is skipped (counted); a malformed file is refused
// with what is wrong, naming the first problem, and nothing of it is used.
import { genders, type Gender, type KoladaValue } from '#lib/domain/steering.js';

/** Larger files are refused before parsing: a year of every KPI for one municipality is a few megabytes. */
export const MAX_KOLADA_FILE_BYTES = 20 * 1024 * 1024;

export type KoladaFileProblem =
	| { key: 'kolada.error.tooLarge'; params: { max: number } }
	| { key: 'kolada.error.notJson'; params: Record<string, never> }
	| { key: 'kolada.error.shape'; params: Record<string, never> }
	| { key: 'kolada.error.item'; params: { item: number; name: string } };

export type KoladaParse = { ok: true; values: KoladaValue[]; skipped: number; kpis: string[] } | { ok: false; problem: KoladaFileProblem };

const KPI = /^[A-Z]\d{5}$/;
const AREA = /^(\d{4}|G\d+)$/;

/** A value as Kolada gives it (a number), or as a hand-edited file may (a string, decimal comma allowed). */
function numberOf(v: unknown): number | null {
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v !== 'string') return null;
	const s = v.trim().replace(/[\s\u00a0]/g, '').replace(',', '.').replace(/\u2212/g, '-');
	if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
	return Number(s);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseKoladaFile(input: string | Uint8Array): KoladaParse {
	const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
	if (size > MAX_KOLADA_FILE_BYTES) return { ok: false, problem: { key: 'kolada.error.tooLarge', params: { max: MAX_KOLADA_FILE_BYTES / 1024 / 1024 } } };
	let data: unknown;
	try {
		data = JSON.parse(typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input));
	} catch {
		return { ok: false, problem: { key: 'kolada.error.notJson', params: {} } };
	}
	const items = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.values) ? data.values : null;
	if (!items) return { ok: false, problem: { key: 'kolada.error.shape', params: {} } };

	const values: KoladaValue[] = [];
	const kpis = new Set<string>();
	let skipped = 0;
	for (const [i, item] of items.entries()) {
		const bad = (name: string): KoladaParse => ({ ok: false, problem: { key: 'kolada.error.item', params: { item: i + 1, name } } });
		if (!isObject(item)) return bad('values');
		const kpi = typeof item.kpi === 'string' ? item.kpi.trim().toUpperCase() : '';
		if (!KPI.test(kpi)) return bad('kpi');
		const municipality = typeof item.municipality === 'string' ? item.municipality.trim() : '';
		if (!AREA.test(municipality)) return bad('municipality');
		const year = typeof item.period === 'number' ? item.period : typeof item.period === 'string' ? Number(item.period) : NaN;
		if (!Number.isInteger(year) || year < 1950 || year > 2100) return bad('period');
		if (!Array.isArray(item.values)) return bad('values');
		kpis.add(kpi);
		for (const v of item.values) {
			if (!isObject(v)) return bad('values');
			const gender = v.gender === undefined || v.gender === null || v.gender === '' ? 'T' : v.gender;
			if (typeof gender !== 'string' || !(genders as readonly string[]).includes(gender)) return bad('gender');
			const value = v.isdeleted === true ? null : numberOf(v.value);
			if (value === null) {
				skipped++;
				continue;
			}
			values.push({ kpi, municipality, year, gender: gender as Gender, value });
		}
	}
	// The same KPI, municipality, year and gender twice (pages of one answer joined by hand): the later counts.
	const unique = new Map(values.map((v) => [`${v.kpi}|${v.municipality}|${v.year}|${v.gender}`, v]));
	return { ok: true, values: [...unique.values()], skipped, kpis: [...kpis].sort() };
}
