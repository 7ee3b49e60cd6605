// Kolada's catalogues, shipped with the app (data/PROVENANCE.md): KPIs for the picker and for telling a
// retired or unknown KPI, municipalities and regions, and municipality groups for the comparison. Read
// from disk once, on first use (a few megabytes: not at start-up, and never in the browser bundle).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RIKET } from '#lib/domain/steering.js';

export interface Kpi {
	id: string;
	title: string;
	description: string;
	dividedByGender: boolean;
	/** An old definition no longer published: the title names its last year, "… (-2024)" (see isRetired). */
	retired: boolean;
	operatingArea: string | null;
}

export interface KoladaArea {
	id: string;
	title: string;
	/** K kommun, L region (and 0000 Riket), G a municipality group. */
	type: 'K' | 'L' | 'G';
}

// The data folder beside this file (the sources: dev server, tests, CLI), else the project's copy found by
// walking up from this module (the built server's chunk lives in build/server/chunks/, inside the project),
// else from the working directory (npm start); KOLADA_DATA_DIR overrides. Never ../shared.
function dataDir(): string {
	const here = path.dirname(fileURLToPath(import.meta.url));
	const ancestors: string[] = [];
	for (let d = here; ancestors.length < 6 && !ancestors.includes(d); d = path.dirname(d)) ancestors.push(d);
	const candidates = [
		process.env.KOLADA_DATA_DIR,
		path.join(here, 'data'),
		...ancestors.map((d) => path.join(d, 'src/lib/server/kolada/data')),
		path.resolve('src/lib/server/kolada/data')
	].filter((d): d is string => !!d);
	const found = candidates.find((d) => fs.existsSync(path.join(d, 'kpi_v3_2026-03-23.json')));
	if (!found) throw new Error(`Kolada catalogue not found (looked in ${candidates.join(', ')})`);
	return found;
}

const read = <T>(file: string): T => (JSON.parse(fs.readFileSync(path.join(dataDir(), file), 'utf8')) as { values: T }).values;

/**
 * Retired: Kolada marks a KPI of an old definition in its title with the last year it has data for,
 * "(-2024)" or "(- 2024)" — 426 titles of the 2026-03-23 catalogue, at the end or inside ("… (-1997) region")
 * — and such a KPI is no longer published (publ_period empty). Both must hold: N63080 "Pensionsutbetalningar
 * exkl löneskatt (-1997) region" names pension rights earned before 1998, is still published (2025) and is
 * not retired. 425 KPIs are, among them U07451 and U31462.
 */
const RETIRED_TITLE = /\(\s*-\s*\d{4}\s*\)/;
export const isRetired = (title: string, publPeriod: unknown): boolean => RETIRED_TITLE.test(title) && (publPeriod === null || publPeriod === undefined || publPeriod === '');
let kpis: Map<string, Kpi> | null = null;
let areas: Map<string, KoladaArea> | null = null;
let members: Map<string, Set<string>> | null = null;

function kpiMap(): Map<string, Kpi> {
	if (kpis) return kpis;
	type Row = { id: string; title: string; description: string | null; is_divided_by_gender: boolean; operating_area: string | null; publ_period: unknown };
	kpis = new Map(
		read<Row[]>('kpi_v3_2026-03-23.json').map((r) => [
			r.id,
			{ id: r.id, title: r.title, description: r.description ?? '', dividedByGender: r.is_divided_by_gender === true, retired: isRetired(r.title, r.publ_period), operatingArea: r.operating_area }
		])
	);
	return kpis;
}

function areaMap(): Map<string, KoladaArea> {
	if (areas) return areas;
	const municipalities = read<Array<{ id: string; title: string; type: string }>>('municipality_v3_2026-03-23.json');
	const groups = read<Array<{ id: string; title: string; members?: Array<{ member_id: string }> }>>('municipality_groups_v3_2026-03-23.json');
	members = new Map(groups.map((g) => [g.id, new Set((g.members ?? []).map((m) => m.member_id))]));
	areas = new Map<string, KoladaArea>([
		...municipalities.map((m): [string, KoladaArea] => [m.id, { id: m.id, title: m.title, type: m.type === 'K' ? 'K' : 'L' }]),
		...groups.map((g): [string, KoladaArea] => [g.id, { id: g.id, title: g.title, type: 'G' }])
	]);
	return areas;
}

