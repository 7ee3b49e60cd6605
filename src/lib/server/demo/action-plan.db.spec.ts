// The demo's action plan against the seed (Borlänge's Handlingsplan till miljöstrategin för 2023): all 17
// measures in number order with the sectors and companies printed under "Sektor/bolag med aktiviteter
// inom åtgärden", typed here from the seed, so that a loader bug and a data bug both fail; and the
// follow-up entries, which are the demo's own example and say so.
import { describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { loadDemo } from './load.js';
import * as orgs from '../repositories/organisation.repository.js';
import * as plans from '../repositories/plan.repository.js';
import * as links from '../repositories/plan-links.repository.js';
import * as followUps from '../repositories/plan-follow-up.repository.js';
import { DEMO_EXAMPLE_AUTHOR } from './load-action-plan.js';
import example from './data/borlange-follow-up.example.json' with { type: 'json' };

const db = await useTestDb();

// Typed from seed 004 (the unit printed "Hushage" under measure 2 is Hushagen, as everywhere else).
const typedFromSeed: Array<[number, string, string[]]> = [
	[1, 'Ställa om Borlänges fordonsflotta', ['Bildningssektorn', 'Borlänge Energi', 'Hushagen', 'Sociala sektorn', 'Sektorn för verksamhetsstöd', 'Tunabyggen']],
	[2, 'Stärk Borlänges naturvård', ['Borlänge Energi', 'Hushagen', 'Samhällsbyggnadssektorn', 'Sektorn för verksamhetsstöd', 'Tunabyggen']],
	[3, 'Växla upp Borlänges byggmetoder för att nå klimatneutralitet', ['Tunabyggen']],
	[4, 'Krafttag kring koncernens konsumtion', ['Borlänge Energi', 'Samhällsbyggnadssektorn', 'Sektorn för verksamhetsstöd', 'Sociala sektorn', 'Tunabyggen']],
	[5, 'Producera mer förnybar energi', ['Borlänge Energi', 'Hushagen', 'Tunabyggen', 'Samhällsbyggnadssektorn']],
	[6, 'Nyttja den fulla potentialen av energieffektivisering', ['Borlänge Energi', 'Hushagen', 'Samhällsbyggnadssektorn', 'Tunabyggen']],
	[7, 'Ekologisk kompensation vid exploatering av naturmark', ['Borlänge Energi', 'Samhällsbyggnadssektorn']],
	[8, 'Skapa moderna parkeringar', ['Samhällsbyggnadssektorn', 'Tunabyggen']],
	[9, 'Återvinningslyft Borlänge', ['Bildningssektorn', 'Borlänge Energi', 'Hushagen', 'Tunabyggen', 'Sektorn för verksamhetsstöd']],
	[10, 'Giftfria verksamheter', ['Borlänge Energi', 'Samhällsbyggnadssektorn', 'Sektorn för verksamhetsstöd', 'Tunabyggen']],
	[11, 'Hållbar mat', ['Bildningssektorn', 'Borlänge Energi', 'Sektorn för verksamhetsstöd', 'Sociala sektorn', 'Samhällsbyggnadssektorn']],
	[12, 'Stärka kollektivtrafiken', ['Samhällsbyggnadssektorn', 'Sektorn för verksamhetsstöd']],
	[13, 'Utveckla framtidens fjärrvärme', ['Borlänge Energi', 'Tunabyggen']],
	[14, 'Viable Cities – Klimatneutrala Borlänge 2030', ['Borlänge Energi', 'Samhällsbyggnadssektorn']],
	[15, 'Hållbara vatten och avlopp', ['Borlänge Energi', 'Samhällsbyggnadssektorn']],
	[16, 'Stimulera aktiv mobilitet', ['Borlänge Energi', 'Hushagen', 'Samhällsbyggnadssektorn', 'Sociala sektorn', 'Tunabyggen', 'Sektorn för verksamhetsstöd']],
	[17, 'Utveckla våra arbets sätt', ['Samhällsbyggnadssektorn', 'Bildningssektorn', 'Sociala sektorn', 'Sektorn för verksamhetsstöd', 'Tunabyggen', 'Borlänge Energi', 'Hushagen']]
];

async function borlangePlan() {
	await loadDemo(db);
	const org = (await orgs.listAllOrganisations(db)).find((o) => o.name === 'Borlänge')!;
	const list = await plans.listPlans(db, org.id);
	const measures = await plans.listMeasures(db, org.id, list[0]!.id);
	const units = await links.listMeasureUnits(db, org.id, measures.map((m) => m.id));
	return { org, list, measures, units };
}

describe('the demo’s action plan for Borlänge', () => {
	it('is the plan 2023, decided 2023-02-24 by the kommunkoncernledning, with Delår and Helår', async () => {
		const { org, list } = await borlangePlan();
		expect(list.map((p) => [p.title, p.periodStart, p.periodEnd, p.decidedOn, p.decidedBy, p.status])).toEqual([
			['Handlingsplan till miljöstrategin för 2023', 2023, 2023, '2023-02-24', 'Kommunkoncernledning', 'open']
		]);
		expect((await plans.listPoints(db, org.id, list[0]!.id)).map((p) => p.name)).toEqual(['Delår', 'Helår']);
	});

	it.each(typedFromSeed)('measure %i “%s” is taken on by exactly the units the seed lists', async (number, title, unitNames) => {
		const { measures, units } = await borlangePlan();
		const m = measures.find((x) => x.number === number)!;
		expect(m.title).toBe(title);
		expect(units.filter((u) => u.measureId === m.id).map((u) => u.name)).toEqual(unitNames);
	});

	it('has all 17 measures in number order, with the seed’s descriptions and measure 5’s printed target', async () => {
		const { measures } = await borlangePlan();
		expect(measures.map((m) => m.number)).toEqual(typedFromSeed.map((r) => r[0]));
		expect(measures[0]!.description).toMatch(/^Målen i vår gemensamma miljöstrategi är tydliga\./);
		expect(measures.filter((m) => m.localTarget).map((m) => [m.number, m.localTarget])).toEqual([[5, 'I Borlänge har vi mål om att öka produktionen av förnybar el med 40% till 2030.']]);
		expect(measures.every((m) => m.targetCodes.length === 0 && m.evidence === null)).toBe(true);
	});

	it('holds a few Delår follow-ups, each marked as the demo’s own example', async () => {
		const { org, measures } = await borlangePlan();
		const entries = await followUps.listFollowUps(db, org.id, measures.map((m) => m.id));
		expect(entries).toHaveLength(example.entries.length);
		expect(entries.every((e) => e.isExample && e.authorName === DEMO_EXAMPLE_AUTHOR && e.authorId === null)).toBe(true);
		const number = new Map(measures.map((m) => [m.id, m.number]));
		expect([...new Set(entries.map((e) => number.get(e.measureId)))].sort()).toEqual([1, 3, 5]);
	});
});
