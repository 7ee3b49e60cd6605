// The demo's steering against the seed (Alingsås' Budget 2022–2024): every one of the 29 indicators as the
// project's data/alingsas.json holds it, and a handful of rows typed here from the seed's tables, so that
// both a loader bug and a data bug fail. Blank, "-" and "i.u." cells are absent, never zero.
import { describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { loadDemo } from './load.js';
import * as steering from '../repositories/steering.repository.js';
import * as orgs from '../repositories/organisation.repository.js';
import { isKnownTarget } from '#lib/sdg/checks.js';
import seed from './data/alingsas.json' with { type: 'json' };
import { demoKoladaRows } from './load-steering.js';
import koladaFile from './data/kolada-alingsas.json' with { type: 'json' };

const db = await useTestDb();

async function loaded() {
	await loadDemo(db);
	const all = await orgs.listAllOrganisations(db);
	const org = all.find((o) => o.name === 'Alingsås')!;
	const [areas, goals, indicators] = await Promise.all([
		steering.listFocusAreas(db, org.id),
		steering.listGoals(db, org.id),
		steering.listIndicators(db, org.id)
	]);
	return { all, org, areas, goals, indicators };
}

const years = (outcomes: Array<{ year: number; value: number }>) => Object.fromEntries(outcomes.map((o) => [String(o.year), o.value]));

// Typed from seed 001's indicator tables (Delmål 2023, Utfall 2018–2021); a missing year is a blank cell.
const typedFromSeed: Array<{ goal: number; name: string; kpi: string | null; kind: string; target: number | null; outcomes: Record<string, number> }> = [
	{ goal: 1, name: 'Företagsklimat, Insikt, index 1-100', kpi: 'U07451', kind: 'styrande', target: 75, outcomes: { 2018: 63, 2019: 59, 2020: 67 } },
	{
		goal: 1,
		name: 'Handläggningstid (median) från när ansökan betraktas som fullständig till beslut för bygglov, antal dagar',
		kpi: 'U00811',
		kind: 'styrande',
		target: 40,
		outcomes: { 2019: 124, 2020: 35 }
	},
	{
		goal: 1,
		name: 'Företagarnas upplevelse av dialogen mellan företag och kommunledning (skala 1-6)',
		kpi: null,
		kind: 'styrande',
		target: 3.5,
		outcomes: { 2018: 2.07, 2019: 2.14, 2020: 2.28, 2021: 2.5 }
	},
	{ goal: 1, name: 'Deltagartillfällen i idrottsföreningar, antal/inv 7-20 år', kpi: 'U09800', kind: 'styrande', target: 40, outcomes: { 2018: 34, 2019: 35 } },
	{ goal: 2, name: 'Fossiloberoende fordon i kommunens verksamhet (%)', kpi: null, kind: 'styrande', target: 63, outcomes: {} },
	{ goal: 3, name: 'Delaktighetsindex (%)', kpi: 'U00454', kind: 'styrande', target: 60, outcomes: { 2018: 52, 2019: 52, 2020: 53, 2021: 49 } },
	{
		goal: 4,
		name: 'Elever i åk 3 som deltagit i alla delprov som klarat alla delprov för ämnesprovet i matematik, kommunala skolor, andel (%)',
		kpi: 'N15454',
		kind: 'styrande',
		target: 71,
		outcomes: { 2018: 68, 2019: 58 }
	},
	{
		goal: 4,
		name: 'Elever i åk 6 med lägst betyget E i matematik, kommunala skolor, andel (%)',
		kpi: 'N15485',
		kind: 'styrande',
		target: 91,
		outcomes: { 2018: 88.9, 2019: 85.6, 2020: 87.3 }
	},
	{
		goal: 5,
		name: 'Befolkning i kollektivtrafiknära läge, andel (%)',
		kpi: 'N07418',
		kind: 'stödjande',
		target: null,
		outcomes: { 2018: 79, 2019: 80.4 }
	}
];

describe("the demo's steering for Alingsås", () => {
	it('has the five focus areas with their 17 sub-areas, in order', async () => {
		const { areas } = await loaded();
		const top = areas.filter((a) => a.parentId === null);
		expect(top.map((a) => a.name)).toEqual(['Vackra miljöer', 'Livskvalitet', 'Experimentlust', 'Omställning', 'Tillsammans']);
		expect(top.map((a) => a.name)).toEqual(seed.focusAreas.map((f) => f.name));
		for (const f of seed.focusAreas) {
			const area = top.find((a) => a.name === f.name)!;
			expect(area.description).toBe(f.description);
			const subs = areas.filter((a) => a.parentId === area.id).sort((a, b) => a.position - b.position);
			expect(subs.map((s) => [s.name, s.description])).toEqual(f.subAreas.map((s) => [s.name, s.summary]));
		}
		expect(areas.filter((a) => a.parentId !== null)).toHaveLength(17);
	});

	it('has the five prioritised goals, each under its focus area (goal 1 under Experimentlust, printed "Experimentellt")', async () => {
		const { areas, goals } = await loaded();
		const areaName = (id: string | null) => areas.find((a) => a.id === id)?.name;
		expect(goals.map((g) => [g.title, areaName(g.focusAreaId)])).toEqual([
			['Alingsås växer genom att stärka och uppmuntra arbetsliv, näringsliv och föreningsliv', 'Experimentlust'],
			['I Alingsås finns goda livsmiljöer genom en långsiktig ekologisk, social och ekonomisk hållbar utveckling', 'Omställning'],
			['Alingsåsarna har inflytande, får god service och ett gott bemötande från kommunen', 'Tillsammans'],
			['Alingsås barn och elever erbjuds en av landets bästa utbildningar', 'Livskvalitet'],
			['Alingsås ska utvecklas genom ett hållbart samhällsbyggande med bevarad natur och kulturmiljö', 'Vackra miljöer']
		]);
		expect(goals.map((g) => g.description)).toEqual(seed.priorityGoals.map((g) => g.description));
		// Goals hang on top-level areas only.
		expect(goals.every((g) => areas.find((a) => a.id === g.focusAreaId)?.parentId === null)).toBe(true);
	});

	it('has all 29 indicators as data/alingsas.json holds them: name, Kolada id, kind, source, unit, delmål and every outcome', async () => {
		const { goals, indicators } = await loaded();
		const expected = seed.priorityGoals.flatMap((g) => g.indicators.map((i) => ({ goal: g.title, ...i })));
		expect(indicators).toHaveLength(29);
		expect(expected).toHaveLength(29);
		const goalTitle = (id: string) => goals.find((g) => g.id === id)!.title;
		// In the data's order: goals by position, indicators by position within their goal.
		const ordered = goals.flatMap((g) => indicators.filter((i) => i.goalId === g.id).sort((a, b) => a.position - b.position));
		for (const [n, e] of expected.entries()) {
			const got = ordered[n]!;
			expect({
				goal: goalTitle(got.goalId),
				name: got.name,
				kpi: got.koladaKpi,
				kind: got.kind,
				source: got.sourceName,
				unit: got.unitLabel,
				targets: got.targets,
				outcomes: years(got.outcomes)
			}, e.name).toEqual({
				goal: e.goal,
				name: e.name,
				kpi: e.koladaId,
				kind: e.kind,
				source: e.source,
				unit: e.unit,
				targets: e.targetValue === null ? [] : [{ year: 2023, value: e.targetValue }],
				outcomes: Object.fromEntries(Object.entries(e.outcomes).filter(([, v]) => v !== null))
			});
			// A blank cell is absent: no outcome row for it, not a zero.
			for (const [year, v] of Object.entries(e.outcomes)) if (v === null) expect(got.outcomes.some((o) => o.year === Number(year)), `${e.name} ${year}`).toBe(false);
			expect(got.outcomes.every((o) => o.gender === 'T' && o.area === '')).toBe(true);
		}
		expect(indicators.filter((i) => i.kind === 'styrande')).toHaveLength(24);
		expect(indicators.filter((i) => i.kind === 'stödjande')).toHaveLength(5);
		expect(indicators.filter((i) => i.koladaKpi !== null)).toHaveLength(18);
	});

	it.each(typedFromSeed)('matches the seed as typed: $name', async (row) => {
		const { goals, indicators } = await loaded();
		const got = indicators.find((i) => i.name === row.name)!;
		expect(got, row.name).toBeDefined();
		expect(goals.findIndex((g) => g.id === got.goalId) + 1).toBe(row.goal);
		expect(got.koladaKpi).toBe(row.kpi);
		expect(got.kind).toBe(row.kind);
		expect(got.targets).toEqual(row.target === null ? [] : [{ year: 2023, value: row.target }]);
		expect(years(got.outcomes)).toEqual(row.outcomes);
	});

	it('reads the handling time as lower-is-better, every other indicator as higher-is-better', async () => {
		const { indicators } = await loaded();
		expect(indicators.filter((i) => i.direction === 'lower').map((i) => i.koladaKpi)).toEqual(['U00811']);
	});

	it('links every goal and indicator to at least one SDG target that exists', async () => {
		const { goals, indicators } = await loaded();
		for (const subject of [...goals.map((g) => ({ name: g.title, codes: g.targetCodes })), ...indicators.map((i) => ({ name: i.name, codes: i.targetCodes }))]) {
			expect(subject.codes.length, subject.name).toBeGreaterThan(0);
			for (const code of subject.codes) expect(isKnownTarget(code), `${subject.name}: ${code}`).toBe(true);
		}
		expect(goals[3]!.targetCodes).toContain('4.1');
	});

	it("compares with Riket and holds the demo's Kolada values for Alingsås and Riket, as the file has them", async () => {
		const { org } = await loaded();
		const row = await db.selectFrom('organisation').select(['kolada_id', 'kolada_comparison_id']).where('id', '=', org.id).executeTakeFirstOrThrow();
		expect(row).toEqual({ kolada_id: '1489', kolada_comparison_id: '0000' });
		const stored = await db
			.selectFrom('kolada_value')
			.select(['kpi', 'municipality', 'year', 'gender', 'value'])
			.where('organisation_id', '=', org.id)
			.orderBy('kpi')
			.orderBy('municipality')
			.orderBy('year')
			.execute();
		const fromFile = demoKoladaRows().sort((a, b) => a.kpi.localeCompare(b.kpi) || a.municipality.localeCompare(b.municipality) || a.year - b.year);
		expect(stored).toEqual(fromFile);
		expect(stored.length).toBe(koladaFile.count);
		expect(new Set(stored.map((r) => r.municipality))).toEqual(new Set(['1489', '0000']));
		// Alingsås' values are the budget's printed outcomes (data/SOURCES.md).
		expect(stored.filter((r) => r.kpi === 'U00454' && r.municipality === '1489').map((r) => [r.year, r.value])).toEqual([
			[2018, 52],
			[2019, 52],
			[2020, 53],
			[2021, 49]
		]);
		// The file is the real v3 envelope.
		expect(Object.keys(koladaFile)).toEqual(['count', 'next_url', 'previous_url', 'values']);
	});

	it('gives Borlänge no steering, and shows only the top-level focus areas in the organisation overview', async () => {
		const { all, org } = await loaded();
		const b = all.find((o) => o.name === 'Borlänge')!;
		expect(await steering.listGoals(db, b.id)).toEqual([]);
		expect(await steering.listFocusAreas(db, b.id)).toEqual([]);
		expect((await orgs.listFocusAreas(db, org.id)).map((f) => f.name)).toEqual(seed.focusAreas.map((f) => f.name));
	});
});