function groupMembers(): Map<string, Set<string>> {
	areaMap();
	return members!;
}

export function kpi(id: string): Kpi | null {
	return kpiMap().get(id.trim().toUpperCase()) ?? null;
}

export function area(id: string): KoladaArea | null {
	return areaMap().get(id.trim().toUpperCase()) ?? null;
}

/** Lower case without accents, for matching only: "skola" finds "Skolår", "malmo" finds "Malmö". */
function fold(s: string): string {
	return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const foldedKpis = new WeakMap<Kpi, { title: string; text: string }>();
/** A KPI's title, and its title, description and id, folded once for matching. */
function folded(k: Kpi): { title: string; text: string } {
	let f = foldedKpis.get(k);
	if (!f) {
		const title = fold(k.title);
		f = { title, text: `${title} ${fold(k.description)} ${k.id.toLowerCase()}` };
		foldedKpis.set(k, f);
	}
	return f;
}

/**
 * KPIs matching every word of the query, best first: the id itself, then by words found in the title rather
 * than only in the description; retired KPIs after current ones. Case and accents do not matter.
 */
export function searchKpis(query: string, limit = 20): Kpi[] {
	const q = query.trim();
	if (!q) return [];
	const exact = kpi(q);
	const words = fold(q).split(/\s+/).filter(Boolean);
	const scored: Array<{ k: Kpi; score: number }> = [];
	for (const k of kpiMap().values()) {
		if (k === exact) continue;
		const { title, text } = folded(k);
		if (!words.every((w) => text.includes(w))) continue;
		const inTitle = words.filter((w) => title.includes(w)).length;
		scored.push({ k, score: inTitle * 10 - (k.retired ? 5 : 0) - k.title.length / 1000 });
	}
	scored.sort((a, b) => b.score - a.score || a.k.id.localeCompare(b.k.id));
	return [...(exact ? [exact] : []), ...scored.slice(0, limit - (exact ? 1 : 0)).map((s) => s.k)];
}

/** The region (county) a municipality belongs to: the first two digits of its code, "1489" → "0014". */
export function countyOf(municipality: string | null | undefined): KoladaArea | null {
	if (!municipality || !/^\d{4}$/.test(municipality) || municipality.startsWith('00')) return null;
	const found = area(`00${municipality.slice(0, 2)}`);
	return found?.type === 'L' ? found : null;
}

/**
 * Comparison choices matching every word of the query (case and accents do not matter): Riket, regions and
 * municipality groups, never a single municipality. Given the organisation's municipality, the nearest come
 * first — Riket, its own region, the groups made for it ("Liknande kommuner …, Alingsås, 2024"), the groups
 * it is a member of — and an empty query suggests those.
 */
export function searchComparisons(query: string, limit = 20, opts: { municipality?: string | null } = {}): KoladaArea[] {
	const words = fold(query.trim()).split(/\s+/).filter(Boolean);
	const own = opts.municipality ? area(opts.municipality) : null;
	const county = countyOf(opts.municipality);
	// "Liknande kommuner, övergripande, Alingsås, 2025": the municipality's name between commas.
	const ownPattern = own ? new RegExp(`, ${fold(own.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(,|$)`) : null;
	const rank = (a: KoladaArea): number => {
		if (a.id === RIKET) return 0;
		if (county && a.id === county.id) return 1;
		if (a.type === 'L') return 2;
		if (ownPattern?.test(fold(a.title))) return 3;
		if (own && groupMembers().get(a.id)?.has(own.id)) return 4;
		return 5;
	};
	const hits: Array<{ a: KoladaArea; r: number }> = [];
	for (const a of areaMap().values()) {
		if (a.type === 'K') continue;
		const title = fold(a.title);
		if (!words.every((w) => title.includes(w) || a.id.toLowerCase() === w)) continue;
		const r = rank(a);
		// Without a query only the suggestions: Riket, the own region and the groups made for the municipality.
		if (!words.length && r !== 0 && r !== 1 && r !== 3) continue;
		hits.push({ a, r });
	}
	hits.sort((x, y) => x.r - y.r || x.a.title.localeCompare(y.a.title, 'sv'));
	return hits.slice(0, limit).map((h) => h.a);
}
