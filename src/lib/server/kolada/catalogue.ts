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
	/** Kolada closes a KPI of an old definition by ending its title with its last year: "… (-2024)". */
	retired: boolean;
	operatingArea: string | null;
}

export interface KoladaArea {
	id: string;
	title: string;
	/** K kommun, L region (and 0000 Riket), G a municipality group. */
	type: 'K' | 'L' | 'G';
}

// The data folder beside this file (the sources: dev server, tests, CLI), else the project's own folder from
// the working directory (the built server is started from the project: npm start); KOLADA_DATA_DIR overrides.
function dataDir(): string {
	const candidates = [
		process.env.KOLADA_DATA_DIR,
		path.join(path.dirname(fileURLToPath(import.meta.url)), 'data'),
		path.resolve('src/lib/server/kolada/data')
	].filter((d): d is string => !!d);
	const found = candidates.find((d) => fs.existsSync(path.join(d, 'kpi_v3_2026-03-23.json')));
	if (!found) throw new Error(`Kolada catalogue not found (looked in ${candidates.join(', ')})`);
	return found;
}

const read = <T>(file: string): T => (JSON.parse(fs.readFileSync(path.join(dataDir(), file), 'utf8')) as { values: T }).values;

const RETIRED = /\(-\d{4}\)\s*$/;
let kpis: Map<string, Kpi> | null = null;
let areas: Map<string, KoladaArea> | null = null;

function kpiMap(): Map<string, Kpi> {
	if (kpis) return kpis;
	type Row = { id: string; title: string; description: string | null; is_divided_by_gender: boolean; operating_area: string | null };
	kpis = new Map(
		read<Row[]>('kpi_v3_2026-03-23.json').map((r) => [
			r.id,
			{ id: r.id, title: r.title, description: r.description ?? '', dividedByGender: r.is_divided_by_gender === true, retired: RETIRED.test(r.title), operatingArea: r.operating_area }
		])
	);
	return kpis;
}

function areaMap(): Map<string, KoladaArea> {
	if (areas) return areas;
	const municipalities = read<Array<{ id: string; title: string; type: string }>>('municipality_v3_2026-03-23.json');
	const groups = read<Array<{ id: string; title: string }>>('municipality_groups_v3_2026-03-23.json');
	areas = new Map<string, KoladaArea>([
		...municipalities.map((m): [string, KoladaArea] => [m.id, { id: m.id, title: m.title, type: m.type === 'K' ? 'K' : 'L' }]),
		...groups.map((g): [string, KoladaArea] => [g.id, { id: g.id, title: g.title, type: 'G' }])
	]);
	return areas;
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
		const title = fold(k.title);
		const text = `${title} ${fold(k.description)} ${k.id.toLowerCase()}`;
		if (!words.every((w) => text.includes(w))) continue;
		const inTitle = words.filter((w) => title.includes(w)).length;
		scored.push({ k, score: inTitle * 10 - (k.retired ? 5 : 0) - k.title.length / 1000 });
	}
	scored.sort((a, b) => b.score - a.score || a.k.id.localeCompare(b.k.id));
	return [...(exact ? [exact] : []), ...scored.slice(0, limit - (exact ? 1 : 0)).map((s) => s.k)];
}

/** Comparison choices matching the query: Riket, regions and municipality groups (not single municipalities). */
export function searchComparisons(query: string, limit = 20): KoladaArea[] {
	const words = fold(query.trim()).split(/\s+/).filter(Boolean);
	const out: KoladaArea[] = [];
	for (const a of areaMap().values()) {
		if (a.type === 'K') continue;
		const title = fold(a.title);
		if (words.every((w) => title.includes(w) || a.id.toLowerCase() === w)) out.push(a);
		if (out.length >= limit) break;
	}
	return out.sort((a, b) => Number(b.id === RIKET) - Number(a.id === RIKET));
}
