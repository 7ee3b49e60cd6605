// What the steering pages added to the service: moving a focus area, goal or indicator among its siblings,
// removing a year's judgement, the KPI picker's search, and the Kolada values the page shows beside an indicator. The samordnare
// does it; a läsare is refused (403), another organisation's samordnare sees nothing of it (404).
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from '../../../../tests/helpers/db.js';
import { ctxOf, makeOrganisation, serviceError, type OrganisationFixture } from '../../../../tests/helpers/fixtures.js';
import { koladaForSteering, searchKpisForSteering } from './steering-kolada.service.js';
import { getSteering, moveSteeringItem, removeGoalJudgement, saveFocusArea, saveGoal, saveIndicator, setGoalJudgement } from './steering.service.js';

const db = await useTestDb();
let f: OrganisationFixture;
let other: OrganisationFixture;
const org = () => f.organisation.id;
const as = (user: { id: string }) => ctxOf(db, user);

const goal = (title: string, focusAreaId: string | null = null) =>
	saveGoal(as(f.samordnare), org(), { goalId: null, focusAreaId, parentId: null, unitId: null, title, description: null, periodStart: null, periodEnd: null, targets: [] });
const indicator = (goalId: string, name: string, koladaKpi: string | null = null) =>
	saveIndicator(as(f.samordnare), org(), {
		indicatorId: null,
		goalId,
		name,
		kind: 'styrande',
		koladaKpi,
		sourceName: koladaKpi ? null : 'Egen enkät',
		unitLabel: null,
		direction: 'higher',
		targets: [],
		targetValues: []
	});

beforeEach(async () => {
	f = await makeOrganisation(db, 'Alfa');
	other = await makeOrganisation(db, 'Beta');
});

describe('moveSteeringItem', () => {
	it('moves a goal up and down among the goals of its focus area only', async () => {
		const area = await saveFocusArea(as(f.samordnare), org(), { focusAreaId: null, parentId: null, name: 'A', description: null, targets: [] });
		const [a, b, c] = [await goal('Ett', area), await goal('Två', area), await goal('Tre', area)];
		const elsewhere = await goal('Utan fokusområde');
		await moveSteeringItem(as(f.samordnare), org(), 'goal', c!, -1);
		const titles = async () => (await getSteering(as(f.lasare), org())).goals.filter((g) => g.focusAreaId === area).map((g) => g.id);
		expect(await titles()).toEqual([a, c, b]);
		// at the top already: nothing moves
		await moveSteeringItem(as(f.samordnare), org(), 'goal', a!, -1);
		expect(await titles()).toEqual([a, c, b]);
		await moveSteeringItem(as(f.samordnare), org(), 'goal', a!, 1);
		expect(await titles()).toEqual([c, a, b]);
		expect((await getSteering(as(f.lasare), org())).goals.find((g) => g.id === elsewhere)).toBeDefined();
	});

	it('moves focus areas among those with the same parent, and indicators within their goal', async () => {
		const ctx = as(f.samordnare);
		const one = await saveFocusArea(ctx, org(), { focusAreaId: null, parentId: null, name: 'Ett', description: null, targets: [] });
		const two = await saveFocusArea(ctx, org(), { focusAreaId: null, parentId: null, name: 'Två', description: null, targets: [] });
		await saveFocusArea(ctx, org(), { focusAreaId: null, parentId: one, name: 'Under ett', description: null, targets: [] });
		await moveSteeringItem(ctx, org(), 'focusArea', two, -1);
		expect((await getSteering(ctx, org())).focusAreas.filter((a) => a.parentId === null).map((a) => a.name)).toEqual(['Två', 'Ett']);
		const g = await goal('Mål');
		const [x, y] = [await indicator(g, 'X'), await indicator(g, 'Y')];
		await moveSteeringItem(ctx, org(), 'indicator', y, -1);
		expect((await getSteering(ctx, org())).indicators.map((i) => i.id)).toEqual([y, x]);
	});

	it('refuses a läsare (403) and another organisation (404), changing nothing', async () => {
		const [a, b] = [await goal('Ett'), await goal('Två')];
		expect((await serviceError(() => moveSteeringItem(as(f.lasare), org(), 'goal', b, -1))).status).toBe(403);
		expect((await serviceError(() => moveSteeringItem(as(other.samordnare), org(), 'goal', b, -1))).status).toBe(404);
		expect((await serviceError(() => moveSteeringItem(as(other.samordnare), other.organisation.id, 'goal', b, -1))).status).toBe(404);
		expect((await getSteering(as(f.lasare), org())).goals.map((g) => g.id)).toEqual([a, b]);
	});
});

describe('removeGoalJudgement', () => {
	it('removes one year of a goal’s judgement, for the samordnare only', async () => {
		const g = await goal('Mål');
		await setGoalJudgement(as(f.samordnare), org(), g, { year: 2021, level: 'delvis', analysis: 'Analys 2021' });
		await setGoalJudgement(as(f.samordnare), org(), g, { year: 2022, level: 'uppfyllt', analysis: '' });
		expect((await serviceError(() => removeGoalJudgement(as(f.lasare), org(), g, 2021))).status).toBe(403);
		expect((await serviceError(() => removeGoalJudgement(as(other.samordnare), other.organisation.id, g, 2021))).status).toBe(404);
		await removeGoalJudgement(as(f.samordnare), org(), g, 2021);
		expect((await getSteering(as(f.lasare), org())).judgements.map((j) => j.year)).toEqual([2022]);
	});
});

describe('searchKpisForSteering', () => {
	it('finds KPIs of the shipped catalogue by title words and by id, for members of the organisation only', async () => {
		const hits = await searchKpisForSteering(as(f.lasare), org(), 'kollektivtrafiknära befolkning');
		expect(hits.map((h) => h.id)).toContain('N07418');
		expect(hits.find((h) => h.id === 'N07418')).toMatchObject({ dividedByGender: true, status: 'known' });
		expect((await searchKpisForSteering(as(f.lasare), org(), 'n02280'))[0]).toMatchObject({ id: 'N02280', status: 'retired' });
		expect(await searchKpisForSteering(as(f.lasare), org(), '  ')).toEqual([]);
		expect((await serviceError(() => searchKpisForSteering(as(other.samordnare), org(), 'skola'))).status).toBe(404);
	});
});

describe('koladaForSteering', () => {
	it('gives each KPI the own municipality’s and the comparison group’s values (gender T), and nothing of another organisation', async () => {
		await db.updateTable('organisation').set({ kolada_id: '1489', kolada_comparison_id: '0000' }).where('id', '=', org()).execute();
		const row = (organisation_id: string, municipality: string, year: number, gender: 'T' | 'K', value: number) => ({ organisation_id, kpi: 'N07418', municipality, year, gender, value });
		await db
			.insertInto('kolada_value')
			.values([row(org(), '1489', 2021, 'T', 61), row(org(), '1489', 2020, 'T', 60), row(org(), '1489', 2021, 'K', 70), row(org(), '0000', 2021, 'T', 80), row(other.organisation.id, '1489', 2021, 'T', 1)])
			.execute();
		const k = await koladaForSteering(as(f.lasare), org(), ['N07418', 'N07418', 'N99999', 'N02280']);
		expect(k.N07418!.own).toEqual([
			{ year: 2020, value: 60 },
			{ year: 2021, value: 61 }
		]);
		expect(k.N07418!.comparison).toEqual([{ year: 2021, value: 80 }]);
		// the catalogue's word on each: its title, split by gender, retired ("… (-2024)") or not in the catalogue at all
		expect(k.N07418).toMatchObject({ title: 'Befolkning i kollektivtrafiknära läge, andel (%)', dividedByGender: true, status: 'known' });
		expect(k.N02280).toMatchObject({ status: 'retired', own: [] });
		expect(k.N99999).toMatchObject({ title: null, status: 'unknown', own: [], comparison: [] });
		expect(Object.keys(k).sort()).toEqual(['N02280', 'N07418', 'N99999']);
		expect((await serviceError(() => koladaForSteering(as(other.samordnare), org(), ['N07418']))).status).toBe(404);
	});
});
